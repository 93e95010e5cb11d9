import ArgumentParser

/// `partner-audit db`: looking after the history itself.
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Look after the history database.",
        subcommands: [DatabaseBackupCommand.self]
    )
}
