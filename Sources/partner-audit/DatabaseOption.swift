import ArgumentParser
import AuditStore
import PartnerAudit
import Programme
import Reports

/// `--database URL`, for every command that reads or writes the history.
struct DatabaseOption: ParsableArguments {
    @Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "The history: a file path, sqlite:PATH or postgres://USER@HOST:PORT/DB.",
            discussion: "Default: $\(StoreLocation.environmentVariable), else \(StoreLocation.defaultPath())."),
        completion: .file())
    var url: String?

    /// Where the history lives; a value that names no usable store is a usage error.
    func location() throws -> StoreLocation {
        do {
            return try StoreLocation.resolve(option: url)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Runs `body` with the history open, and closes it; when the history cannot be opened
    /// or fails, says why and ends with exit status 2.
    func withHistory<T>(_ body: (any HistoryStore) async throws -> T) async throws -> T {
        let location = try location()
        let history: any HistoryStore
        do {
            history = try await location.open()
        } catch {
            throw historyFailure(error)
        }
        do {
            let result = try await body(history)
            await history.close()
            return result
        } catch let error as HistoryError {
            await history.close()
            throw historyFailure(error)
        } catch {
            await history.close()
            throw error
        }
    }
}

/// Says what went wrong with the history on standard error; the command ends with exit status 2.
func historyFailure(_ error: HistoryError) -> ExitCode {
    Terminal.standardError("error: \(error)")
    return ExitCode(2)
}

/// The options of the commands that list the history.
struct HistoryListingOptions: ParsableArguments {
    @Option(help: "Output format: \(HistoryFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: HistoryFormat = .text

    @Option(name: .customLong("lang"), help: "Language of the listing: en or ru.")
    var language: Language = .english

    @Option(name: .customLong("program"), help: ArgumentHelp("Programme whose tier order and labels to use.", valueName: "file"))
    var programFile: String?

    @OptionGroup var database: DatabaseOption

    /// The renderer for these options, with the programme's tier labels in the listing's language.
    func renderer(session: AuditSession) -> HistoryRenderer {
        let labels = Dictionary(uniqueKeysWithValues: session.programme.tiers.map { ($0.id, $0.label.text(language)) })
        return HistoryRenderer(format: format, language: language, tierLabels: labels)
    }

    /// The programme the listing ranks tiers by.
    func session() throws -> AuditSession {
        try AuditSession.make(programFile: programFile, language: language)
    }
}

extension HistoryFormat: ExpressibleByArgument {}
