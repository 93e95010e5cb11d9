import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PartnerAuditServer

/// What only a real connection shows: refusals sent before the body is, the queue's 503,
/// and a client too slow to send its request.
@Suite struct LiveServerTests {
    static let dossier = try! [UInt8](Data(contentsOf: TestServer.sample("preferred-borei.xml")))

    @Test func aDeclaredBodyOverTheLimitIsRefusedBeforeItIsSent() async throws {
        let server = try TestServer()
        try await server.live { port in
            let connection = try RawConnection(port: port)
            await connection.send("POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n")
            await connection.send("Content-Length: \(1 << 30)\r\n\r\n")
            let answer = try #require(await connection.answer())
            #expect(answer.status == 413)
            #expect(answer.body.contains("\"code\": \"body-too-large\""))

            let xml = try RawConnection(port: port)
            await xml.send("POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/xml\r\n")
            await xml.send("Content-Length: \(16 * 1024 * 1024 + 1)\r\n\r\n<?xml")
            let refused = try #require(await xml.answer())
            #expect(refused.status == 413)
            #expect(refused.body.contains("\"code\": \"dossier-too-large\""))
        }
    }

    @Test func aStreamedBodyIsRefusedAtTheLimitWhileStillBeingSent() async throws {
        let server = try TestServer { $0.limits.maxBodyBytes = 1024 * 1024 }
        try await server.live { port in
            let connection = try RawConnection(port: port)
            await connection.send("POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n")
            await connection.send("Transfer-Encoding: chunked\r\n\r\n")
            let head = Array("--x\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"a.pdf\"\r\n\r\n".utf8)
            let chunk = head + [UInt8](repeating: 1, count: 64 * 1024)
            // Two mebibytes in chunks, and no end: the answer cannot wait for the end.
            for _ in 0..<32 {
                guard await connection.send(Array(String(chunk.count, radix: 16).utf8) + Array("\r\n".utf8) + chunk + Array("\r\n".utf8))
                else { break }
            }
            let answer = try #require(await connection.answer())
            #expect(answer.status == 413)
            #expect(answer.body.contains("\"code\": \"body-too-large\""))
        }
    }

    @Test func aFullQueueAnswers503WithRetryAfter() async throws {
        let server = try TestServer {
            $0.auditsInFlight = 1
            $0.auditQueue = 0
        }
        try await server.live { port in
            // The first request holds the one place while its body is on its way.
            let first = try RawConnection(port: port)
            await first.send(
                "POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/xml\r\nContent-Length: \(Self.dossier.count)\r\n\r\n"
            )
            await first.send(Array(Self.dossier[..<100]))
            try await Self.waitUntil { await server.service.gate.admitted == 1 }

            let second = try RawConnection(port: port)
            await second.send(
                "POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/xml\r\nContent-Length: \(Self.dossier.count)\r\n\r\n"
            )
            await second.send(Self.dossier)
            let refused = try #require(await second.answer())
            #expect(refused.status == 503)
            #expect(refused.headers["retry-after"] == "1")
            #expect(refused.body.contains("\"code\": \"busy\""))

            await first.send(Array(Self.dossier[100...]))
            let answered = try #require(await first.answer())
            #expect(answered.status == 200)
            try await Self.waitUntil { await server.service.gate.admitted == 0 }

            // With the place free again, the next request is checked.
            await second.send(
                "POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/xml\r\nContent-Length: \(Self.dossier.count)\r\n\r\n"
            )
            await second.send(Self.dossier)
            #expect(try #require(await second.answer()).status == 200)
        }
    }

    @Test func aClientTooSlowToSendItsBodyIsDropped() async throws {
        let server = try TestServer { $0.readTimeoutSeconds = 1 }
        try await server.live { port in
            let connection = try RawConnection(port: port)
            await connection.send(
                "POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/xml\r\nContent-Length: 5000\r\n\r\n<?xml")
            #expect(await connection.isClosedByServer())
            try await Self.waitUntil { await server.service.gate.admitted == 0 }
        }
    }

    /// Waits, a little at a time, until `condition` holds (at most ten seconds).
    static func waitUntil(_ condition: () async -> Bool) async throws {
        for _ in 0..<1000 {
            if await condition() { return }
            try await Task.sleep(for: .milliseconds(10))
        }
        Issue.record("the condition never held")
    }
}
