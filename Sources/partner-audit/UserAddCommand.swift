import ArgumentParser
import AuditStore
import Foundation

/// `partner-audit user add NAME`: a new manager, with a bcrypt hash of the password.
struct UserAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a partner manager who may sign in to the managers' pages.",
        discussion: """
            The password is asked twice, without echo, when standard input is a terminal; else it is read \
            from standard input with --password-stdin (one final line break dropped). It must not be empty, \
            nor longer than \(PasswordHasher.maximumBytes) bytes. Only its bcrypt hash (cost \(PasswordHasher.defaultCost)) is stored.
            Exit status: 0 added, 1 a manager of that name exists, 2 the history cannot be opened or written, 64 usage error.
            """
    )

    @Argument(help: "The manager's name: 1 to \(ManagerName.maximumLength) printable characters, no spaces at either end.")
    var name: ManagerName

    @Flag(name: .customLong("password-stdin"), help: "Read the password from standard input.")
    var passwordFromStandardInput = false

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let name = name.text
        let added = try await database.withHistory { store -> Bool in
            if try await store.manager(named: name) != nil { return false }
            let password = try PasswordInput.read(for: name, fromStandardInput: passwordFromStandardInput)
            let hash = try PasswordHasher.hash(password)
            return try await store.addManager(named: name, passwordHash: hash, at: Date())
        }
        guard added else {
            Terminal.standardError("error: a manager named \"\(name)\" exists already")
            throw ExitCode(1)
        }
        Terminal.standardError("added manager \"\(name)\"")
    }
}
