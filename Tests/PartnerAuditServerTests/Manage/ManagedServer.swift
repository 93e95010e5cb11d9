import Audit
import AuditStore
import Diagnostics
import DossierModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PartnerAudit
import PostgresNIO
import Testing
import _TestSupport

@testable import PartnerAuditServer

/// Where a test's history lives: SQLite in a temporary folder, or a fresh database on the
/// PostgreSQL server `PARTNER_AUDIT_TEST_POSTGRES` names.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let postgresURL = ProcessInfo.processInfo.environment["PARTNER_AUDIT_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// The kinds the tests run on here: SQLite, and PostgreSQL when a server is named.
    static var available: [StoreKind] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// A new empty store's location; `cleanUp` removes it.
    func makeLocation() async throws -> (location: StoreLocation, cleanUp: @Sendable () async -> Void) {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manage-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return (
                .sqlite(path: folder.appendingPathComponent("history.sqlite").path), { try? FileManager.default.removeItem(at: folder) }
            )
        case .postgres:
            let admin = try PostgresLocation(url: Self.postgresURL!, environment: ProcessInfo.processInfo.environment)
            let name = "manage_test_\(UUID().uuidString.prefix(8).lowercased())"
            try await Self.administer(admin, "CREATE DATABASE \(name)")
            var location = admin
            location.database = name
            return (.postgres(location), { try? await Self.administer(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") })
        }
    }

    /// Runs one statement on the database named by `location`.
    static func administer(_ location: PostgresLocation, _ statement: String) async throws {
        let client = PostgresClient(
            configuration: .init(
                host: location.host, port: location.port, username: location.user, password: location.password,
                database: location.database, tls: .disable))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            try await client.query(PostgresQuery(unsafeSQL: statement))
            group.cancelAll()
        }
    }
}

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        current = start
    }

    var now: Date { lock.withLock { current } }

    func advance(_ seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }
}

/// The server with a history of its own, a clock the test sets, and managers and
/// records put straight into the store.
struct ManagedServer: Sendable {
    let server: TestServer
    let store: any HistoryStore
    let clock: TestClock
    let settings: SessionSettings

    /// The server's router, on the store and the test's clock (a new one, with a new slow-down, each time).
    var router: Router<ServerRequestContext> {
        let clock = clock
        return buildRouter(service: server.service, store: ServerStore(history: store, now: { clock.now }), sessions: settings)
    }

    /// The managers every test has, and their passwords.
    static let managers = [("anna", "correct horse battery"), ("boris", "staple-2026")]

    /// Runs `body` with a server on a fresh store of `kind`, then closes and removes the store.
    static func with(
        _ kind: StoreKind = .sqlite, settings: SessionSettings = SessionSettings(), _ body: (ManagedServer) async throws -> Void
    ) async throws {
        let (location, cleanUp) = try await kind.makeLocation()
        let store: any HistoryStore
        do {
            store = try await location.open()
        } catch {
            await cleanUp()
            throw error
        }
        do {
            let clock = TestClock()
            let server = try TestServer()
            for (name, password) in managers {
                _ = try await store.addManager(named: name, passwordHash: hash(password), at: clock.now)
            }
            let managed = ManagedServer(server: server, store: store, clock: clock, settings: settings)
            try await body(managed)
        } catch {
            await store.close()
            await cleanUp()
            throw error
        }
        await store.close()
        await cleanUp()
    }

    /// A bcrypt hash of `password`, of the lowest cost (the tests check passwords, not the cost).
    static func hash(_ password: String) -> String {
        (try? PasswordHasher.hash(password, cost: 4)) ?? ""
    }

    /// The application the router tests drive.
    var application: some ApplicationProtocol {
        var logger = Logger(label: "partner-audit-test")
        logger.logLevel = .warning
        return Hummingbird.Application(router: router, logger: logger)
    }

    // MARK: - The history

    /// Records the audit of the sample `name` as of `asOf` (its partner renamed to `partnerName` when given).
    @discardableResult
    func record(_ name: String, asOf: String = TestServer.asOf, partnerName: String? = nil) async throws -> AuditRecord {
        let recording = try Self.recording(name, asOf: asOf, partnerName: partnerName, at: clock.now)
        let outcome = try #require(try await store.record([recording]).first)
        return try #require(try await store.record(id: outcome.id))
    }

    /// Files an application on the audit of the sample `name` for `tier`, as a partner's submission does.
    func submit(
        _ name: String, tier: String, id: String = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased(),
        asOf: String = TestServer.asOf, partnerName: String? = nil
    ) async throws -> AuditStore.Application {
        let recording = try Self.recording(name, asOf: asOf, partnerName: partnerName, at: clock.now, by: "partner:web", tier: tier)
        let application = NewApplication(
            id: id, tier: tier,
            receiptSHA256: SessionToken.sha256(SessionToken.random()), submittedAt: clock.now)
        return try await store.submit(application, recording: recording)
    }

    /// The recording of the sample `name`, audited as the command line audits it, its
    /// attachments read beside it, its file named `Samples/NAME`; a renamed partner's
    /// dossier is judged from a copy, its attachments not opened.
    static func recording(
        _ name: String, asOf: String, partnerName: String?, at date: Date, by: String = "cli:test", tier: String? = nil
    ) throws -> Recording {
        var path = TestServer.sample(name).path
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        if let partnerName {
            let original = try String(contentsOfFile: path, encoding: .utf8)
            let escaped = partnerName.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            let renamed = original.replacing(#/<name>[^<]*</name>/#, with: "<name>\(escaped)</name>", maxReplacements: 1)
            path = folder.appendingPathComponent(name).path
            try renamed.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let session = try AuditSession.make(checkAttachments: partnerName == nil)
        var audit = session.checkForHistory(file: path, asOf: CalendarDate(asOf)!, tier: tier)
        let file = "Samples/\(name)"
        func relative(_ diagnostic: Diagnostic) -> Diagnostic {
            var diagnostic = diagnostic
            if diagnostic.location.file == path { diagnostic.location.file = file }
            return diagnostic
        }
        audit.report.file = file
        audit.report.errors = audit.report.errors.map(relative)
        audit.report.warnings = audit.report.warnings.map(relative)
        let context = RecordingContext(programmeSHA256: try AuditSession.programmeSHA256(programFile: nil), recordedBy: by)
        return try #require(context.recording(of: audit, at: date))
    }
}
