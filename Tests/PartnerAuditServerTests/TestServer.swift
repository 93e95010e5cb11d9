import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ServiceLifecycle
import Testing

@testable import PartnerAuditServer

/// Files of the repository and a service set up for one test: its own temporary root,
/// limits and gate as the test chooses.
struct TestServer {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samples = repository.appendingPathComponent("Samples")

    static func sample(_ name: String) -> URL { samples.appendingPathComponent(name) }

    /// Every sample dossier, by name.
    static let sampleNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
    }()

    /// The date the tests audit on, so that no answer depends on the day the tests run.
    static let asOf = "2026-11-24"

    let configuration: ServerConfiguration
    let service: AuditService

    /// A server configured as the shipped one, then as `adjust` says.
    init(_ adjust: (inout ServerConfiguration) -> Void = { _ in }) throws {
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0)
        adjust(&configuration)
        self.configuration = configuration
        service = try AuditService(configuration: configuration)
    }

    /// The application the router tests drive.
    var application: some ApplicationProtocol {
        var logger = Logger(label: "partner-audit-test")
        logger.logLevel = .warning
        return Application(router: buildRouter(service: service), logger: logger)
    }

    /// Runs the whole application, as `serve` does (with `store`, as `serve --database`
    /// does), on a port of 127.0.0.1 the system gives, for `body`; then stops it gracefully.
    func live(store: ServerStore? = nil, _ body: (Int) async throws -> Void) async throws {
        var logger = Logger(label: "partner-audit-test")
        logger.logLevel = .warning
        let (ports, announce) = AsyncStream.makeStream(of: Int.self)
        let application = makeApplication(service, configuration, store: store, logger: logger) { address in
            announce.yield(Int(address.split(separator: ":").last ?? "") ?? 0)
        }
        let services = ServiceGroup(configuration: .init(services: [application], gracefulShutdownSignals: [], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            do {
                try await body(port)
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
            await services.triggerGracefulShutdown()
            try await group.waitForAll()
        }
    }
}

/// A `multipart/form-data` body built part by part (a class, so that tests hand it to
/// the concurrently running client as a constant).
final class MultipartBody: @unchecked Sendable {
    let boundary = "partner-audit-test-\(UUID().uuidString)"
    private(set) var bytes: [UInt8] = []

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    func file(_ name: String, filename: String, _ content: [UInt8], type: String = "application/octet-stream") {
        bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\n".utf8)
        bytes += Array("Content-Type: \(type)\r\n\r\n".utf8) + content + Array("\r\n".utf8)
    }

    func field(_ name: String, _ value: String) {
        bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }

    /// The body, closed.
    func closed() -> ByteBuffer {
        ByteBuffer(bytes: bytes + Array("--\(boundary)--\r\n".utf8))
    }

    /// A body with the sample `name` as its dossier and every file it names that exists beside it as attachments.
    static func sample(_ name: String) throws -> MultipartBody {
        let body = MultipartBody()
        let dossier = TestServer.sample(name)
        let bytes = try [UInt8](Data(contentsOf: dossier))
        body.file("dossier", filename: name, bytes, type: "application/xml")
        for path in attachmentPaths(in: String(decoding: bytes, as: UTF8.self)) {
            let file = TestServer.samples.appendingPathComponent(path)
            guard !path.hasPrefix("/"), !path.contains(".."), let content = try? Data(contentsOf: file) else { continue }
            body.file("attachment", filename: path, [UInt8](content))
        }
        return body
    }

    /// The relative paths a dossier's `href`, `image` and `document` attributes name, each once.
    static func attachmentPaths(in text: String) -> [String] {
        var seen: Set<String> = []
        return text.matches(of: #/(?:href|image|document)="([^"]+)"/#).map { String($0.1) }.filter { seen.insert($0).inserted }
    }
}

extension HTTPFields {
    /// Headers with the content type of `body`.
    static func multipart(_ body: MultipartBody) -> HTTPFields {
        [.contentType: body.contentType]
    }
}
