import AuditStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import PartnerAuditServer

/// A server with the history switched on (`serve --database`), on a fresh store of one
/// kind, its clock fixed so that the dates it records do not depend on the day.
struct ReviewServer {
    let server: TestServer
    let store: ServerStore

    /// When every submission of the tests is made.
    static let now = Date(timeIntervalSince1970: 1_796_290_200)  // 2026-12-03T09:30:00Z
    /// When the tests' decisions are made.
    static let decidedAt = Date(timeIntervalSince1970: 1_796_393_100)  // 2026-12-04T14:05:00Z

    /// The application the router tests drive.
    var application: some ApplicationProtocol {
        var logger = Logger(label: "partner-audit-test")
        logger.logLevel = .warning
        return Hummingbird.Application(router: buildRouter(service: server.service, store: store), logger: logger)
    }

    /// Runs `body` with a server of `limits` on a fresh store of `kind`, then drops the store.
    @discardableResult
    static func with<Result>(
        _ kind: StoreKind, limits: UploadLimits = UploadLimits(), _ body: (ReviewServer) async throws -> Result
    ) async throws -> Result {
        let (location, cleanUp) = try await kind.makeLocation()
        let history = try await location.open()
        let review = ReviewServer(server: try TestServer { $0.limits = limits }, store: ServerStore(history: history, now: { now }))
        do {
            let result = try await body(review)
            await history.close()
            await cleanUp()
            return result
        } catch {
            await history.close()
            await cleanUp()
            throw error
        }
    }

    /// Submits `body` to `POST /api/v1/applications` + `query`, expecting 201; the answer as JSON, and its receipt.
    func submit(_ body: MultipartBody, query: String, client: some TestClientProtocol) async throws -> (id: String, receipt: String) {
        let response = try await client.execute(
            uri: "/api/v1/applications\(query)", method: .post, headers: .multipart(body), body: body.closed())
        #expect(response.status == .created)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
        return (try #require(json["id"] as? String), try #require(json["receipt"] as? String))
    }
}
