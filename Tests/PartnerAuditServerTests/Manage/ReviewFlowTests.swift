import Audit
import AuditStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Programme
import Testing

@testable import PartnerAuditServer

/// The managers' pages on real samples recorded into the store: the board, a timeline,
/// a recorded report and an application against their golden files in both languages;
/// the filters; the decision, made once; every name and comment escaped.
@Suite struct ReviewFlowTests {
    /// The session the golden pages are drawn for (its CSRF token shows in their forms).
    static let session = ManagerSession(
        tokenSHA256: String(repeating: "0", count: 64), manager: "anna", csrfToken: "golden-csrf-token",
        createdAt: Date(timeIntervalSince1970: 1_795_000_000), expiresAt: Date(timeIntervalSince1970: 1_795_028_800))

    /// A history of a few partners: Borei twice (a tier gained), Brückner, Kovács, and an application of Borei's.
    static func fill(_ managed: ManagedServer) async throws -> AuditStore.Application {
        try await managed.record("preferred-borei.xml", asOf: "2025-06-30")
        managed.clock.advance(60)
        try await managed.record("preferred-borei.xml")
        try await managed.record("certified-brueckner.xml")
        try await managed.record("fail-insufficient-kovacs.xml")
        try await managed.record("broken-not-well-formed.xml")
        managed.clock.advance(3600)
        return try await managed.submit("authorized-nordlys.xml", tier: "certified", id: "0123456789abcdef0123456789abcdef")
    }

    func board(_ managed: ManagedServer) -> ReviewBoard {
        ReviewBoard(store: ServerStore(history: managed.store, now: { managed.clock.now }), service: managed.server.service)
    }

    @Test(arguments: Language.allCases)
    func thePagesMatchTheirGoldenFiles(_ language: Language) async throws {
        try await ManagedServer.with { managed in
            let application = try await Self.fill(managed)
            let board = board(managed)
            let pages = ManagerPages(programme: managed.server.service.programme)
            let found = try await board.board(ReviewBoard.BoardQuery())
            #expect(found.records.total == (try await managed.store.latestRecords(matching: PartnerFilter())).count)
            try PageTests.expectGolden(pages.board(found, language: language, session: Self.session), "manage-board.\(language.code).html")
            let records = try await board.timeline("KP-001377", path: "/")
            #expect(records.count == 2)
            try PageTests.expectGolden(
                pages.timeline(
                    partnerID: "KP-001377", records: records, changes: board.changes(records), language: language, session: Self.session),
                "manage-timeline.\(language.code).html")
            let report = try await board.report(of: application.record, in: language)
            guard case .reproduced = report else {
                Issue.record("the recorded report of a sample is reproduced")
                return
            }
            try PageTests.expectGolden(
                pages.application(application, report: report, language: language, session: Self.session),
                "manage-application.\(language.code).html")
        }
    }

    @Test func theBoardFiltersCountsAndPages() async throws {
        try await ManagedServer.with { managed in
            _ = try await Self.fill(managed)
            try await managed.application.test(.router) { client in
                let (token, _) = try await client.apiSignIn("anna", "correct horse battery")
                func board(_ query: String) async throws -> [String: Any] {
                    let response = try await client.execute(
                        uri: "/api/v1/manage/partners\(query)", method: .get, headers: ManagerClient.with(token))
                    #expect(response.status == .ok, "\(query)")
                    let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                    return try #require(object)
                }
                func ids(_ json: [String: Any]) -> [String] {
                    (json["partners"] as? [[String: Any]] ?? []).compactMap { ($0["partner"] as? [String: Any])?["id"] as? String }
                }
                let partners = try await managed.store.latestRecords(matching: PartnerFilter()).count
                #expect(partners >= 4)
                let all = try await board("")
                #expect(all["total"] as? Int == partners)
                #expect(all["pendingApplications"] as? Int == 1)
                let counts = try #require(all["counts"] as? [String: Int])
                #expect(counts.values.reduce(0, +) == partners)
                #expect(counts["preferred"] == 1)
                #expect(ids(try await board("?tier=preferred")) == ["KP-001377"])
                let notEligible = ids(try await board("?notEligible=true"))
                #expect(notEligible.contains("KP-001377") == false)
                #expect(!notEligible.isEmpty)
                #expect((try await board("?page=2")["partners"] as? [Any])?.isEmpty == true)
                #expect(try await board("?page=2")["total"] as? Int == partners)
                for bad in ["?tier=gold", "?notEligible=maybe", "?lapsingWithin=-1", "?lapsingWithin=soon", "?page=0"] {
                    let refused = try await client.execute(
                        uri: "/api/v1/manage/partners\(bad)", method: .get, headers: ManagerClient.with(token))
                    #expect(refused.status == .badRequest, "\(bad)")
                    #expect(ManagerClient.code(refused) == "bad-filter", "\(bad)")
                    let page = try await client.execute(uri: "/manage\(bad)", method: .get, headers: ManagerClient.with(token))
                    #expect(page.status == .badRequest, "\(bad)")
                    #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                    #expect(String(buffer: page.body).contains("data-code=\"bad-filter\""))
                }
                // lapsingWithin counts from today by the server's clock.
                let lapsing = try await board("?lapsingWithin=3660")
                let within = ids(lapsing)
                let none = ids(try await board("?lapsingWithin=0"))
                #expect(none.count <= within.count)
                let html = String(
                    buffer: try await client.execute(
                        uri: "/manage?tier=preferred&lang=ru", method: .get, headers: ManagerClient.with(token)
                    ).body)
                #expect(html.contains("<option value=\"preferred\" selected>"))
                #expect(html.contains("href=\"/manage/partners/KP-001377?lang=ru\""))
                let missing = try await client.execute(uri: "/manage/partners/KP-0000", method: .get, headers: ManagerClient.with(token))
                #expect(missing.status == .notFound)
                #expect(String(buffer: missing.body).contains("data-code=\"not-found\""))
                for uri in ["/api/v1/manage/records/999", "/api/v1/manage/records/abc", "/api/v1/manage/applications/nope"] {
                    let refused = try await client.execute(uri: uri, method: .get, headers: ManagerClient.with(token))
                    #expect(refused.status == .notFound, "\(uri)")
                }
            }
        }
    }

    @Test func aTimelineSaysWhatChangedAndLinksEachRecord() async throws {
        try await ManagedServer.with { managed in
            _ = try await Self.fill(managed)
            try await managed.application.test(.router) { client in
                let (token, _) = try await client.apiSignIn("anna", "correct horse battery")
                let page = String(
                    buffer: try await client.execute(uri: "/manage/partners/KP-001377", method: .get, headers: ManagerClient.with(token))
                        .body)
                let links = page.matches(of: #/href="/manage/records/(\d+)\?lang=en"/#).map { String($0.1) }
                #expect(links.count == 2)
                #expect(page.contains("data-kinds=\"new\""))
                let json = try await client.execute(
                    uri: "/api/v1/manage/partners/KP-001377", method: .get, headers: ManagerClient.with(token))
                let timeline = try #require(try JSONSerialization.jsonObject(with: Data(json.body.readableBytesView)) as? [String: Any])
                let records = try #require(timeline["records"] as? [[String: Any]])
                #expect(records.map { $0["asOf"] as? String } == ["2025-06-30", TestServer.asOf])
                #expect(records.first?["changes"] as? [String] == ["new"])
                #expect(records.map { String($0["id"] as? Int ?? 0) } == links)
                for id in links {
                    let recorded = String(
                        buffer: try await client.execute(
                            uri: "/manage/records/\(id)?lang=ru", method: .get, headers: ManagerClient.with(token)
                        ).body)
                    #expect(recorded.contains("<section id=\"verdict\""))
                    #expect(recorded.contains("<html lang=\"ru\">"))
                    #expect(recorded.contains("<section id=\"record\" class=\"desk\">"))
                    let api = try await client.execute(
                        uri: "/api/v1/manage/records/\(id)", method: .get, headers: ManagerClient.with(token))
                    let object = try #require(try JSONSerialization.jsonObject(with: Data(api.body.readableBytesView)) as? [String: Any])
                    #expect(((object["record"] as? [String: Any])?["report"] as? [String: Any])?["partner"] != nil)
                }
            }
        }
    }

    @Test func aRecordThatCannotBeReproducedIsShownAsStored() async throws {
        try await ManagedServer.with { managed in
            var recording = try ManagedServer.recording(
                "certified-brueckner.xml", asOf: TestServer.asOf, partnerName: nil, at: managed.clock.now)
            recording.record.reportJSON = recording.record.reportJSON.replacingOccurrences(
                of: "\"valid\" : true", with: "\"valid\" : true ")
            recording.record.programmeSHA256 = String(repeating: "e", count: 64)
            let id = try #require(try await managed.store.record([recording]).first).id
            try await managed.application.test(.router) { client in
                let (token, _) = try await client.apiSignIn("anna", "correct horse battery")
                let page = String(
                    buffer: try await client.execute(uri: "/manage/records/\(id)", method: .get, headers: ManagerClient.with(token)).body)
                #expect(page.contains("<section id=\"stored-report\">"))
                #expect(page.contains("&quot;valid&quot; : true "))
                #expect(!page.contains("<section id=\"verdict\""))
            }
        }
    }

    // MARK: - Deciding

    @Test(arguments: StoreKind.available)
    func anApplicationIsDecidedOnceAndWhoAndWhenAreShown(_ kind: StoreKind) async throws {
        try await ManagedServer.with(kind) { managed in
            let rejected = try await managed.submit("fail-insufficient-kovacs.xml", tier: "certified")
            managed.clock.advance(10)
            let approved = try await managed.submit("preferred-borei.xml", tier: "preferred")
            try await managed.application.test(.router) { client in
                let (_, signedIn) = try await client.signIn("anna", "correct horse battery")
                let anna = try #require(signedIn)
                let queue = String(
                    buffer: try await client.execute(
                        uri: "/manage/applications?status=pending", method: .get, headers: ManagerClient.with(anna)
                    ).body)
                let order = queue.matches(of: #/href="/manage/applications/([0-9a-f]+)\?lang=en"/#).map { String($0.1) }
                #expect(order == [rejected.id, approved.id])
                let board = String(buffer: try await client.execute(uri: "/manage", method: .get, headers: ManagerClient.with(anna)).body)
                #expect(board.contains("/manage/applications/\(rejected.id)?lang=en"))

                let page = String(
                    buffer: try await client.execute(
                        uri: "/manage/applications/\(rejected.id)", method: .get, headers: ManagerClient.with(anna)
                    ).body)
                #expect(page.contains("id=\"decision-form\""))
                #expect(page.contains("<section id=\"verdict\""))
                let csrf = try #require(ManagerClient.csrf(in: page))
                managed.clock.advance(300)
                let decided = try await client.execute(
                    uri: "/manage/applications/\(rejected.id)/decision", method: .post,
                    headers: ManagerClient.with(anna, ManagerClient.formType),
                    body: ManagerClient.form([("csrf", csrf), ("decision", "reject"), ("comment", "Sales fall short of 7,500 USD.")]))
                #expect(decided.status == .seeOther)
                #expect(decided.headers[.location] == "/manage/applications/\(rejected.id)?lang=en")
                let stored = try #require(try await managed.store.application(id: rejected.id))
                #expect(stored.status == .rejected)
                #expect(stored.decision?.manager == "anna")
                #expect(stored.decision?.comment == "Sales fall short of 7,500 USD.")
                #expect(stored.decision?.decidedAt == managed.clock.now)
                let after = String(
                    buffer: try await client.execute(
                        uri: "/manage/applications/\(rejected.id)?lang=ru", method: .get, headers: ManagerClient.with(anna)
                    ).body)
                #expect(after.contains("<span id=\"decided-by\">anna</span>"))
                #expect(after.contains("<span id=\"comment\">Sales fall short of 7,500 USD.</span>"))
                #expect(after.contains("<span id=\"decided-at\">\(ManagerPages.time(managed.clock.now))</span>"))
                #expect(!after.contains("id=\"decision-form\""))

                // Boris, on the page he opened before, decides it too: 409, and anna's decision stands.
                let (borisToken, borisCSRF) = try await client.apiSignIn("boris", "staple-2026")
                managed.clock.advance(60)
                let again = try await client.execute(
                    uri: "/manage/applications/\(rejected.id)/decision", method: .post,
                    headers: ManagerClient.with(borisToken, ManagerClient.formType),
                    body: ManagerClient.form([("csrf", borisCSRF), ("decision", "approve"), ("comment", "")]))
                #expect(again.status == .conflict)
                let conflict = String(buffer: again.body)
                #expect(conflict.contains("id=\"notice\""))
                #expect(conflict.contains("<span id=\"decided-by\">anna</span>"))
                #expect(try await managed.store.application(id: rejected.id)?.status == .rejected)

                // The JSON twin: the queue, a decision, and the same refusal.
                let headers = ManagerClient.with(borisToken, [ManagerGate.csrfHeader: borisCSRF, .contentType: "application/json"])
                for body in [
                    "{\"decision\": \"maybe\"}", "{\"comment\": \"no decision\"}", "[]", "not json",
                    "{\"decision\": \"approve\", \"comment\": \"\(String(repeating: "x", count: Decisions.maxCommentLength + 1))\"}",
                    "{\"decision\": \"approve\", \"comment\": \"bell \\u0007\"}",
                ] {
                    let bad = try await client.execute(
                        uri: "/api/v1/manage/applications/\(approved.id)/decision", method: .post, headers: headers,
                        body: ByteBuffer(string: body))
                    #expect(bad.status == .badRequest && ManagerClient.code(bad) == "bad-decision", "\(body.prefix(40))")
                }
                let huge = try await client.execute(
                    uri: "/api/v1/manage/applications/\(approved.id)/decision", method: .post, headers: headers,
                    body: ByteBuffer(repeating: UInt8(ascii: " "), count: ManagerGate.maxFormBytes + 1))
                #expect(huge.status == .contentTooLarge)
                #expect(try await managed.store.application(id: approved.id)?.status == .pending)
                let yes = try await client.execute(
                    uri: "/api/v1/manage/applications/\(approved.id)/decision", method: .post, headers: headers,
                    body: ByteBuffer(string: "{\"decision\": \"approve\", \"comment\": \"Welcome to Preferred.\"}"))
                #expect(yes.status == .ok)
                let object = try #require(try JSONSerialization.jsonObject(with: Data(yes.body.readableBytesView)) as? [String: Any])
                #expect(object["status"] as? String == "approved")
                #expect((object["decision"] as? [String: Any])?["manager"] as? String == "boris")
                #expect(object["report"] is [String: Any])
                let twice = try await client.execute(
                    uri: "/api/v1/manage/applications/\(approved.id)/decision", method: .post, headers: headers,
                    body: ByteBuffer(string: "{\"decision\": \"reject\"}"))
                #expect(twice.status == .conflict)
                #expect(ManagerClient.code(twice) == "already-decided")
                let unknown = try await client.execute(
                    uri: "/api/v1/manage/applications/ffff/decision", method: .post, headers: headers,
                    body: ByteBuffer(string: "{\"decision\": \"reject\"}"))
                #expect(unknown.status == .notFound)
                let list = try await client.execute(uri: "/api/v1/manage/applications?status=pending", method: .get, headers: headers)
                let pending = try #require(try JSONSerialization.jsonObject(with: Data(list.body.readableBytesView)) as? [String: Any])
                #expect(pending["total"] as? Int == 0)
                let decidedList = try await client.execute(uri: "/api/v1/manage/applications", method: .get, headers: headers)
                let every = try #require(try JSONSerialization.jsonObject(with: Data(decidedList.body.readableBytesView)) as? [String: Any])
                let statuses = (every["applications"] as? [[String: Any]] ?? []).map { $0["status"] as? String }
                #expect(statuses == ["rejected", "approved"])
                #expect(
                    try await client.execute(uri: "/api/v1/manage/applications?status=lost", method: .get, headers: headers).status
                        == .badRequest)
            }
        }
    }

    // MARK: - Escaping

    @Test func namesAndCommentsFromOutsideAreShownAsText() async throws {
        try await ManagedServer.with { managed in
            let hostile = "<script>alert(1)</script>"
            try await managed.record("preferred-borei.xml", partnerName: hostile)
            let application = try await managed.submit("certified-brueckner.xml", tier: "certified", partnerName: hostile + "&amp;")
            try await managed.application.test(.router) { client in
                let (_, signedIn) = try await client.signIn("anna", "correct horse battery")
                let token = try #require(signedIn)
                let page = String(
                    buffer: try await client.execute(
                        uri: "/manage/applications/\(application.id)", method: .get, headers: ManagerClient.with(token)
                    ).body)
                let csrf = try #require(ManagerClient.csrf(in: page))
                let comment = "<img src=x onerror=alert(2)> \"quoted\" & 'single'"
                _ = try await client.execute(
                    uri: "/manage/applications/\(application.id)/decision", method: .post,
                    headers: ManagerClient.with(token, ManagerClient.formType),
                    body: ManagerClient.form([("csrf", csrf), ("decision", "reject"), ("comment", comment)]))
                let record = try #require(
                    try await managed.store.latestRecords(matching: PartnerFilter()).first { $0.partnerName == hostile })
                for uri in [
                    "/manage", "/manage/partners/\(record.partnerID ?? "")", "/manage/records/\(record.id ?? 0)",
                    "/manage/applications/\(application.id)", "/manage/applications",
                ] {
                    let shown = String(buffer: try await client.execute(uri: uri, method: .get, headers: ManagerClient.with(token)).body)
                    #expect(shown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
                    #expect(!shown.contains("<script>alert"), "\(uri)")
                    #expect(SecurityHeaderTests.inlineScripts(shown).allSatisfy { $0 == SiteFrame.script }, "\(uri)")
                }
                let decided = String(
                    buffer: try await client.execute(
                        uri: "/manage/applications/\(application.id)", method: .get, headers: ManagerClient.with(token)
                    ).body)
                #expect(
                    decided.contains(
                        "<span id=\"comment\">&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot; &amp; &#39;single&#39;</span>"))
                #expect(!decided.contains("<img src=x"))
                #expect(decided.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;"))
                let response = try await client.execute(uri: "/manage", method: .get, headers: ManagerClient.with(token))
                try SecurityHeaderTests.expectSecurityHeaders(response)
            }
        }
    }
}
