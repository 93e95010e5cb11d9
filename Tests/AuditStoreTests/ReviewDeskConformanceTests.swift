import AuditStore
import DossierModel
import Foundation
import Testing

/// What every managers' desk must do, whatever database keeps it: one list of checks, run on
/// SQLite always and on PostgreSQL when `PARTNER_AUDIT_TEST_POSTGRES` names a server.
enum ReviewConformance {
    typealias Check = @Sendable (StoreLocation) async throws -> Void

    static let checks: [String: Check] = [
        "managers: added once, listed by name, removed": managers,
        "sessions: found until they expire, ended on request": sessionsExpire,
        "sessions: removing a manager ends theirs only": removingAManagerEndsTheirSessions,
        "applications: submitting records the audit once, in one transaction": submitRecordsTheAudit,
        "applications: the queue in pages, oldest first": queuePages,
        "applications: decided once, and the decision outlives the manager": decidedOnce,
        "applications: of two stores deciding at once exactly one wins": concurrentDecisions,
        "board: latest records in pages, filtered, with totals and tier counts": boardPages,
        "board: a record by its id": recordByID,
    ]

    static var names: [String] { checks.keys.sorted() }

    /// Runs the check `name` on a fresh store of `kind`.
    static func run(_ name: String, on kind: StoreKind) async throws {
        try await kind.run(checks[name]!)
    }

    // MARK: - Fixtures

    /// A fixed moment (2026-12-03T09:00:00Z) and whole seconds after it: the store keeps times to the second.
    static func time(_ seconds: Int = 0) -> Date { Date(timeIntervalSince1970: 1_796_288_400 + TimeInterval(seconds)) }

    static func session(_ token: String, of manager: String, expiresAfter seconds: Int = 3600) -> ManagerSession {
        ManagerSession(
            tokenSHA256: String(repeating: token, count: 64 / token.count), manager: manager, csrfToken: "csrf-\(token)",
            createdAt: time(), expiresAt: time(seconds))
    }

    static func application(_ id: String, tier: String = "certified", submittedAfter seconds: Int = 0) -> NewApplication {
        NewApplication(id: id, tier: tier, receiptSHA256: String(repeating: "r", count: 64), submittedAt: time(seconds))
    }

    static func decision(_ status: ApplicationStatus, by manager: String = "anna", _ comment: String = "checked") -> Decision {
        Decision(status: status, comment: comment, manager: manager, decidedAt: time(600))
    }

    // MARK: - Managers

    static func managers(_ location: StoreLocation) async throws {
        try await location.withStore { store async throws in
            #expect(try await store.managers().isEmpty)
            #expect(try await store.addManager(named: "anna", passwordHash: "$2b$04$first", at: time()))
            #expect(try await !store.addManager(named: "anna", passwordHash: "$2b$04$second", at: time(60)), "a name is taken once")
            #expect(try await store.manager(named: "anna") == Manager(name: "anna", passwordHash: "$2b$04$first", createdAt: time()))
            let hostile = "o'brien\"; DROP TABLE manager; --"
            #expect(try await store.addManager(named: hostile, passwordHash: "$2b$04$third", at: time(120)))
            #expect(try await store.addManager(named: "boris", passwordHash: "$2b$04$fourth", at: time(180)))
            #expect(try await store.managers().map(\.name) == ["anna", "boris", hostile])
            #expect(try await store.manager(named: hostile)?.createdAt == time(120))
            #expect(try await store.manager(named: "ANNA") == nil, "names are compared exactly")
            #expect(try await store.removeManager(named: "anna"))
            #expect(try await !store.removeManager(named: "anna"), "there is no anna any more")
            #expect(try await store.manager(named: "anna") == nil)
            #expect(try await store.managers().map(\.name) == ["boris", hostile])
        }
        // Kept across opening the store again.
        #expect(try await location.withStore { try await $0.managers().count } == 2)
    }

    // MARK: - Sessions

    static func sessionsExpire(_ location: StoreLocation) async throws {
        try await location.withStore { store in
            _ = try await store.addManager(named: "anna", passwordHash: "$2b$04$hash", at: time())
            let session = session("a1", of: "anna", expiresAfter: 3600)
            try await store.startSession(session)
            #expect(try await store.session(tokenSHA256: session.tokenSHA256, at: time(10)) == session)
            #expect(try await store.session(tokenSHA256: session.tokenSHA256, at: time(3599)) == session)
            #expect(try await store.session(tokenSHA256: session.tokenSHA256, at: time(3600)) == nil, "expired at expiresAt")
            #expect(try await store.session(tokenSHA256: String(repeating: "0", count: 64), at: time(10)) == nil)
            // A session started later clears the expired one away; the live one stays.
            let later = ManagerSession(
                tokenSHA256: String(repeating: "b2", count: 32), manager: "anna", csrfToken: "csrf-b2", createdAt: time(4000),
                expiresAt: time(8000))
            try await store.startSession(later)
            #expect(try await store.session(tokenSHA256: later.tokenSHA256, at: time(4001)) == later)
            try await store.endSession(tokenSHA256: later.tokenSHA256)
            #expect(try await store.session(tokenSHA256: later.tokenSHA256, at: time(4002)) == nil)
            try await store.endSession(tokenSHA256: later.tokenSHA256)  // nothing to end: no error
            await #expect(throws: HistoryError.self, "a session for no manager is refused") {
                try await store.startSession(Self.session("c3", of: "nobody"))
            }
        }
    }

    static func removingAManagerEndsTheirSessions(_ location: StoreLocation) async throws {
        try await location.withStore { store in
            _ = try await store.addManager(named: "anna", passwordHash: "$2b$04$hash", at: time())
            _ = try await store.addManager(named: "boris", passwordHash: "$2b$04$hash", at: time())
            let annas = [session("a1", of: "anna"), session("a2", of: "anna")]
            let boris = session("b1", of: "boris")
            for session in annas + [boris] { try await store.startSession(session) }
            #expect(try await store.removeManager(named: "anna"))
            for session in annas { #expect(try await store.session(tokenSHA256: session.tokenSHA256, at: time(1)) == nil) }
            #expect(try await store.session(tokenSHA256: boris.tokenSHA256, at: time(1)) == boris)
            // A new manager of the old name does not get the old sessions back.
            _ = try await store.addManager(named: "anna", passwordHash: "$2b$04$other", at: time(2))
            #expect(try await store.session(tokenSHA256: annas[0].tokenSHA256, at: time(3)) == nil)
        }
    }

    // MARK: - Applications

    static func submitRecordsTheAudit(_ location: StoreLocation) async throws {
        let recording = SampleRecordings.recording("certified-brueckner.xml", asOf: "2026-11-24", by: "partner:web")
        try await location.withStore { store in
            let first = try await store.submit(application("app-1", submittedAfter: 5), recording: recording)
            #expect(first.id == "app-1")
            #expect(first.status == .pending)
            #expect(first.decision == nil)
            #expect(first.tier == "certified")
            #expect(first.receiptSHA256 == String(repeating: "r", count: 64))
            #expect(first.submittedAt == time(5))
            #expect(first.record.recordedBy == "partner:web")
            #expect(first.record.partnerID == "KP-002207")
            let records = try await store.records(ofPartner: "KP-002207")
            #expect(records == [first.record], "the audit is recorded, once")
            #expect(try await store.application(id: "app-1") == first)

            // The same dossier again: a second application on the first record.
            let second = try await store.submit(application("app-2", tier: "preferred", submittedAfter: 9), recording: recording)
            #expect(second.record.id == first.record.id)
            #expect(try await store.records(ofPartner: "KP-002207").count == 1)

            // A clash of ids undoes the recording made in the same transaction.
            let other = SampleRecordings.recording("certified-brueckner.xml", asOf: "2027-01-15", by: "partner:web")
            await #expect(throws: HistoryError.self) { try await store.submit(application("app-1"), recording: other) }
            #expect(try await store.records(ofPartner: "KP-002207").count == 1, "nothing is left of the failed submission")
            #expect(try await store.application(id: "app-1") == first)
            #expect(try await store.application(id: "app-3") == nil)

            // An invalid dossier can be filed too: its record has no partner.
            let invalid = SampleRecordings.recording("invalid-schema.xml", asOf: "2026-11-24", by: "partner:web")
            let filed = try await store.submit(application("app-4"), recording: invalid)
            #expect(filed.record.partnerID == nil)
            #expect(!filed.record.valid)
        }
    }

    static func queuePages(_ location: StoreLocation) async throws {
        try await location.withStore { store in
            // Submitted out of order; the queue is by submission time, then by id.
            let samples = [
                ("q-c", "preferred-borei.xml", 30), ("q-a", "certified-brueckner.xml", 10), ("q-e", "authorized-nordlys.xml", 50),
                ("q-b", "self-check-lodzkie.xml", 20), ("q-d", "fail-insufficient-kovacs.xml", 30),
            ]
            for (id, sample, seconds) in samples {
                _ = try await store.submit(
                    application(id, submittedAfter: seconds), recording: SampleRecordings.recording(sample, asOf: "2026-11-24"))
            }
            let first = try await store.applications(status: .pending, page: PageRequest(offset: 0, limit: 2))
            #expect(first.total == 5)
            #expect(first.items.map(\.id) == ["q-a", "q-b"])
            let second = try await store.applications(status: .pending, page: PageRequest(offset: 2, limit: 2))
            #expect(second.items.map(\.id) == ["q-c", "q-d"])
            #expect(second.items.map(\.record.partnerID) == ["KP-001377", "KP-003602"])
            let last = try await store.applications(status: .pending, page: PageRequest(offset: 4, limit: 2))
            #expect(last.items.map(\.id) == ["q-e"])
            let beyond = try await store.applications(status: .pending, page: PageRequest(offset: 5, limit: 2))
            #expect(beyond.items.isEmpty)
            #expect(beyond.total == 5)

            _ = try await store.decide(applicationID: "q-b", decision(.approved))
            _ = try await store.decide(applicationID: "q-d", decision(.rejected))
            let pending = try await store.applications(status: .pending, page: PageRequest())
            #expect(pending.items.map(\.id) == ["q-a", "q-c", "q-e"])
            #expect(pending.total == 3)
            #expect(try await store.applications(status: .approved, page: PageRequest()).items.map(\.id) == ["q-b"])
            let rejected = try await store.applications(status: .rejected, page: PageRequest())
            #expect(rejected.items.map(\.id) == ["q-d"])
            #expect(rejected.items.first?.decision == decision(.rejected))
            let all = try await store.applications(status: nil, page: PageRequest(offset: 1, limit: 3))
            #expect(all.total == 5)
            #expect(all.items.map(\.id) == ["q-b", "q-c", "q-d"])
            // Nonsense paging reads as the first page or none, never as an error.
            let odd = try await store.applications(status: nil, page: PageRequest(offset: -3, limit: -1))
            #expect(odd.items.isEmpty)
            #expect(odd.total == 5)
        }
    }

    static func decidedOnce(_ location: StoreLocation) async throws {
        let recording = SampleRecordings.recording("authorized-nordlys.xml", asOf: "2026-11-24", by: "partner:web")
        try await location.withStore { store in
            _ = try await store.addManager(named: "anna", passwordHash: "$2b$04$hash", at: time())
            let filed = try await store.submit(application("d-1"), recording: recording)
            let comment = "Vertrag fehlt <script>alert(1)</script> — 'bitte' nachreichen"
            guard case .decided(let decided) = try await store.decide(applicationID: "d-1", decision(.rejected, comment)) else {
                Issue.record("the first decision was not taken")
                return
            }
            #expect(decided.status == .rejected)
            #expect(decided.decision == Decision(status: .rejected, comment: comment, manager: "anna", decidedAt: time(600)))
            #expect(decided.record == filed.record)
            let again = try await store.decide(applicationID: "d-1", decision(.approved, by: "boris", "on second thoughts"))
            #expect(again == .alreadyDecided(decided), "the first decision stands")
            #expect(try await store.decide(applicationID: "no-such", decision(.approved)) == .notFound)
            await #expect(throws: HistoryError.self, "pending is no decision") {
                try await store.decide(applicationID: "d-1", Self.decision(.pending))
            }
            _ = try await store.removeManager(named: "anna")
            #expect(try await store.application(id: "d-1")?.decision?.manager == "anna", "the decision keeps the name")
        }
    }

    static func concurrentDecisions(_ location: StoreLocation) async throws {
        let ids = (1...8).map { "race-\($0)" }
        try await location.withStore { store in
            for (index, id) in ids.enumerated() {
                _ = try await store.submit(
                    application(id, submittedAfter: index),
                    recording: SampleRecordings.recording("preferred-borei.xml", asOf: "2026-11-24"))
            }
        }
        let first = try await location.open()
        let second = try await location.open()
        let outcomes = try await withThrowingTaskGroup(of: (String, String, DecisionOutcome).self) { group in
            for id in ids {
                for (manager, store, status) in [("anna", first, ApplicationStatus.approved), ("boris", second, .rejected)] {
                    group.addTask { (id, manager, try await store.decide(applicationID: id, decision(status, by: manager))) }
                }
            }
            var outcomes: [(String, String, DecisionOutcome)] = []
            for try await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        await first.close()
        await second.close()
        try await location.withStore { store in
            for id in ids {
                let mine = outcomes.filter { $0.0 == id }
                let winners = mine.filter { if case .decided = $0.2 { true } else { false } }.map(\.1)
                #expect(winners.count == 1, "\(id): \(mine)")
                let stored = try await store.application(id: id)
                #expect(stored?.decision?.manager == winners.first)
                for case (_, _, .alreadyDecided(let seen)) in mine { #expect(seen == stored, "the loser is shown the winner's decision") }
            }
        }
    }

    // MARK: - Board

    static func boardPages(_ location: StoreLocation) async throws {
        try await location.withStore { store in
            _ = try await store.record([
                SampleRecordings.recording("preferred-borei.xml", asOf: "2027-03-01"),
                SampleRecordings.recording("preferred-borei.xml", asOf: "2026-11-24"),
                SampleRecordings.recording("fail-insufficient-kovacs.xml", asOf: "2026-11-24"),
                SampleRecordings.recording("authorized-nordlys.xml", asOf: "2026-11-24"),
                SampleRecordings.recording("self-check-lodzkie.xml", asOf: "2026-11-24"),
                SampleRecordings.recording("certified-brueckner.xml", asOf: "2026-11-24"),
                SampleRecordings.recording("invalid-schema.xml", asOf: "2026-11-24"),
            ])
            let everyone = try await store.latestRecords(matching: PartnerFilter())
            #expect(everyone.map(\.partnerID) == ["KP-001377", "KP-002207", "KP-003602", "KP-003954", "KP-004815"])
            var pages: [AuditRecord] = []
            for offset in stride(from: 0, to: 6, by: 2) {
                let page = try await store.latestRecords(matching: PartnerFilter(), page: PageRequest(offset: offset, limit: 2))
                #expect(page.total == 5)
                #expect(page.items.count == min(2, 5 - offset))
                pages += page.items
            }
            #expect(pages == everyone, "the pages put together are the whole list, in order")

            let filters = [
                PartnerFilter(qualifiedTier: "certified"), PartnerFilter(qualifiedTier: "preferred"), PartnerFilter(notEligible: true),
                PartnerFilter(lapsingOnOrBefore: CalendarDate("2027-06-01")),
                PartnerFilter(qualifiedTier: "authorized", notEligible: true, lapsingOnOrBefore: CalendarDate("2027-12-31")),
            ]
            for filter in filters {
                let whole = try await store.latestRecords(matching: filter)
                let page = try await store.latestRecords(matching: filter, page: PageRequest(offset: 1, limit: 1))
                #expect(page.total == whole.count, "\(filter)")
                #expect(page.items == Array(whole.dropFirst().prefix(1)), "\(filter)")
            }
            let certified = try await store.latestRecords(matching: PartnerFilter(qualifiedTier: "certified"), page: PageRequest())
            #expect(certified.items.map(\.partnerID) == ["KP-002207", "KP-003954"])
            let notEligible = try await store.latestRecords(matching: PartnerFilter(notEligible: true), page: PageRequest(limit: 2))
            #expect(notEligible.total == 3)
            #expect(notEligible.items.map(\.partnerID) == ["KP-001377", "KP-003602"])

            let counts = try await store.qualifiedTierCounts()
            var expected: [String?: Int] = [:]
            for record in everyone { expected[record.qualifiedTier, default: 0] += 1 }
            #expect(counts == expected)
            #expect(counts["certified"] == 2)
            #expect(counts.values.reduce(0, +) == 5, "one count per partner; the invalid dossier has none")
        }
    }

    static func recordByID(_ location: StoreLocation) async throws {
        try await location.withStore { store in
            let outcomes = try await store.record([
                SampleRecordings.recording("fail-tampered-papadopoulos.xml", asOf: "2026-11-24"),
                SampleRecordings.recording("invalid-schema.xml", asOf: "2026-11-24"),
            ])
            let tampered = try await store.records(ofPartner: "KP-002544")
            #expect(try await store.record(id: outcomes[0].id) == tampered.first)
            let invalid = try await store.record(id: outcomes[1].id)
            #expect(invalid?.partnerID == nil)
            #expect(invalid?.valid == false)
            #expect(try await store.record(id: 999_999) == nil)
            #expect(try await store.record(id: -1) == nil)
        }
    }
}

@Suite("SQLite review desk") struct SQLiteReviewDeskConformanceTests {
    @Test(arguments: ReviewConformance.names)
    func conforms(_ check: String) async throws {
        try await ReviewConformance.run(check, on: .sqlite)
    }
}

// Runs only when PARTNER_AUDIT_TEST_POSTGRES names a PostgreSQL server (see the history's suite).
@Suite("PostgreSQL review desk", .enabled(if: StoreKind.postgresURL != nil, "PARTNER_AUDIT_TEST_POSTGRES is not set"))
struct PostgresReviewDeskConformanceTests {
    @Test(arguments: ReviewConformance.names)
    func conforms(_ check: String) async throws {
        try await ReviewConformance.run(check, on: .postgres)
    }
}
