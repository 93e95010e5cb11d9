import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PartnerAuditServer

/// Every answer carries the policy that keeps pages to themselves, and every string from
/// an upload is shown as text.
@Suite struct SecurityHeaderTests {
    static func expectSecurityHeaders(_ response: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let policy = try #require(response.headers[.contentSecurityPolicy], sourceLocation: sourceLocation)
        let directives = Dictionary(
            uniqueKeysWithValues: policy.split(separator: ";").map { directive -> (String, String) in
                let words = directive.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
                return (String(words[0]), words.count > 1 ? String(words[1]) : "")
            })
        #expect(directives["default-src"] == "'none'", sourceLocation: sourceLocation)
        #expect(directives["style-src"] == "'unsafe-inline'", sourceLocation: sourceLocation)
        #expect(directives["script-src"] == "'sha256-\(SiteFrame.scriptHash)'", sourceLocation: sourceLocation)
        #expect(directives["form-action"] == "'self'", sourceLocation: sourceLocation)
        #expect(directives["frame-ancestors"] == "'none'", sourceLocation: sourceLocation)
        #expect(directives["base-uri"] == "'none'", sourceLocation: sourceLocation)
        #expect(response.headers[.xContentTypeOptions] == "nosniff", sourceLocation: sourceLocation)
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", sourceLocation: sourceLocation)
    }

    /// Each inline script of `page`, which the policy must allow by its hash.
    static func inlineScripts(_ page: String) -> [String] {
        page.matches(of: #/<script>(.*?)</script>/#.dotMatchesNewlines()).map { String($0.1) }
    }

    @Test func everyHTMLAnswerCarriesThePolicy() async throws {
        let server = try TestServer()
        let form = try MultipartBody.sample("preferred-borei.xml")
        form.field("asOf", TestServer.asOf)
        let empty = MultipartBody()
        empty.field("tier", "")
        try await server.application.test(.router) { client in
            let answers = [
                try await client.execute(uri: "/", method: .get),
                try await client.execute(uri: "/?lang=ru", method: .get),
                try await client.execute(uri: "/program", method: .get),
                try await client.execute(uri: "/check", method: .post, headers: .multipart(form), body: form.closed()),
                try await client.execute(uri: "/check", method: .post, headers: .multipart(empty), body: empty.closed()),
                try await client.execute(uri: "/?lang=xx", method: .get),
            ]
            for response in answers {
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                try Self.expectSecurityHeaders(response)
                for script in Self.inlineScripts(String(buffer: response.body)) {
                    let hash = Data(SHA256.hash(data: Data(script.utf8))).base64EncodedString()
                    #expect(hash == SiteFrame.scriptHash)
                }
                #expect(!String(buffer: response.body).contains("src="))
                #expect(!String(buffer: response.body).contains("http://"))
            }
            try Self.expectSecurityHeaders(try await client.execute(uri: "/api/v1/program", method: .get))
            try Self.expectSecurityHeaders(try await client.execute(uri: "/nowhere", method: .get))
        }
    }

    @Test func scriptInADossierIsShownAsText() async throws {
        let server = try TestServer()
        let original = try String(contentsOf: TestServer.sample("preferred-borei.xml"), encoding: .utf8)
        let hostile = try #require(original.firstMatch(of: #/<name>[^<]*</name>/#))
        let dossier = original.replacingCharacters(in: hostile.range, with: "<name>&lt;script&gt;alert(1)&lt;/script&gt;</name>")
        let form = MultipartBody()
        form.file("dossier", filename: "<img src=x onerror=alert(3)>.xml", Array(dossier.utf8))
        try await server.application.test(.router) { client in
            let page = String(
                buffer: try await client.execute(uri: "/check", method: .post, headers: .multipart(form), body: form.closed()).body)
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(page.contains("&lt;img src=x onerror=alert(3)&gt;.xml"))
            #expect(!page.contains("<script>alert"))
            #expect(Self.inlineScripts(page).allSatisfy { $0 == SiteFrame.script })
            let json = String(
                buffer: try await client.execute(
                    uri: "/api/v1/check", method: .post, headers: .multipart(form), body: form.closed()
                ).body)
            #expect(json.contains("alert(1)"))
        }
    }
}
