import AuditStore
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PartnerAuditServer

/// `POST /api/v1/applications`: the upload of `/api/v1/check` with the tier applied for,
/// recorded and filed for review; answered 201 with the id, the receipt and the report.
@Suite struct ApplicationSubmissionTests {
    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    /// A JSON value (parsed, or the text of a document) written with sorted keys, to compare documents by content.
    static func canonical(_ value: Any) throws -> String {
        let object = try (value as? String).map { try JSONSerialization.jsonObject(with: Data($0.utf8)) } ?? value
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// The top-level keys of a JSON object's text, in the order written.
    static func keys(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            line.hasPrefix("  \"") && !line.hasPrefix("   ") ? String(line.dropFirst(3).prefix { $0 != "\"" }) : nil
        }
    }

    @Test(arguments: StoreKind.available)
    func aSubmissionAnswers201WithTheCommandLinesReport(_ kind: StoreKind) async throws {
        try await ReviewServer.with(kind) { review in
            let body = try MultipartBody.sample("preferred-borei.xml")
            try await review.application.test(.router) { client in
                let response = try await client.execute(
                    uri: "/api/v1/applications?asOf=\(TestServer.asOf)&tier=preferred", method: .post, headers: .multipart(body),
                    body: body.closed())
                #expect(response.status == .created)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                try SecurityHeaderTests.expectSecurityHeaders(response)
                let text = String(buffer: response.body)
                #expect(Self.keys(text) == ["id", "status", "receipt", "report"])
                let json = try Self.object(response)
                let expected = try Self.canonical(try APIParityTests.commandLineReport("preferred-borei.xml"))
                let id = try #require(json["id"] as? String)
                let receipt = try #require(json["receipt"] as? String)
                #expect(id.wholeMatch(of: #/[0-9a-f]{32}/#) != nil)
                #expect(receipt.wholeMatch(of: #/[A-Za-z0-9_-]{43}/#) != nil)
                #expect(json["status"] as? String == "pending")
                let report: Any = try #require(json["report"])
                #expect(try Self.canonical(report) == expected)
                #expect(response.headers[.location] == "/api/v1/applications/\(id)")

                let filed = try #require(try await review.store.history.application(id: id))
                #expect(filed.status == .pending)
                #expect(filed.tier == "preferred")
                #expect(filed.submittedAt == ReviewServer.now)
                #expect(filed.receiptSHA256 == ApplicationTokens.receiptSHA256(receipt))
                #expect(filed.receiptSHA256 != receipt && filed.receiptSHA256.count == 64)
                #expect(filed.record.recordedBy == "partner:web")
                #expect(filed.record.partnerID != nil && filed.record.eligible)
                #expect(filed.record.attachments.contains { $0.actualSHA256 != nil })
            }
        }
    }

    @Test func idsAndReceiptsAreFreshEachTime() {
        let tokens = (0..<100).map { _ in ApplicationTokens() }
        #expect(Set(tokens.map(\.id)).count == 100)
        #expect(Set(tokens.map(\.receipt)).count == 100)
        #expect(tokens.allSatisfy { ApplicationTokens.isID($0.id) && !$0.receipt.contains("=") })
        #expect(ApplicationTokens.base64URL([0xFB, 0xFF, 0xBF]) == "-_-_")
        #expect(!ApplicationTokens.isID(String(repeating: "A", count: 32)))
    }

    @Test(arguments: ["", "?tier=none", "?tier=", "?tier=gold"])
    func theTierAppliedForIsRequired(_ query: String) async throws {
        try await ReviewServer.with(.sqlite) { review in
            let body = try MultipartBody.sample("preferred-borei.xml")
            try await review.application.test(.router) { client in
                let response = try await client.execute(
                    uri: "/api/v1/applications\(query)", method: .post, headers: .multipart(body), body: body.closed())
                #expect(response.status == .badRequest)
                #expect(try ErrorAnswerTests.error(response).code == "bad-tier")
                let field = try MultipartBody.sample("preferred-borei.xml")
                field.field("tier", "none")
                let refused = try await client.execute(
                    uri: "/api/v1/applications", method: .post, headers: .multipart(field), body: field.closed())
                #expect(try ErrorAnswerTests.error(refused).code == "bad-tier")
            }
            #expect(try await review.store.history.latestRecords(matching: PartnerFilter()).isEmpty)
        }
    }

    @Test func aFormFieldGivesTheTier() async throws {
        try await ReviewServer.with(.sqlite) { review in
            let body = try MultipartBody.sample("certified-brueckner.xml")
            body.field("tier", "certified")
            body.field("asOf", TestServer.asOf)
            try await review.application.test(.router) { client in
                let (id, _) = try await review.submit(body, query: "", client: client)
                #expect(try await review.store.history.application(id: id)?.tier == "certified")
            }
        }
    }

    /// Sends the same request to `/api/v1/check` and to `/api/v1/applications`: the same
    /// refusal (status, code, message), or a report on the one and a filing on the other.
    static func expectSameAnswer(
        _ review: ReviewServer, headers: HTTPFields, body: ByteBuffer?, client: some TestClientProtocol, _ name: String
    ) async throws {
        let query = "?tier=preferred&asOf=\(TestServer.asOf)"
        let checked = try await client.execute(uri: "/api/v1/check\(query)", method: .post, headers: headers, body: body)
        let filed = try await client.execute(uri: "/api/v1/applications\(query)", method: .post, headers: headers, body: body)
        if checked.status == .ok {
            #expect(filed.status == .created, "\(name)")
            let filedReport: Any = try #require(try Self.object(filed)["report"])
            let report = try Self.canonical(filedReport)
            #expect(report == (try Self.canonical(String(buffer: checked.body))), "\(name)")
        } else {
            #expect(filed.status == checked.status, "\(name)")
            #expect(String(buffer: filed.body) == String(buffer: checked.body), "\(name)")
        }
    }

    @Test func everyUploadRefusalIsAnsweredAsTheCheckAnswersIt() async throws {
        try await ReviewServer.with(.sqlite, limits: UploadLimits(maxDossierBytes: 256 * 1024)) { review in
            let dossier = ErrorAnswerTests.dossier
            var cases: [(String, HTTPFields, ByteBuffer?)] = []
            func multipart(_ name: String, _ build: (MultipartBody) throws -> Void) rethrows {
                let body = MultipartBody()
                try build(body)
                cases.append((name, .multipart(body), body.closed()))
            }
            multipart("no dossier") { $0.field("lang", "en") }
            multipart("two dossiers") {
                $0.file("dossier", filename: "a.xml", dossier)
                $0.file("dossier", filename: "b.xml", dossier)
            }
            multipart("bad attachment name") {
                $0.file("dossier", filename: "a.xml", dossier)
                $0.file("attachment", filename: "../secret.pdf", [1])
            }
            multipart("dossier over the limit") { $0.file("dossier", filename: "a.xml", [UInt8](repeating: 32, count: 256 * 1024 + 1)) }
            try multipart("ZIP bomb") {
                let bomb = try BundleUploadTests.zip([
                    ("dossier.xml", Data(dossier)), ("attachments/zeros.pdf", Data(count: 20 * 1024 * 1024)),
                ])
                $0.file("bundle", filename: "bomb.zip", [UInt8](bomb))
            }
            multipart("not a ZIP") { $0.file("bundle", filename: "x.zip", dossier) }
            try multipart("a bundle") {
                $0.file("bundle", filename: "b.zip", [UInt8](try BundleUploadTests.sampleBundle("preferred-borei.xml")))
            }
            cases.append(("plain text", [.contentType: "text/plain"], ByteBuffer(bytes: dossier)))
            cases.append(("no media type", [:], ByteBuffer(bytes: dossier)))
            cases.append(("multipart without boundary", [.contentType: "multipart/form-data"], ByteBuffer(string: "x")))
            cases.append(("XML alone", [.contentType: "application/xml"], ByteBuffer(bytes: dossier)))
            for (name, bytes) in HostileUploadTests.dossiers where bytes.count <= 256 * 1024 {
                cases.append(("hostile: \(name)", [.contentType: "application/xml"], ByteBuffer(bytes: bytes)))
            }
            let all = cases
            try await review.application.test(.router) { client in
                for (name, headers, body) in all {
                    try await Self.expectSameAnswer(review, headers: headers, body: body, client: client, name)
                }
            }
        }
    }

    @Test func aHostileDossierIsFiledAsInvalid() async throws {
        try await ReviewServer.with(.sqlite) { review in
            let body = MultipartBody()
            body.file("dossier", filename: "laughs.xml", HostileUploadTests.dossiers[0].1)
            try await review.application.test(.router) { client in
                let (id, _) = try await review.submit(body, query: "?tier=authorized", client: client)
                let filed = try #require(try await review.store.history.application(id: id))
                #expect(!filed.record.valid)
                #expect(filed.record.partnerID == nil)
            }
        }
    }

    @Test func aDeclaredBodyOverTheLimitIsRefusedBeforeItIsSent() async throws {
        try await ReviewServer.with(.sqlite) { review in
            try await review.server.live(store: review.store) { port in
                let connection = try RawConnection(port: port)
                await connection.send(
                    "POST /api/v1/applications?tier=preferred HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                )
                await connection.send("Content-Length: \(1 << 30)\r\n\r\n")
                let answer = try #require(await connection.answer())
                #expect(answer.status == 413)
                #expect(answer.body.contains("\"code\": \"body-too-large\""))
            }
        }
    }

    @Test(arguments: StoreKind.available)
    func theSameDossierTwiceIsOneRecordAndTwoApplications(_ kind: StoreKind) async throws {
        try await ReviewServer.with(kind) { review in
            let body = try MultipartBody.sample("certified-brueckner.xml")
            try await review.application.test(.router) { client in
                let query = "?tier=certified&asOf=\(TestServer.asOf)"
                let first = try await review.submit(body, query: query, client: client)
                let second = try await review.submit(body, query: query, client: client)
                #expect(first.id != second.id && first.receipt != second.receipt)
                let one = try #require(try await review.store.history.application(id: first.id))
                let two = try #require(try await review.store.history.application(id: second.id))
                #expect(one.record.id != nil && one.record.id == two.record.id)
                let partner = try #require(one.record.partnerID)
                #expect(try await review.store.history.records(ofPartner: partner).count == 1)
                let pending = try await review.store.history.applications(status: .pending, page: PageRequest())
                #expect(Set(pending.items.map(\.id)) == [first.id, second.id])
            }
        }
    }

    @Test func theAPIDocumentDescribesTheApplicationsWithTheHistoryOnly() async throws {
        let withHistory = try await ReviewServer.with(.sqlite) { review in
            APIDocumentTests.apiRoutes(buildRouter(service: review.server.service, store: review.store))
        }
        let applications: Set = ["POST /api/v1/applications", "GET /api/v1/applications/{id}"]
        #expect(withHistory.isSuperset(of: applications))
        for (document, described) in [(OpenAPIDocument.withHistory, true), (OpenAPIDocument.json, false)] {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
            let paths = try #require(json["paths"] as? [String: [String: Any]])
            #expect((paths["/api/v1/applications"]?["post"] != nil) == described)
            #expect((paths["/api/v1/applications/{id}"]?["get"] != nil) == described)
            let responses = (paths["/api/v1/applications"]?["post"] as? [String: Any])?["responses"] as? [String: Any]
            #expect((responses?["201"] != nil) == described)
            try APIDocumentTests.expectReferencesResolve(json, in: json)
        }
    }

    @Test func withoutTheStoreThereAreNoApplications() async throws {
        let server = try TestServer()
        let body = try MultipartBody.sample("preferred-borei.xml")
        try await server.application.test(.router) { client in
            for (uri, method) in [
                ("/api/v1/applications?tier=preferred", HTTPRequest.Method.post), ("/applications", .post),
                ("/applications/\(String(repeating: "a", count: 32))?receipt=x", .get),
                ("/api/v1/applications/\(String(repeating: "a", count: 32))?receipt=x", .get),
            ] {
                let response = try await client.execute(uri: uri, method: method, headers: .multipart(body), body: body.closed())
                #expect(response.status == .notFound, "\(uri)")
                #expect(try ErrorAnswerTests.error(response).code == "not-found")
            }
        }
    }
}
