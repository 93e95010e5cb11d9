import Foundation
import Testing
import _TestSupport

/// The shipped samples recorded as of 2026-11-24, then re-audited from the stored bytes on
/// 2027-03-01 and 2027-06-01: tiers must move as `Tests/Fixtures/history/sample-changes.json`
/// says, which was derived by hand from the programme's rules and each sample's dates.
@Suite struct HistorySequenceTests {
    struct Expected {
        let id: String
        let file: String
        let qualified: [String?]
        let eligible: [Bool]
        let changes: [[String]]
    }

    static let fixture: (dates: [String], invalid: [String], partners: [Expected]) = {
        let url = CommandRunner.repository.appendingPathComponent("Tests/Fixtures/history/sample-changes.json")
        let json = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let partners = (json["partners"] as! [[String: Any]]).map { entry in
            Expected(
                id: entry["id"] as! String, file: entry["file"] as! String,
                qualified: (entry["qualified"] as! [Any]).map { $0 as? String }, eligible: entry["eligible"] as! [Bool],
                changes: entry["changes"] as! [[String]])
        }
        return (json["dates"] as! [String], json["invalid"] as! [String], partners)
    }()

    @Test func tiersLapseAsTheRulesSay() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let (dates, invalid, expected) = Self.fixture
        let recorded = try store.run(["audit", CommandRunner.sample("."), "--as-of", dates[0], "--record", "--format", "json"])
        #expect(recorded.status == 2, "some samples are invalid")
        let total = expected.count + invalid.count
        #expect(recorded.errors.contains("\(total) recorded"), "\(recorded.errors)")

        // Recording the same again keeps the first records and says so.
        let again = try store.run(["audit", CommandRunner.sample("."), "--as-of", dates[0], "--record"])
        #expect(again.errors.contains("0 recorded, \(total) already recorded"), "\(again.errors)")

        // The recorded verdicts, per partner.
        let partners = try store.run(["partners", "--format", "json"]).json()["partners"] as! [[String: Any]]
        #expect(partners.map { ($0["partner"] as! [String: Any])["id"] as! String } == expected.map(\.id))
        for (partner, wanted) in zip(partners, expected) {
            #expect(partner["qualifiedTier"] as? String == wanted.qualified[0], "\(wanted.file) on \(dates[0])")
            #expect(partner["eligible"] as? Bool == wanted.eligible[0], "\(wanted.file) on \(dates[0])")
        }

        for step in 1..<dates.count {
            let reaudit = try store.run(["reaudit", "--as-of", dates[step], "--record", "--format", "json"])
            #expect(reaudit.status == 0, "\(reaudit.errors)")
            let entries = try reaudit.json()["partners"] as! [[String: Any]]
            #expect(entries.count == expected.count)
            for (entry, wanted) in zip(entries, expected) {
                let partner = (entry["partner"] as! [String: Any])["id"] as! String
                let verdict = entry["reaudited"] as! [String: Any]
                #expect(partner == wanted.id)
                #expect(verdict["qualifiedTier"] as? String == wanted.qualified[step], "\(wanted.file) on \(dates[step])")
                #expect(verdict["eligible"] as? Bool == wanted.eligible[step], "\(wanted.file) on \(dates[step])")
                #expect(entry["changes"] as? [String] == wanted.changes[step - 1], "\(wanted.file) on \(dates[step])")
            }

            // `changes` over the same period says the same, listing only the partners that changed.
            let since = dates[step - 1] < dates[step] ? nextDay(dates[step - 1]) : dates[step]
            let changes = try store.run(["changes", "--since", since, "--until", dates[step], "--format", "json"]).json()
            #expect(changes["since"] as? String == since)
            #expect(changes["until"] as? String == dates[step])
            let listed = (changes["changes"] as! [[String: Any]]).map { change in
                "\((change["partner"] as! [String: Any])["id"] as! String) \(change["kind"] as! String)"
            }
            let wanted = expected.flatMap { partner in partner.changes[step - 1].map { "\(partner.id) \($0)" } }
            #expect(listed == wanted)
        }
    }

    @Test func historyAndReauditReproduceTheRecordedVerdict() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let samples = [
            "certified-brueckner.xml", "preferred-borei.xml", "fail-tampered-papadopoulos.xml", "self-check-lodzkie.xml",
            "fail-insufficient-kovacs.xml",
        ]
        var reports: [String: NSDictionary] = [:]
        for sample in samples {
            let check = try store.run(["check", CommandRunner.sample(sample), "--as-of", "2026-11-24", "--format", "json", "--record"])
            #expect(check.errors.contains("recorded as record"), "\(check.errors)")
            let report = try check.json()
            let partner = (report["partner"] as! [String: Any])["id"] as! String
            reports[partner] = report as NSDictionary

            let history = try store.run(["history", partner, "--format", "json"]).json()
            #expect((history["partner"] as? [String: Any])?["id"] as? String == partner)
            let records = try #require(history["records"] as? [[String: Any]])
            #expect(records.count == 1)
            #expect(records[0]["report"] as? NSDictionary == report as NSDictionary, "\(sample): history gives the verdict as recorded")
            #expect(records[0]["qualifiedTier"] as? String == report["qualifiedTier"] as? String)
            #expect(
                records[0]["recordedBy"] as? String == "cli:\(NSUserName())"
                    || (records[0]["recordedBy"] as? String)?.hasPrefix("cli:") == true)
        }
        let reaudit = try store.run(["reaudit", "--as-of", "2026-11-24", "--format", "json"]).json()
        let entries = try #require(reaudit["partners"] as? [[String: Any]])
        #expect(entries.count == samples.count)
        for entry in entries {
            let partner = (entry["partner"] as! [String: Any])["id"] as! String
            #expect(entry["report"] as? NSDictionary == reports[partner], "\(partner): re-audited on its own date")
            #expect(entry["changes"] as? [String] == [])
        }
    }

    private func nextDay(_ date: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: calendar.date(byAdding: .day, value: 1, to: formatter.date(from: date)!)!)
    }
}
