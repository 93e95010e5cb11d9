import ArgumentParser
import AuditStore
import Foundation
import PartnerAuditServer
import Programme

/// `partner-audit serve`: the self-check pages and the JSON API over HTTP.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the self-check page and the JSON API over HTTP.",
        discussion: """
            Writes "listening on http://HOST:PORT" to standard error once ready. SIGTERM or SIGINT stops it gracefully \
            (checks in flight finish) and it exits 0; a programme that fails to load, or a history that cannot be opened, \
            makes it exit 2. LOG_LEVEL=info logs one line per request (method, path, status, time; never a dossier's contents).
            With --database (else $\(StoreLocation.environmentVariable)), the history is on: managers sign in at /login \
            (see `partner-audit user add`) and review the partners at /manage; partners can submit applications. \
            Without either, only the self-check pages and API are served.
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 lets the system choose.")
    var port = 8080

    @Option(name: .customLong("program"), help: ArgumentHelp("Requirement schema to audit against.", valueName: "file"))
    var programFile: String?

    @OptionGroup var limits: LimitOptions

    @Option(name: .customLong("max-body"), help: "Largest request body, in MiB.")
    var maxBodyMiB = 64

    @Option(name: .customLong("max-attachments"), help: "Most attachments in one upload.")
    var maxAttachments = 200

    @Option(name: .customLong("max-bundle-entries"), help: "Most entries in a ZIP bundle.")
    var maxBundleEntries = 1000

    @Option(name: .customLong("max-bundle-size"), help: "Largest ZIP bundle once expanded, in MiB.")
    var maxBundleMiB = 64

    @Option(name: .customLong("max-ratio"), help: "Largest ratio of a bundle entry's expanded size to its compressed size.")
    var maxRatio = 100

    @Option(name: .customLong("audits"), help: "Audits run at once (default: one per core).")
    var auditsInFlight = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("queue"), help: "Requests that may wait beyond those; past that the answer is 503.")
    var auditQueue = 256

    @Option(name: .customLong("read-timeout"), help: "Seconds a client may leave its request unsent before it is dropped.")
    var readTimeout = 30

    @Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "The history, which switches on the managers' pages and the applications: "
                + "a file path, sqlite:PATH or postgres://USER@HOST:PORT/DB.",
            discussion: "Default: $\(StoreLocation.environmentVariable); without either, no history is served."),
        completion: .file())
    var database: String?

    @Option(name: .customLong("session-hours"), help: "Hours a manager's session lasts after signing in.")
    var sessionHours = 8

    @Flag(name: .customLong("secure-cookies"), help: "Mark the session cookie Secure: TLS ends at a proxy in front of the server.")
    var secureCookies = false

    @Flag(
        name: .customLong("trust-proxy"),
        help: "Take the client's address from X-Forwarded-For and https from X-Forwarded-Proto (only behind that proxy).")
    var trustProxy = false

    func validate() throws {
        let positive = [
            ("--max-body", maxBodyMiB), ("--max-bundle-size", maxBundleMiB), ("--max-ratio", maxRatio), ("--audits", auditsInFlight),
            ("--read-timeout", readTimeout), ("--session-hours", sessionHours),
        ]
        for (name, value) in positive where value < 1 {
            throw ValidationError("\(name) must be at least 1")
        }
        let counts = [("--max-attachments", maxAttachments), ("--max-bundle-entries", maxBundleEntries), ("--queue", auditQueue)]
        for (name, value) in counts where value < 0 {
            throw ValidationError("\(name) must not be negative")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let mebibyte = 1024 * 1024
        let configuration = ServerConfiguration(
            host: host, port: port, programFile: programFile,
            limits: UploadLimits(
                maxDossierBytes: limits.maxSizeMiB * mebibyte, maxBodyBytes: maxBodyMiB * mebibyte, maxAttachments: maxAttachments,
                maxBundleEntries: maxBundleEntries, maxBundleBytes: maxBundleMiB * mebibyte, maxCompressionRatio: maxRatio),
            auditsInFlight: auditsInFlight, auditQueue: auditQueue, readTimeoutSeconds: readTimeout, database: try location(),
            sessions: SessionSettings(lifetime: .seconds(sessionHours * 3600), secureCookies: secureCookies, trustProxy: trustProxy))
        do {
            try await runServer(configuration) { address in
                FileHandle.standardError.write(Data("listening on \(address)\n".utf8))
            }
        } catch let failure as ProgrammeLoadFailure {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(2)
        } catch let failure as HistoryError {
            throw historyFailure(failure)
        }
    }

    /// The history `--database` names, else `PARTNER_AUDIT_DATABASE`; none without either
    /// (the server does not fall back to the default file the other commands use).
    func location(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StoreLocation? {
        guard let named = database ?? environment[StoreLocation.environmentVariable].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return nil
        }
        do {
            return try StoreLocation.parse(named, environment: environment)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
