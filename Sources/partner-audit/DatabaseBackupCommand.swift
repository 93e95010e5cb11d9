import ArgumentParser
import AuditStore

/// `partner-audit db backup FILE`: a consistent copy of the history, taken while others write.
struct DatabaseBackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the SQLite history to FILE, while others keep writing.",
        discussion: """
            The copy is made with SQLite's online backup and written to a temporary file beside FILE, \
            renamed to FILE when complete. A PostgreSQL history is backed up with pg_dump.
            Exit status: 0 done, 2 the history cannot be opened, is damaged or the copy cannot be written, 64 usage error.
            """
    )

    @Argument(help: "The file to write the copy to (replaced if it exists).", completion: .file())
    var file: String

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        switch try database.location() {
        case .postgres(let location):
            throw ValidationError(
                "\(location) is a PostgreSQL database: back it up with pg_dump, e.g. "
                    + "pg_dump -h \(location.host) -p \(location.port) -U \(location.user) -Fc -f \(file) \(location.database)")
        case .sqlite(let path):
            do {
                let history = try SQLiteHistory(path: path)
                try history.backup(to: file)
                await history.close()
            } catch {
                throw historyFailure(error)
            }
            Terminal.standardError("backed up \(path) to \(file)")
        }
    }
}
