import ArgumentParser
import AuditStore
import Foundation
import Programme

/// `partner-audit user list`: the managers, by name, with when each was added.
struct UserListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the partner managers, by name, with when each was added.",
        discussion: "Exit status: 0 done, 2 the history cannot be opened or is damaged, 64 usage error."
    )

    /// The formats of the list.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .customLong("lang"), help: "Language of the text list: en or ru.")
    var language: Language = .english

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let managers = try await database.withHistory { try await $0.managers() }
        print(format == .json ? Self.json(managers) : Self.text(managers, language: language), terminator: "")
    }

    /// `{"managers": [{"name", "createdAt"}]}`, times in ISO 8601 (UTC).
    static func json(_ managers: [Manager]) -> String {
        struct Listing: Encodable {
            struct Entry: Encodable {
                let name: String
                let createdAt: String
            }
            let managers: [Entry]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let listing = Listing(managers: managers.map { .init(name: $0.name, createdAt: $0.createdAt.formatted(.iso8601)) })
        return String(decoding: (try? encoder.encode(listing)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }

    /// A title, then one line per manager: the name, and when they were added (UTC).
    static func text(_ managers: [Manager], language: Language) -> String {
        let russian = language == .russian
        guard !managers.isEmpty else { return (russian ? "Менеджеров нет." : "No managers.") + "\n" }
        let heading = russian ? ["Менеджер", "Добавлен (UTC)"] : ["Manager", "Added (UTC)"]
        let rows = [heading] + managers.map { [$0.name, Self.time($0.createdAt)] }
        let width = rows.map(\.[0].count).max() ?? 0
        return rows.map { $0[0] + String(repeating: " ", count: width - $0[0].count + 2) + $0[1] }.joined(separator: "\n") + "\n"
    }

    /// `2026-12-03 09:00:00`.
    private static func time(_ date: Date) -> String {
        String(date.formatted(.iso8601).replacingOccurrences(of: "T", with: " ").dropLast())
    }
}
