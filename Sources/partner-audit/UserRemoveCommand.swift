import ArgumentParser
import AuditStore

/// `partner-audit user remove NAME`: the manager may no longer sign in; their decisions stay.
struct UserRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a partner manager and end their sessions; their decisions stay recorded under their name.",
        discussion: "Exit status: 0 removed, 1 no manager of that name, 2 the history cannot be opened or written, 64 usage error."
    )

    @Argument(help: "The manager's name.")
    var name: ManagerName

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let name = name.text
        guard try await database.withHistory({ try await $0.removeManager(named: name) }) else {
            Terminal.standardError("error: no manager named \"\(name)\"")
            throw ExitCode(1)
        }
        Terminal.standardError("removed manager \"\(name)\" and ended their sessions")
    }
}
