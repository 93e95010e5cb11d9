import AuditStore
import Foundation
import GRDB
import Testing
import _TestSupport

/// `partner-audit user add|list|remove` as users run them: exit statuses, messages, what is stored.
@Suite struct UserCommandTests {
    /// Runs `user ARGUMENTS` against the folder's store, with `input` on standard input.
    func user(_ arguments: [String], in store: HistoryFolder, input: String? = nil) throws -> CommandRunner.Result {
        try CommandRunner.run(["user"] + arguments + ["--database", store.database], input: input.map { Data($0.utf8) })
    }

    @Test func addListRemove() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let added = try user(["add", "anna", "--password-stdin"], in: store, input: "correct horse\n")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.errors.contains("added manager \"anna\""))
        let hash = try HistoryFolder.inspect(store.database) { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM manager WHERE name = 'anna'")
        }
        #expect(hash?.hasPrefix("$2b$\(PasswordHasher.defaultCost)$") == true, "a bcrypt hash of the default cost: \(hash ?? "none")")
        #expect(hash?.contains("correct") == false)
        #expect(PasswordHasher.verify("correct horse", against: hash), "the final line break is not part of the password")
        #expect(!PasswordHasher.verify("correct horse\n", against: hash))

        let taken = try user(["add", "anna", "--password-stdin"], in: store, input: "another")
        #expect(taken.status == 1)
        #expect(taken.errors.contains("a manager named \"anna\" exists already"))
        let unchanged = try HistoryFolder.inspect(store.database) { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM manager WHERE name = 'anna'")
        }
        #expect(unchanged == hash, "the existing manager's password is kept")

        let hostile = "o'brien \"<b>\" ; --"
        #expect(try user(["add", hostile, "--password-stdin"], in: store, input: "пароль с пробелами").status == 0)
        let text = try user(["list"], in: store)
        #expect(text.status == 0)
        let lines = text.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("Manager") && lines[0].hasSuffix("Added (UTC)"))
        #expect(lines[1].hasPrefix("anna "))
        #expect(lines[2].hasPrefix(hostile + "  "))
        #expect(lines[1].range(of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"#, options: .regularExpression) != nil, "\(lines[1])")
        #expect(try user(["list", "--lang", "ru"], in: store).output.hasPrefix("Менеджер"))

        let json = try user(["list", "--format", "json"], in: store).json()
        let managers = try #require(json["managers"] as? [[String: Any]])
        #expect(managers.map { $0["name"] as? String } == ["anna", hostile])
        #expect(managers.allSatisfy { ($0["createdAt"] as? String).flatMap { try? Date($0, strategy: .iso8601) } != nil })
        #expect(managers.allSatisfy { $0.keys.sorted() == ["createdAt", "name"] }, "no hash is shown")

        let removed = try user(["remove", "anna"], in: store)
        #expect(removed.status == 0)
        #expect(removed.errors.contains("removed manager \"anna\""))
        let again = try user(["remove", "anna"], in: store)
        #expect(again.status == 1)
        #expect(again.errors.contains("no manager named \"anna\""))
        #expect(try user(["remove", hostile], in: store).status == 0)
        #expect(try user(["list"], in: store).output == "No managers.\n")
        #expect(try user(["list", "--lang", "ru"], in: store).output == "Менеджеров нет.\n")
        #expect(try user(["list", "--format", "json"], in: store).json()["managers"] as? [Any] != nil)
    }

    @Test func removingAManagerEndsTheirSessions() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        for name in ["anna", "boris"] {
            #expect(try user(["add", name, "--password-stdin"], in: store, input: "secret of \(name)").status == 0)
        }
        let queue = try DatabaseQueue(path: store.database)
        try queue.write { db in
            for (token, name) in [("a", "anna"), ("b", "anna"), ("c", "boris")] {
                try db.execute(
                    sql: "INSERT INTO session VALUES (?, ?, 'csrf', '2026-12-03T09:00:00Z', '2099-01-01T00:00:00Z')",
                    arguments: [String(repeating: token, count: 64), name])
            }
        }
        try queue.close()
        #expect(try user(["remove", "anna"], in: store).status == 0)
        let left = try HistoryFolder.inspect(store.database) { db in try String.fetchAll(db, sql: "SELECT manager FROM session") }
        #expect(left == ["boris"])
    }

    @Test(arguments: [
        ("", "the password is empty"), ("\n", "the password is empty"),
        (String(repeating: "x", count: 73), "73 bytes long"), ("a\u{0}b", "NUL"),
    ])
    func unusablePasswordsAreUsageErrors(_ input: String, _ message: String) throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let result = try user(["add", "anna", "--password-stdin"], in: store, input: input)
        #expect(result.status == 64, "\(result.errors)")
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(try user(["list"], in: store).output == "No managers.\n", "nothing is added")
    }

    @Test func aPasswordOfSeventyTwoBytesIsTaken() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        #expect(try user(["add", "anna", "--password-stdin"], in: store, input: String(repeating: "ж", count: 36)).status == 0)
    }

    @Test func withoutATerminalThePasswordMustComeOnStandardInput() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let result = try user(["add", "anna"], in: store)
        #expect(result.status == 64)
        #expect(result.errors.contains("--password-stdin"), "\(result.errors)")
    }

    @Test(arguments: ["", " anna", "anna ", "an\u{7}na", "an\u{200B}na", String(repeating: "n", count: 65)])
    func badNamesAreUsageErrors(_ name: String) throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        #expect(try user(["add", name, "--password-stdin"], in: store, input: "secret").status == 64)
        #expect(try user(["remove", name], in: store).status == 64)
    }

    @Test func aDamagedStoreIsExitTwo() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: store.database))
        for (arguments, input) in [(["add", "anna", "--password-stdin"], "secret"), (["list"], nil), (["remove", "anna"], nil)] {
            let result = try user(arguments, in: store, input: input)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.errors.contains("is damaged or not a partner-audit history"), "\(arguments): \(result.errors)")
        }
    }
}
