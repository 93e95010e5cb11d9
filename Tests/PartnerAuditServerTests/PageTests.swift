import DossierModel
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import PartnerAudit
import Programme
import Testing

@testable import PartnerAuditServer

/// The pages in both languages against their golden files, the form's elements a browser
/// test finds by id, and the form's answers.
@Suite struct PageTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// `page` against the golden file `name`; `UPDATE_GOLDEN=1` rewrites it.
    static func expectGolden(_ page: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try page.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(page == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }

    @Test(arguments: Language.allCases)
    func theFormMatchesItsGoldenFile(_ language: Language) throws {
        let server = try TestServer()
        let pages = SitePages(programme: server.service.programme, limits: server.service.limits)
        try Self.expectGolden(pages.form(language, today: CalendarDate("2026-11-24")!), "form.\(language.code).html")
    }

    @Test(arguments: Language.allCases)
    func theProgrammeMatchesItsGoldenFile(_ language: Language) async throws {
        let server = try TestServer()
        try await server.application.test(.router) { client in
            let response = try await client.execute(uri: "/program?lang=\(language.code)", method: .get)
            #expect(response.status == .ok)
            try Self.expectGolden(String(buffer: response.body), "program.\(language.code).html")
        }
    }

    @Test func theFormHasTheIdsABrowserLooksFor() async throws {
        let server = try TestServer()
        try await server.application.test(.router) { client in
            let page = String(buffer: try await client.execute(uri: "/", method: .get).body)
            for id in ["dossier", "attachments", "bundle", "tier", "asOf", "lang", "check"] {
                #expect(page.contains("id=\"\(id)\""), "\(id)")
            }
            #expect(page.contains("action=\"/check\" enctype=\"multipart/form-data\""))
            #expect(page.contains("name=\"asOf\" value=\"\(CalendarDate.todayUTC)\""))
            #expect(page.contains("<option value=\"none\">"))
            #expect(page.contains("<option value=\"preferred\">"))
        }
    }

    @Test func theLanguageFollowsTheQueryThenTheHeader() async throws {
        let server = try TestServer()
        try await server.application.test(.router) { client in
            for (uri, header, russian) in [
                ("/", "", false), ("/?lang=ru", "", true), ("/", "ru", true), ("/", "en-GB,ru;q=0.5", false), ("/", "de, ru;q=0.4", true),
                ("/?lang=en", "ru", false),
            ] {
                let headers: HTTPFields = header.isEmpty ? [:] : [.acceptLanguage: header]
                let page = String(buffer: try await client.execute(uri: uri, method: .get, headers: headers).body)
                #expect(page.contains("<html lang=\"\(russian ? "ru" : "en")\">"), "\(uri) \(header)")
            }
        }
    }

    @Test func theFormAnswersWithTheReport() async throws {
        let server = try TestServer()
        let form = try MultipartBody.sample("preferred-borei.xml")
        form.field("asOf", TestServer.asOf)
        form.field("tier", "")
        form.field("lang", "ru")
        form.file("bundle", filename: "", [])
        try await server.application.test(.router) { client in
            let response = try await client.execute(uri: "/check", method: .post, headers: .multipart(form), body: form.closed())
            #expect(response.status == .ok)
            let page = String(buffer: response.body)
            #expect(page.contains("<html lang=\"ru\">"))
            #expect(page.contains("<section id=\"verdict\" class=\"verdict eligible\">"))
            #expect(page.contains("href=\"/?lang=ru\""))
        }
    }

    @Test func anInvalidDossierListsItsErrors() async throws {
        let server = try TestServer()
        let form = MultipartBody()
        form.file("dossier", filename: "broken.xml", try [UInt8](Data(contentsOf: TestServer.sample("broken-not-well-formed.xml"))))
        try await server.application.test(.router) { client in
            let page = String(
                buffer: try await client.execute(uri: "/check", method: .post, headers: .multipart(form), body: form.closed()).body)
            #expect(page.contains("<section id=\"verdict\" class=\"verdict invalid\">"))
            #expect(page.contains("<table id=\"errors\">"))
        }
    }

    @Test func aRefusedUploadAnswersAPageSayingWhatToChange() async throws {
        let server = try TestServer()
        let form = MultipartBody()
        form.field("tier", "")
        form.file("dossier", filename: "", [])
        try await server.application.test(.router) { client in
            for (uri, russian) in [("/check", false), ("/check?lang=ru", true)] {
                let response = try await client.execute(uri: uri, method: .post, headers: .multipart(form), body: form.closed())
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let page = String(buffer: response.body)
                #expect(page.contains("<ul id=\"errors\" class=\"problems\">"))
                #expect(page.contains(russian ? "Досье не загружено" : "No dossier was uploaded"))
                #expect(page.contains("id=\"back\""))
            }
            let tooBig = try await client.execute(
                uri: "/check", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "x"))
            #expect(tooBig.status == .unsupportedMediaType)
            #expect(String(buffer: tooBig.body).contains("multipart/form-data"))
        }
    }

    @Test func everyPhraseHasBothLanguages() {
        for key in PageStrings.Key.allCases {
            let pair = PageStrings.table[key]
            #expect(pair != nil, "\(key)")
            #expect(pair?.en.isEmpty == false && pair?.ru.isEmpty == false, "\(key)")
            #expect(pair?.en != pair?.ru, "\(key)")
        }
    }
}
