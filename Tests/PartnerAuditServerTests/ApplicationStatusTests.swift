import Audit
import AuditStore
import DossierModel
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import PartnerAudit
import Programme
import Testing

@testable import PartnerAuditServer

/// Where an application stands, to whoever holds its receipt: `GET /api/v1/applications/{id}`
/// and the page `/applications/{id}`, pending and once decided; the form's way in; and
/// the same 404 for every id or receipt that does not fit.
@Suite struct ApplicationStatusTests {
    static let hostileComment = "Missing the <b>NDA</b> & \"retail\" figures; <script>alert(2)</script>"

    static func decide(
        _ review: ReviewServer, _ id: String, _ status: ApplicationStatus, comment: String
    ) async throws -> AuditStore.Application {
        let outcome = try await review.store.history.decide(
            applicationID: id, Decision(status: status, comment: comment, manager: "olga", decidedAt: ReviewServer.decidedAt))
        guard case .decided(let application) = outcome else {
            Issue.record("not decided: \(outcome)")
            throw CancellationError()
        }
        return application
    }

    @Test(arguments: StoreKind.available)
    func theStatusIsPendingThenShowsTheDecision(_ kind: StoreKind) async throws {
        try await ReviewServer.with(kind) { review in
            let body = try MultipartBody.sample("fail-insufficient-kovacs.xml")
            try await review.application.test(.router) { client in
                let (id, receipt) = try await review.submit(body, query: "?tier=certified&asOf=\(TestServer.asOf)", client: client)
                let uri = "/api/v1/applications/\(id)?receipt=\(receipt)"
                let pending = try await client.execute(uri: uri, method: .get)
                #expect(pending.status == .ok)
                #expect(pending.headers[.contentType] == "application/json; charset=utf-8")
                let text = String(buffer: pending.body)
                #expect(ApplicationSubmissionTests.keys(text) == ["id", "tier", "status", "submittedAt", "decision", "report"])
                var json = try ApplicationSubmissionTests.object(pending)
                #expect(json["id"] as? String == id)
                #expect(json["tier"] as? String == "certified")
                #expect(json["status"] as? String == "pending")
                #expect(json["submittedAt"] as? String == "2026-12-03T09:30:00Z")
                #expect(json["decision"] is NSNull)
                let recorded = try #require(try await review.store.history.application(id: id)).record.reportJSON
                let report: Any = try #require(json["report"])
                #expect(try ApplicationSubmissionTests.canonical(report) == ApplicationSubmissionTests.canonical(recorded))
                #expect((json["report"] as? [String: Any])?["eligible"] as? Bool == false)

                _ = try await Self.decide(review, id, .rejected, comment: "Retail volume is short by 1,200 USD.")
                json = try ApplicationSubmissionTests.object(try await client.execute(uri: uri, method: .get))
                #expect(json["status"] as? String == "rejected")
                let decision = try #require(json["decision"] as? [String: Any])
                #expect(decision.keys.sorted() == ["comment", "decidedAt", "status"])
                #expect(decision["status"] as? String == "rejected")
                #expect(decision["comment"] as? String == "Retail volume is short by 1,200 USD.")
                #expect(decision["decidedAt"] as? String == "2026-12-04T14:05:00Z")

                let page = try await client.execute(uri: "/applications/\(id)?receipt=\(receipt)&lang=en", method: .get)
                #expect(page.status == .ok)
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                try SecurityHeaderTests.expectSecurityHeaders(page)
                let html = String(buffer: page.body)
                #expect(html.contains("data-status=\"rejected\""))
                #expect(html.contains("<dd id=\"comment\" class=\"comment\">Retail volume is short by 1,200 USD.</dd>"))
                #expect(html.contains("2026-12-04 14:05 UTC"))
                #expect(html.contains("<section id=\"verdict\" class=\"verdict not-eligible\">"))
            }
        }
    }

    @Test func everyIdOrReceiptThatDoesNotFitIsTheSame404() async throws {
        try await ReviewServer.with(.sqlite) { review in
            let body = try MultipartBody.sample("preferred-borei.xml")
            try await review.application.test(.router) { client in
                let query = "?tier=preferred&asOf=\(TestServer.asOf)"
                let (id, receipt) = try await review.submit(body, query: query, client: client)
                let other = try await review.submit(
                    try MultipartBody.sample("authorized-nordlys.xml"), query: "?tier=authorized", client: client)
                let unknown = String(repeating: "0", count: 32)
                let wrong: [String] = [
                    "\(id)?receipt=\(receipt.dropLast())\(receipt.last == "A" ? "B" : "A")", "\(id)", "\(id)?receipt=",
                    "\(id)?receipt=\(other.receipt)",
                    "\(unknown)?receipt=\(receipt)", "\(id.uppercased())?receipt=\(receipt)", "..%2F..%2Fetc?receipt=\(receipt)",
                    "\(id)?receipt=\(ApplicationTokens.receiptSHA256(receipt))",
                ]
                var answers: Set<String> = []
                var pages: Set<String> = []
                for path in wrong {
                    let response = try await client.execute(uri: "/api/v1/applications/\(path)", method: .get)
                    #expect(response.status == .notFound, "\(path)")
                    answers.insert(String(buffer: response.body))
                    let page = try await client.execute(uri: "/applications/\(path)\(path.contains("?") ? "&" : "?")lang=en", method: .get)
                    #expect(page.status == .notFound, "\(path)")
                    #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                    pages.insert(String(buffer: page.body))
                }
                #expect(answers.count == 1)
                #expect(pages.count == 1)
                #expect(
                    try ErrorAnswerTests.error(try await client.execute(uri: "/api/v1/applications/\(wrong[0])", method: .get)).code
                        == "not-found")
                #expect(try await client.execute(uri: "/api/v1/applications/\(id)?receipt=\(receipt)", method: .get).status == .ok)
            }
        }
    }

    @Test func theFormSubmitsForReviewAndLandsOnTheStatusPage() async throws {
        try await ReviewServer.with(.sqlite) { review in
            let form = try MultipartBody.sample("certified-brueckner.xml")
            form.field("tier", "certified")
            form.field("asOf", TestServer.asOf)
            form.field("lang", "ru")
            form.file("bundle", filename: "", [])
            try await review.application.test(.router) { client in
                let response = try await client.execute(uri: "/applications", method: .post, headers: .multipart(form), body: form.closed())
                #expect(response.status == .seeOther)
                let location = try #require(response.headers[.location])
                let match = try #require(location.wholeMatch(of: #/\/applications\/([0-9a-f]{32})\?receipt=([A-Za-z0-9_-]{43})&lang=ru/#))
                let filed = try #require(try await review.store.history.application(id: String(match.1)))
                #expect(filed.receiptSHA256 == ApplicationTokens.receiptSHA256(String(match.2)))
                let page = try await client.execute(uri: location, method: .get)
                #expect(page.status == .ok)
                let html = String(buffer: page.body)
                #expect(html.contains("<html lang=\"ru\">"))
                #expect(html.contains("data-status=\"pending\""))
                #expect(html.contains("На рассмотрении"))
                #expect(html.contains("href=\"/applications/\(match.1)?receipt=\(match.2)&amp;lang=en\""))

                let noTier = try MultipartBody.sample("certified-brueckner.xml")
                noTier.field("tier", "")
                let refused = try await client.execute(
                    uri: "/applications", method: .post, headers: .multipart(noTier), body: noTier.closed())
                #expect(refused.status == .badRequest)
                #expect(refused.headers[.contentType] == "text/html; charset=utf-8")
                #expect(String(buffer: refused.body).contains("data-code=\"bad-tier\""))
            }
        }
    }

    @Test func aHostileNameAndCommentAreShownAsText() async throws {
        try await ReviewServer.with(.sqlite) { review in
            let original = try String(contentsOf: TestServer.sample("preferred-borei.xml"), encoding: .utf8)
            let name = try #require(original.firstMatch(of: #/<name>[^<]*</name>/#))
            let dossier = original.replacingCharacters(in: name.range, with: "<name>&lt;script&gt;alert(1)&lt;/script&gt;</name>")
            let body = MultipartBody()
            body.file("dossier", filename: "<img src=x onerror=alert(3)>.xml", Array(dossier.utf8))
            try await review.application.test(.router) { client in
                let (id, receipt) = try await review.submit(body, query: "?tier=preferred&asOf=\(TestServer.asOf)", client: client)
                _ = try await Self.decide(review, id, .rejected, comment: Self.hostileComment)
                let html = String(buffer: try await client.execute(uri: "/applications/\(id)?receipt=\(receipt)", method: .get).body)
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(html.contains("&lt;img src=x onerror=alert(3)&gt;.xml"))
                #expect(
                    html.contains(
                        "Missing the &lt;b&gt;NDA&lt;/b&gt; &amp; &quot;retail&quot; figures; &lt;script&gt;alert(2)&lt;/script&gt;"))
                #expect(!html.contains("<script>alert"))
                #expect(SecurityHeaderTests.inlineScripts(html).allSatisfy { $0 == SiteFrame.script })
                let json = try ApplicationSubmissionTests.object(
                    try await client.execute(uri: "/api/v1/applications/\(id)?receipt=\(receipt)", method: .get))
                #expect((json["decision"] as? [String: Any])?["comment"] as? String == Self.hostileComment)
            }
        }
    }

    // MARK: - Golden pages

    /// An application as filed on the sample `name`, with fixed tokens, and its record's report judged again in `language`.
    static func filed(_ name: String, tier: String, decision: Decision?, language: Language) async throws -> (
        AuditStore.Application, AuditReport
    ) {
        let server = try TestServer()
        let session = try AuditSession.make()
        let audit = session.checkForHistory(file: TestServer.sample(name).path, asOf: CalendarDate(TestServer.asOf)!, tier: tier)
        let context = RecordingContext(programmeSHA256: server.service.programmeSHA256, recordedBy: "partner:web")
        var record = try #require(context.recording(of: audit, at: ReviewServer.now)).record
        record.id = 1
        record.file = name
        let application = AuditStore.Application(
            id: "0123456789abcdef0123456789abcdef", tier: tier, receiptSHA256: ApplicationTokens.receiptSHA256("RECEIPT"),
            submittedAt: ReviewServer.now, record: record, status: decision?.status ?? .pending, decision: decision)
        let report = try await server.service.rejudge(record, bytes: try #require(audit.bytes), language: language)
        return (application, report)
    }

    @Test(arguments: Language.allCases)
    func theStatusPagesMatchTheirGoldenFiles(_ language: Language) async throws {
        let server = try TestServer()
        let pages = SitePages(programme: server.service.programme, limits: server.service.limits, applications: true)
        let (pending, pendingReport) = try await Self.filed("certified-brueckner.xml", tier: "certified", decision: nil, language: language)
        try PageTests.expectGolden(
            pages.application(pending, receipt: "RECEIPT", report: pendingReport, language: language),
            "application-pending.\(language.code).html")
        let rejection = Decision(
            status: .rejected, comment: "Retail volume is short.\nSend the Q3 report.", manager: "olga", decidedAt: ReviewServer.decidedAt)
        let (rejected, rejectedReport) = try await Self.filed(
            "fail-insufficient-kovacs.xml", tier: "certified", decision: rejection, language: language)
        try PageTests.expectGolden(
            pages.application(rejected, receipt: "RECEIPT", report: rejectedReport, language: language),
            "application-rejected.\(language.code).html")
        let approval = Decision(status: .approved, comment: "", manager: "olga", decidedAt: ReviewServer.decidedAt)
        let (approved, _) = try await Self.filed("preferred-borei.xml", tier: "preferred", decision: approval, language: language)
        try PageTests.expectGolden(
            pages.application(approved, receipt: "RECEIPT", report: nil, language: language),
            "application-other-programme.\(language.code).html")
    }

    @Test(arguments: Language.allCases)
    func theFormOffersReviewOnlyWithTheStore(_ language: Language) throws {
        let server = try TestServer()
        let without = SitePages(programme: server.service.programme, limits: server.service.limits)
        let with = SitePages(programme: server.service.programme, limits: server.service.limits, applications: true)
        let today = CalendarDate("2026-11-24")!
        #expect(!without.form(language, today: today).contains("submit-review"))
        let form = with.form(language, today: today)
        #expect(form.contains("<button type=\"submit\" id=\"submit-review\" class=\"secondary\" formaction=\"/applications\""))
        try PageTests.expectGolden(form, "form-review.\(language.code).html")
    }

    @Test func theFormServedWithTheStoreHasTheButton() async throws {
        try await ReviewServer.with(.sqlite) { review in
            try await review.application.test(.router) { client in
                let page = String(buffer: try await client.execute(uri: "/", method: .get).body)
                #expect(page.contains("id=\"submit-review\""))
            }
        }
        let server = try TestServer()
        try await server.application.test(.router) { client in
            let page = String(buffer: try await client.execute(uri: "/", method: .get).body)
            #expect(!page.contains("submit-review"))
        }
    }

    @Test func everyPhraseHasBothLanguages() {
        for key in ApplicationStrings.Key.allCases {
            let pair = ApplicationStrings.table[key]
            #expect(pair != nil, "\(key)")
            #expect(pair?.en.isEmpty == false && pair?.ru.isEmpty == false && pair?.en != pair?.ru, "\(key)")
        }
    }
}
