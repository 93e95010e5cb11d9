import Foundation
import GRDB
import Testing
import _TestSupport

/// The history's commands as users run them: exit statuses, JSON shapes, formats and languages.
@Suite struct HistoryCommandTests {
    @Test func aDamagedFileIsExitTwoWithAClearMessage() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: store.database))
        for command in [
            ["partners"], ["history", "KP-1"], ["changes", "--since", "2026-01-01"], ["reaudit", "--as-of", "2027-01-01"],
            ["db", "backup", store.path("copy.sqlite")], ["check", CommandRunner.sample("authorized-nordlys.xml"), "--record"],
        ] {
            let result = try store.run(command)
            #expect(result.status == 2, "\(command)")
            #expect(result.errors.contains("is damaged or not a partner-audit history"), "\(command): \(result.errors)")
            #expect(!result.errors.contains("Fatal error"))
        }
    }

    @Test func aTruncatedStoreIsExitTwo() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        #expect(try store.run(["check", CommandRunner.sample("preferred-borei.xml"), "--as-of", "2026-11-24", "--record"]).status == 0)
        #expect(try store.run(["db", "backup", store.path("whole.sqlite")]).status == 0)
        let whole = try Data(contentsOf: URL(fileURLWithPath: store.path("whole.sqlite")))
        let cut = store.path("cut.sqlite")
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: cut))
        let result = try store.run(["partners"], database: cut)
        #expect(result.status == 2, "\(result.output) \(result.errors)")
        #expect(result.errors.contains("damaged"))
    }

    @Test func aStoreOfANewerVersionIsRefusedAndLeftAsItIs() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        #expect(try store.run(["check", CommandRunner.sample("authorized-nordlys.xml"), "--as-of", "2026-11-24", "--record"]).status == 0)
        let queue = try DatabaseQueue(path: store.database)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('0099-later')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: store.database))
        let result = try store.run(["check", CommandRunner.sample("preferred-borei.xml"), "--as-of", "2026-11-24", "--record"])
        #expect(result.status == 2)
        #expect(result.errors.contains("newer version of partner-audit"), "\(result.errors)")
        #expect(result.errors.contains("0099-later"))
        #expect(try store.run(["partners"]).status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.database)) == before)
    }

    @Test func aFileOfAnotherApplicationIsRefused() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let queue = try DatabaseQueue(path: store.database)
        try queue.write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY)") }
        try queue.close()
        let result = try store.run(["partners"])
        #expect(result.status == 2)
        #expect(result.errors.contains("tables of another application"))
    }

    @Test func usageErrorsAreExit64() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        #expect(try store.run(["partners"], database: "ftp://example.com/history").status == 64)
        #expect(try store.run(["partners"], database: "postgres://u@h:99999/db").status == 64)
        #expect(try store.run(["partners", "--lapsing-within", "-1"]).status == 64)
        #expect(try store.run(["partners", "--tier", "gold"]).status == 64)
        #expect(try store.run(["partners", "--format", "sarif"]).status == 64)
        #expect(try store.run(["changes"]).status == 64)
        #expect(try store.run(["changes", "--since", "2027-01-02", "--until", "2027-01-01"]).status == 64)
        #expect(try store.run(["reaudit"]).status == 64)
        #expect(try store.run(["history"]).status == 64)
        #expect(try store.run(["db", "backup", store.path("x")], database: "postgres://u@127.0.0.1:1/db").status == 64)
    }

    @Test func theEnvironmentNamesTheStoreWhenTheOptionDoesNot() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let result = try CommandRunner.run(
            ["check", CommandRunner.sample("authorized-nordlys.xml"), "--as-of", "2026-11-24", "--record"],
            environment: ["NO_COLOR": "1", "PARTNER_AUDIT_DATABASE": "sqlite:" + store.database])
        #expect(result.status == 0, "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: store.database))
        let fallback = try CommandRunner.run(
            ["check", CommandRunner.sample("authorized-nordlys.xml"), "--as-of", "2026-11-24", "--record"],
            environment: ["NO_COLOR": "1", "XDG_DATA_HOME": store.path("data")])
        #expect(fallback.status == 0, "\(fallback.errors)")
        #expect(FileManager.default.fileExists(atPath: store.path("data/partner-audit/history.sqlite")))
    }

    @Test func jsonShapesAreTheContracts() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        for date in ["2026-11-24", "2027-03-01"] {
            _ = try store.run(["check", CommandRunner.sample("preferred-borei.xml"), "--as-of", date, "--record"])
        }
        let history = try store.run(["history", "KP-001377", "--format", "json"]).json()
        #expect(Set(history.keys) == ["partner", "records"])
        let records = try #require(history["records"] as? [[String: Any]])
        #expect(records.map { $0["asOf"] as? String } == ["2026-11-24", "2027-03-01"])
        #expect(records.map { $0["changes"] as? [String] } == [["new"], ["tier-down", "became-not-eligible"]])
        for key in [
            "dossier", "programme", "recordedAt", "recordedBy", "toolVersion", "appliedTier", "qualifiedTier", "eligible",
            "holdsUntil", "attachments", "report",
        ] {
            #expect(records[0][key] != nil, "record without \(key)")
        }
        let dossier = try #require(records[0]["dossier"] as? [String: Any])
        #expect((dossier["sha256"] as? String)?.count == 64)
        #expect((records[0]["holdsUntil"] as? [String: Any])?["date"] as? String == "2026-12-10")

        let partners = try store.run(["partners", "--format", "json"]).json()
        #expect(Set(partners.keys) == ["partners"])
        let changes = try store.run(["changes", "--since", "2026-11-25", "--until", "2027-03-01", "--format", "json"]).json()
        #expect(Set(changes.keys) == ["since", "until", "changes"])
        let change = try #require((changes["changes"] as? [[String: Any]])?.first)
        #expect(Set(change.keys) == ["partner", "before", "after", "kind"])
        #expect(Set((change["before"] as? [String: Any])?.keys ?? [:].keys) == ["asOf", "qualifiedTier", "eligible"])
        #expect(change["kind"] as? String == "tier-down")
        let new = try store.run(["changes", "--since", "2026-01-01", "--until", "2027-03-01", "--format", "json"]).json()
        let first = try #require((new["changes"] as? [[String: Any]])?.first)
        #expect(first["kind"] as? String == "new")
        #expect(first["before"] is NSNull)
    }

    @Test func partnersFilters() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        _ = try store.run(["audit", CommandRunner.sample("."), "--as-of", "2026-11-24", "--record"])
        func ids(_ arguments: [String]) throws -> [String] {
            let json = try store.run(["partners", "--format", "json"] + arguments).json()
            return (json["partners"] as! [[String: Any]]).map { ($0["partner"] as! [String: Any])["id"] as! String }
        }
        #expect(try ids(["--tier", "preferred"]) == ["KP-001377"])
        #expect(try ids(["--tier", "certified"]) == ["KP-002207", "KP-003954"])
        #expect(try ids(["--not-eligible"]).count == 13)
        // Holds until, as of 2026-11-24: Brückner 2026-12-03 (9 days), Borei 2026-12-10 (16 days), the rest later.
        #expect(try ids(["--lapsing-within", "9", "--as-of", "2026-11-24"]) == ["KP-002207"])
        #expect(try ids(["--lapsing-within", "8", "--as-of", "2026-11-24"]).isEmpty)
        #expect(try ids(["--lapsing-within", "16", "--as-of", "2026-11-24"]) == ["KP-001377", "KP-002207"])
        #expect(try ids(["--lapsing-within", "16", "--as-of", "2026-11-24", "--tier", "preferred"]) == ["KP-001377"])
    }

    @Test(arguments: ["text", "csv", "markdown", "html"], ["en", "ru"])
    func everyFormatInEveryLanguage(format: String, language: String) throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        for date in ["2026-11-24", "2027-03-01"] {
            _ = try store.run(["check", CommandRunner.sample("certified-brueckner.xml"), "--as-of", date, "--record"])
        }
        let commands = [
            ["history", "KP-002207"], ["partners"], ["changes", "--since", "2026-11-25", "--until", "2027-03-01"],
            ["reaudit", "--as-of", "2027-06-01"],
        ]
        for command in commands {
            let result = try store.run(command + ["--format", format, "--lang", language])
            #expect(result.status == 0, "\(command) \(result.errors)")
            let name = format == "html" ? "Brückner Netzwerktechnik GmbH" : "Brückner"
            if command[0] != "history" { #expect(result.output.contains(name), "\(command) \(format)") }
            let russian = result.output.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
            #expect(russian == (language == "ru" && format != "csv"), "\(command) \(format) \(language)")
            switch format {
            case "html": #expect(result.output.hasPrefix("<!DOCTYPE html>"))
            case "markdown": #expect(result.output.hasPrefix("# "))
            case "csv": #expect(result.output.contains("\r\n"))
            default: break
            }
        }
    }

    @Test func dossierTextIsEscapedInHTMLAndMarkdown() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let text = try String(contentsOfFile: CommandRunner.sample("authorized-nordlys.xml"), encoding: .utf8)
        let hostile = text.replacingOccurrences(
            of: "<name>Nordlys Nettverk AS</name>", with: "<name>&lt;script&gt;alert(1)&lt;/script&gt; | *x*</name>")
        #expect(hostile != text)
        let file = store.path("hostile.xml")
        try hostile.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try store.run(["check", file, "--as-of", "2026-11-24", "--record", "--skip-attachments"])
        let html = try store.run(["partners", "--format", "html"]).output
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("<script>"))
        let markdown = try store.run(["partners", "--format", "markdown"]).output
        #expect(markdown.contains("\\<script\\>"))
        #expect(markdown.contains("\\| \\*x\\*"))
    }
}
