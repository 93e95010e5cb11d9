import Audit
import DossierModel
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import PartnerAudit
import Programme
import Reports
import Testing

@testable import PartnerAuditServer

/// `POST /api/v1/check` answers exactly what `check --format json` prints for the same
/// dossier and attachments; only `file` differs, and it is the uploaded file's name.
@Suite struct APIParityTests {
    static let session = try! AuditSession.make()

    /// What `check SAMPLE --format json --as-of …` prints, `file` set to the uploaded name.
    static func commandLineReport(_ name: String, language: Language = .english) throws -> String {
        let session = language == .english ? Self.session : try AuditSession.make(language: language)
        var report = session.check(file: TestServer.sample(name).path, asOf: CalendarDate(TestServer.asOf)!)
        report.file = name
        return JSONReporter().render(report)
    }

    @Test(arguments: TestServer.sampleNames)
    func everySampleAnswersTheCommandLinesReport(_ name: String) async throws {
        let server = try TestServer()
        let body = try MultipartBody.sample(name)
        let expected = try Self.commandLineReport(name)
        try await server.application.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/check?asOf=\(TestServer.asOf)", method: .post, headers: .multipart(body), body: body.closed()
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(String(buffer: response.body) == expected)
            }
        }
    }

    @Test func theSamplesAreUploadedWithTheirAttachments() throws {
        let body = try MultipartBody.sample("preferred-borei.xml")
        let text = String(decoding: body.closed().readableBytesView, as: UTF8.self)
        #expect(text.contains("filename=\"attachments/borei/"))
    }

    @Test func russianIsAskedByQueryOrHeader() async throws {
        let server = try TestServer()
        let body = try MultipartBody.sample("certified-brueckner.xml")
        let expected = try Self.commandLineReport("certified-brueckner.xml", language: .russian)
        try await server.application.test(.router) { client in
            var russian = HTTPFields.multipart(body)
            russian[.acceptLanguage] = "ru-RU,ru;q=0.9,en;q=0.8"
            for (uri, headers) in [
                ("/api/v1/check?lang=ru&asOf=\(TestServer.asOf)", HTTPFields.multipart(body)),
                ("/api/v1/check?asOf=\(TestServer.asOf)", russian),
            ] {
                let response = try await client.execute(uri: uri, method: .post, headers: headers, body: body.closed())
                #expect(String(buffer: response.body) == expected)
            }
        }
    }

    @Test func aDossierAloneAsXMLIsCheckedWithItsAttachmentsAbsent() async throws {
        let server = try TestServer()
        let dossier = try Data(contentsOf: TestServer.sample("preferred-borei.xml"))
        try await server.application.test(.router) { client in
            for type in ["application/xml", "text/xml; charset=utf-8"] {
                let response = try await client.execute(
                    uri: "/api/v1/check?asOf=\(TestServer.asOf)", method: .post, headers: [.contentType: type],
                    body: ByteBuffer(bytes: dossier))
                #expect(response.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                #expect(json["file"] as? String == "dossier.xml")
                #expect(json["valid"] as? Bool == true)
                let unchecked = try #require(json["uncheckedEvidence"] as? [[String: Any]])
                #expect(!unchecked.isEmpty)
                #expect(unchecked.allSatisfy { $0["reason"] as? String == "not-found" })
            }
        }
    }

    @Test func tierOptionsJudgeTheTierAsked() async throws {
        let server = try TestServer()
        let body = try MultipartBody.sample("preferred-borei.xml")
        try await server.application.test(.router) { client in
            for (tier, applied) in [("authorized", "authorized" as String?), ("none", nil), ("", "preferred")] {
                let response = try await client.execute(
                    uri: "/api/v1/check?asOf=\(TestServer.asOf)&tier=\(tier)", method: .post, headers: .multipart(body), body: body.closed()
                )
                #expect(response.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                #expect(json["appliedTier"] as? String == applied)
            }
        }
    }

    @Test func formFieldsStandInForTheQuery() async throws {
        let server = try TestServer()
        let body = try MultipartBody.sample("preferred-borei.xml")
        body.field("asOf", TestServer.asOf)
        body.field("tier", "certified")
        body.field("lang", "ru")
        try await server.application.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/check", method: .post, headers: .multipart(body), body: body.closed())
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            #expect(json["asOf"] as? String == TestServer.asOf)
            #expect(json["appliedTier"] as? String == "certified")
            #expect(json["language"] as? String == "ru")
        }
    }
}
