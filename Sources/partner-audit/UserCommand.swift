import ArgumentParser
import AuditStore
import Foundation

/// `partner-audit user`: the partner managers who may sign in to the managers' pages.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, list or remove the partner managers who may sign in to the managers' pages.",
        subcommands: [UserAddCommand.self, UserListCommand.self, UserRemoveCommand.self]
    )
}

/// A manager's name as the user commands take it.
struct ManagerName: ExpressibleByArgument, Sendable {
    /// The longest name, in characters.
    static let maximumLength = 64

    let text: String

    /// A name is 1 to 64 characters, printable, without spaces at either end.
    init?(argument: String) {
        guard !argument.isEmpty, argument.count <= Self.maximumLength,
            !argument.unicodeScalars.contains(where: {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
            }),
            argument.trimmingCharacters(in: .whitespacesAndNewlines) == argument
        else { return nil }
        text = argument
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
