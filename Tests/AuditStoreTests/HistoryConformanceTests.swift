import AuditStore
import DossierModel
import Foundation
import Testing

/// What every history must do, whatever database keeps it: one list of checks, run on
/// SQLite always and on PostgreSQL when `PARTNER_AUDIT_TEST_POSTGRES` names a server.
enum Conformance {
    typealias Check = @Sendable (StoreLocation) async throws -> Void

    static let checks: [String: Check] = [
        "records read back as recorded": recordsReadBack,
        "recording again keeps the first record and says so": recordingIsIdempotent,
        "the dossier bytes are kept and given back": bytesAreKept,
        "latest record per partner, with filters": latestPerPartner,
        "latest records up to a date": latestUpToADate,
        "an invalid dossier is recorded without a partner": invalidDossierIsRecorded,
        "concurrent writers both finish and nothing is lost": concurrentWriters,
        "a store migrated by a newer version is refused": newerSchemaIsRefused,
        "reopening keeps every record": reopeningKeepsRecords,
    ]

    static var names: [String] { checks.keys.sorted() }

    /// Runs the check `name` on a fresh store of `kind`.
    static func run(_ name: String, on kind: StoreKind) async throws {
        try await kind.run(checks[name]!)
    }

    // MARK: - Checks

    static func recordsReadBack(_ location: StoreLocation) async throws {
        let first = SampleRecordings.recording("certified-brueckner.xml", asOf: "2026-11-24")
        let second = SampleRecordings.recording("certified-brueckner.xml", asOf: "2027-03-01")
        try await location.withStore { history in
            let outcomes = try await history.record([second, first])
            #expect(outcomes.count == 2)
            guard case .recorded = outcomes[0], case .recorded = outcomes[1] else {
                Issue.record("expected two new records, got \(outcomes)")
                return
            }
            let records = try await history.records(ofPartner: "KP-002207")
            var expected = [first.record, second.record]
            expected[0].id = outcomes[1].id
            expected[1].id = outcomes[0].id
            #expect(records == expected)
            #expect(records[0].qualifiedTier == "certified")
            #expect(records[1].qualifiedTier == nil)
            #expect(records[0].holdsUntil == CalendarDate("2026-12-03"))
            #expect(records[0].lapsingRequirement == "sales.annual-retail-volume")
            #expect(records[0].attachments.contains { $0.file.hasSuffix("haendlervertrag-2026.pdf") && $0.notChecked == nil })
            #expect(try await history.records(ofPartner: "KP-999999").isEmpty)
        }
    }

    static func recordingIsIdempotent(_ location: StoreLocation) async throws {
        let first = SampleRecordings.recording("authorized-nordlys.xml", asOf: "2026-11-24", by: "cli:first")
        let again = SampleRecordings.recording("authorized-nordlys.xml", asOf: "2026-11-24", by: "cli:second")
        try await location.withStore { history in
            let id = try await history.record([first])[0]
            #expect(try await history.record([again]) == [.alreadyRecorded(id: id.id)])
            // The same bytes twice in one transaction: one record.
            let other = SampleRecordings.recording("authorized-nordlys.xml", asOf: "2026-11-25")
            let twice = try await history.record([other, other])
            #expect(twice[0] == .recorded(id: twice[0].id))
            #expect(twice[1] == .alreadyRecorded(id: twice[0].id))
            let records = try await history.records(ofPartner: "KP-004815")
            #expect(records.map(\.recordedBy) == ["cli:first", "cli:tester"])
        }
    }

    static func bytesAreKept(_ location: StoreLocation) async throws {
        let recording = SampleRecordings.recording("preferred-borei.xml", asOf: "2026-11-24")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: SampleRecordings.sample("preferred-borei.xml"))))
        try await location.withStore { history in
            _ = try await history.record([recording, SampleRecordings.recording("preferred-borei.xml", asOf: "2026-12-01")])
            #expect(try await history.dossierBytes(sha256: recording.record.dossierSHA256) == bytes)
            #expect(recording.record.dossierSize == bytes.count)
            #expect(try await history.dossierBytes(sha256: String(repeating: "0", count: 64)) == nil)
        }
    }

    static func latestPerPartner(_ location: StoreLocation) async throws {
        try await location.withStore { history in
            _ = try await history.record([
                SampleRecordings.recording("preferred-borei.xml", asOf: "2027-03-01"),
                SampleRecordings.recording("preferred-borei.xml", asOf: "2026-11-24"),
                SampleRecordings.recording("fail-insufficient-kovacs.xml", asOf: "2026-11-24"),
                SampleRecordings.recording("authorized-nordlys.xml", asOf: "2026-11-24"),
                SampleRecordings.recording("self-check-lodzkie.xml", asOf: "2026-11-24"),
            ])
            let all = try await history.latestRecords(matching: PartnerFilter())
            #expect(all.map(\.partnerID) == ["KP-001377", "KP-003602", "KP-003954", "KP-004815"])
            #expect(all[0].asOf == CalendarDate("2027-03-01"), "the later audit date wins, whatever the order of recording")
            let certified = try await history.latestRecords(matching: PartnerFilter(qualifiedTier: "certified"))
            #expect(certified.map(\.partnerID) == ["KP-003954"])
            let notEligible = try await history.latestRecords(matching: PartnerFilter(notEligible: true))
            #expect(notEligible.map(\.partnerID) == ["KP-001377", "KP-003602", "KP-003954"])
            // Kovács holds Authorized until 2027-06-01: lapsing on or before that day, not the day before.
            let lapsing = try await history.latestRecords(matching: PartnerFilter(lapsingOnOrBefore: CalendarDate("2027-06-01")))
            #expect(lapsing.map(\.partnerID).contains("KP-003602"))
            let before = try await history.latestRecords(matching: PartnerFilter(lapsingOnOrBefore: CalendarDate("2027-05-31")))
            #expect(!before.map(\.partnerID).contains("KP-003602"))
        }
    }

    static func latestUpToADate(_ location: StoreLocation) async throws {
        try await location.withStore { history in
            _ = try await history.record([
                SampleRecordings.recording("preferred-borei.xml", asOf: "2026-11-24"),
                SampleRecordings.recording("preferred-borei.xml", asOf: "2027-03-01"),
                SampleRecordings.recording("certified-brueckner.xml", asOf: "2027-03-01"),
            ])
            let early = try await history.latestRecords(asOfOnOrBefore: CalendarDate("2027-02-28")!)
            #expect(early.map(\.partnerID) == ["KP-001377"])
            #expect(early.map(\.asOf) == [CalendarDate("2026-11-24")!])
            let late = try await history.latestRecords(asOfOnOrBefore: CalendarDate("2027-03-01")!)
            #expect(late.map(\.partnerID) == ["KP-001377", "KP-002207"])
            #expect(late.map(\.asOf) == [CalendarDate("2027-03-01")!, CalendarDate("2027-03-01")!])
            let changes = HistoryChange.changes(from: early, to: late, tierOrder: ["authorized", "certified", "preferred"])
            #expect(changes.map(\.kind) == [.tierDown, .becameNotEligible, .new])
        }
    }

    static func invalidDossierIsRecorded(_ location: StoreLocation) async throws {
        let recording = SampleRecordings.recording("invalid-schema.xml", asOf: "2026-11-24")
        #expect(recording.record.partnerID == nil)
        #expect(!recording.record.valid)
        #expect(recording.record.reportJSON.contains("\"errors\""))
        try await location.withStore { history in
            let outcome = try await history.record([recording])
            guard case .recorded = outcome[0] else {
                Issue.record("not recorded: \(outcome)")
                return
            }
            #expect(try await history.latestRecords(matching: PartnerFilter()).isEmpty)
            #expect(try await history.dossierBytes(sha256: recording.record.dossierSHA256)?.count == recording.record.dossierSize)
        }
    }

    static func concurrentWriters(_ location: StoreLocation) async throws {
        let samples = ["preferred-borei.xml", "certified-brueckner.xml", "authorized-nordlys.xml", "self-check-lodzkie.xml"]
        let dates = (1...20).map { CalendarDate("2026-11-01")!.adding(days: $0).description }
        _ = try await location.withStore { _ in () }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for sample in samples {
                group.addTask {
                    let history = try await location.open()
                    for date in dates {
                        _ = try await history.record([SampleRecordings.recording(sample, asOf: date)])
                    }
                    await history.close()
                }
            }
            try await group.waitForAll()
        }
        let counts = try await location.withStore { history -> [Int] in
            var counts: [Int] = []
            for id in ["KP-001377", "KP-002207", "KP-004815", "KP-003954"] {
                counts.append(try await history.records(ofPartner: id).count)
            }
            return counts
        }
        #expect(counts == [Int](repeating: dates.count, count: 4))
    }

    static func newerSchemaIsRefused(_ location: StoreLocation) async throws {
        _ = try await location.withStore { history in
            try await history.record([SampleRecordings.recording("authorized-nordlys.xml", asOf: "2026-11-24")])
        }
        try await StoreTampering.addMigration("9999-from-the-future", at: location)
        let before = try await StoreTampering.fingerprint(location)
        do {
            let history = try await location.open()
            await history.close()
            Issue.record("a store with an unknown migration was opened")
        } catch {
            guard case .newerSchema(_, let unknown) = error else {
                Issue.record("wrong error: \(error)")
                return
            }
            #expect(unknown == ["9999-from-the-future"])
            #expect(error.description.contains("newer version"))
        }
        #expect(try await StoreTampering.fingerprint(location) == before, "the refused store was changed")
    }

    static func reopeningKeepsRecords(_ location: StoreLocation) async throws {
        let recording = SampleRecordings.recording("fail-tampered-papadopoulos.xml", asOf: "2026-11-24")
        _ = try await location.withStore { try await $0.record([recording]) }
        let records = try await location.withStore { try await $0.records(ofPartner: "KP-002544") }
        #expect(records.count == 1)
        #expect(
            records.first?.attachments.contains { $0.actualSHA256 != nil && $0.actualSHA256 != $0.expectedSHA256 } == true,
            "the tampered attachment's verdict is kept")
        #expect(records.first?.reportJSON == recording.record.reportJSON)
    }
}

@Suite("SQLite history") struct SQLiteHistoryConformanceTests {
    @Test(arguments: Conformance.names)
    func conforms(_ check: String) async throws {
        try await Conformance.run(check, on: .sqlite)
    }
}

// Runs only when PARTNER_AUDIT_TEST_POSTGRES names a PostgreSQL server
// (postgres://USER@HOST:PORT/DB, a user allowed to create databases); Scripts/test-postgres starts one.
@Suite("PostgreSQL history", .enabled(if: StoreKind.postgresURL != nil, "PARTNER_AUDIT_TEST_POSTGRES is not set"))
struct PostgresHistoryConformanceTests {
    @Test(arguments: Conformance.names)
    func conforms(_ check: String) async throws {
        try await Conformance.run(check, on: .postgres)
    }
}
