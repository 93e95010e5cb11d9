import AuditStore
import DossierModel
import Foundation
import Logging
import PartnerAudit
import PostgresNIO
import Testing

/// The repository's shipped samples, audited for the history.
enum SampleRecordings {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func sample(_ name: String) -> String { repository.appendingPathComponent("Samples/\(name)").path }

    static let session: AuditSession = try! AuditSession.make()
    static let context = RecordingContext(programmeSHA256: try! AuditSession.programmeSHA256(programFile: nil), recordedBy: "cli:tester")

    /// The recording of one sample audited on `asOf`.
    static func recording(_ name: String, asOf: String, by: String = "cli:tester") -> Recording {
        let audit = session.checkForHistory(file: sample(name), asOf: CalendarDate(asOf)!)
        var context = context
        context.recordedBy = by
        return context.recording(of: audit, at: Date(timeIntervalSince1970: 1_795_000_000))!
    }
}

/// A fresh, empty store of one kind, and how to drop it.
enum StoreKind: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// The PostgreSQL server the tests use: `PARTNER_AUDIT_TEST_POSTGRES`, a `postgres://` URL.
    static let postgresURL = ProcessInfo.processInfo.environment["PARTNER_AUDIT_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// A new empty store's location; `cleanUp` removes it.
    func makeLocation() async throws -> (location: StoreLocation, cleanUp: @Sendable () async -> Void) {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("history-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return (
                .sqlite(path: folder.appendingPathComponent("history.sqlite").path), { try? FileManager.default.removeItem(at: folder) }
            )
        case .postgres:
            let admin = try PostgresLocation(url: Self.postgresURL!, environment: ProcessInfo.processInfo.environment)
            let name = "history_test_\(UUID().uuidString.prefix(8).lowercased())"
            try await Self.administer(admin, "CREATE DATABASE \(name)")
            var location = admin
            location.database = name
            return (.postgres(location), { try? await Self.administer(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") })
        }
    }

    /// Runs one statement on the server's database named by `location`.
    static func administer(_ location: PostgresLocation, _ statement: String) async throws {
        _ = try await query(location, statement)
    }

    /// The rows of `statement` on the database named by `location`, their first column as text.
    @discardableResult
    static func query(_ location: PostgresLocation, _ statement: String) async throws -> [String] {
        let client = PostgresClient(
            configuration: .init(
                host: location.host, port: location.port, username: location.user, password: location.password,
                database: location.database, tls: .disable))
        return try await withThrowingTaskGroup(of: [String]?.self) { group in
            group.addTask {
                await client.run()
                return nil
            }
            var rows: [String] = []
            for try await row in try await client.query(PostgresQuery(unsafeSQL: statement)) {
                rows.append((try? row.decode(String?.self)).flatMap { $0 } ?? "")
            }
            group.cancelAll()
            return rows
        }
    }
}

extension StoreKind {
    /// Runs `check` on a fresh store of this kind, cleaning it up whatever the outcome.
    func run(_ check: @Sendable (StoreLocation) async throws -> Void) async throws {
        let (location, cleanUp) = try await makeLocation()
        do {
            try await check(location)
            await cleanUp()
        } catch {
            await cleanUp()
            throw error
        }
    }
}

extension StoreLocation {
    /// Opens the store, runs `body` on it and closes it, whatever the outcome.
    func withStore<T>(_ body: (any HistoryStore) async throws -> T) async throws -> T {
        let store = try await open()
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }
}
