import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PartnerAuditServer

/// Every refusal of `http.md`: its status, its code, its message in the language asked,
/// and nothing left in the temporary root after it.
@Suite struct ErrorAnswerTests {
    /// The error object of an answer.
    static func error(_ response: TestResponse) throws -> (status: Int, code: String, message: String) {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
        let error = try #require(json["error"] as? [String: Any])
        return (try #require(error["status"] as? Int), try #require(error["code"] as? String), try #require(error["message"] as? String))
    }

    /// Sends `body` to `/api/v1/check` + `query` and expects the refusal `code` with `status`.
    func expectRefusal(
        _ server: TestServer, query: String = "", headers: HTTPFields, body: ByteBuffer?, status: HTTPResponse.Status, code: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try await server.application.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/check\(query)", method: .post, headers: headers, body: body)
            #expect(response.status == status, sourceLocation: sourceLocation)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8", sourceLocation: sourceLocation)
            let error = try Self.error(response)
            #expect(error.status == Int(status.code), sourceLocation: sourceLocation)
            #expect(error.code == code, sourceLocation: sourceLocation)
            #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
        }
    }

    static let dossier = try! [UInt8](Data(contentsOf: TestServer.sample("preferred-borei.xml")))

    // MARK: - Parameters

    @Test(arguments: [
        ("?tier=gold", "bad-tier"), ("?asOf=2026-13-01", "bad-as-of"), ("?asOf=yesterday", "bad-as-of"), ("?lang=de", "bad-lang"),
        ("?skipAttachments=maybe", "bad-skip-attachments"),
    ])
    func badParametersAreRefused(_ query: String, _ code: String) async throws {
        let body = MultipartBody()
        body.file("dossier", filename: "d.xml", Self.dossier)
        try await expectRefusal(
            try TestServer(), query: query, headers: .multipart(body), body: body.closed(), status: .badRequest, code: code)
    }

    @Test func badFieldsAreRefusedToo() async throws {
        let body = MultipartBody()
        body.file("dossier", filename: "d.xml", Self.dossier)
        body.field("tier", "platinum")
        try await expectRefusal(try TestServer(), headers: .multipart(body), body: body.closed(), status: .badRequest, code: "bad-tier")
    }

    // MARK: - Parts

    @Test func noDossierPart() async throws {
        let body = MultipartBody()
        body.field("tier", "certified")
        try await expectRefusal(try TestServer(), headers: .multipart(body), body: body.closed(), status: .badRequest, code: "no-dossier")
    }

    @Test func twoDossierParts() async throws {
        let body = MultipartBody()
        body.file("dossier", filename: "a.xml", Self.dossier)
        body.file("dossier", filename: "b.xml", Self.dossier)
        try await expectRefusal(try TestServer(), headers: .multipart(body), body: body.closed(), status: .badRequest, code: "two-dossiers")
    }

    @Test func dossierAndBundle() async throws {
        let body = MultipartBody()
        body.file("dossier", filename: "a.xml", Self.dossier)
        body.file("bundle", filename: "a.zip", [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        try await expectRefusal(
            try TestServer(), headers: .multipart(body), body: body.closed(), status: .badRequest, code: "dossier-and-bundle")
    }

    @Test(arguments: ["../secret.pdf", "/etc/passwd", "attachments/../../x.pdf", "https://example.com/x.pdf", "attachments/..", ""])
    func attachmentNamesBreakingThePathRules(_ name: String) async throws {
        let body = MultipartBody()
        body.file("dossier", filename: "a.xml", Self.dossier)
        body.file("attachment", filename: name, Array("%PDF-1.4".utf8))
        // A part with no file name but with content names no file of the dossier either.
        try await expectRefusal(
            try TestServer(), headers: .multipart(body), body: body.closed(), status: .badRequest, code: "bad-attachment-name")
    }

    @Test func theSameAttachmentTwice() async throws {
        let body = MultipartBody()
        body.file("dossier", filename: "a.xml", Self.dossier)
        body.file("attachment", filename: "attachments/a.pdf", [1])
        body.file("attachment", filename: "attachments/./a.pdf", [2])
        try await expectRefusal(
            try TestServer(), headers: .multipart(body), body: body.closed(), status: .badRequest, code: "duplicate-attachment")
    }

    @Test func moreAttachmentsThanTheLimit() async throws {
        let body = MultipartBody()
        body.file("dossier", filename: "a.xml", Self.dossier)
        for index in 0...200 { body.file("attachment", filename: "attachments/\(index).pdf", [UInt8(index % 256)]) }
        try await expectRefusal(
            try TestServer(), headers: .multipart(body), body: body.closed(), status: .badRequest, code: "too-many-attachments")
    }

    @Test func exactlyTheLimitOfAttachmentsIsChecked() async throws {
        let server = try TestServer()
        let body = MultipartBody()
        body.file("dossier", filename: "a.xml", Self.dossier)
        for index in 0..<200 { body.file("attachment", filename: "attachments/\(index).pdf", [UInt8(index % 256)]) }
        try await server.application.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/check", method: .post, headers: .multipart(body), body: body.closed())
            #expect(response.status == .ok)
        }
    }

    @Test func aMultipartBodyThatEndsEarly() async throws {
        let body = MultipartBody()
        body.file("dossier", filename: "a.xml", Self.dossier)
        var truncated = body.closed()
        truncated.moveWriterIndex(to: truncated.writerIndex - 200)
        try await expectRefusal(try TestServer(), headers: .multipart(body), body: truncated, status: .badRequest, code: "bad-multipart")
    }

    @Test func aMultipartBodyCutAfterABoundary() async throws {
        let body = MultipartBody()
        body.file("dossier", filename: "a.xml", Self.dossier)
        body.file("attachment", filename: "attachments/a.pdf", Array("%PDF".utf8))
        var truncated = body.closed()
        truncated.moveWriterIndex(to: truncated.writerIndex - 60)
        try await expectRefusal(try TestServer(), headers: .multipart(body), body: truncated, status: .badRequest, code: "bad-multipart")
    }

    @Test func multipartWithoutBoundary() async throws {
        try await expectRefusal(
            try TestServer(), headers: [.contentType: "multipart/form-data"], body: ByteBuffer(string: "x"), status: .badRequest,
            code: "bad-multipart")
    }

    // MARK: - Media types and sizes

    @Test(arguments: ["text/plain", "application/json", "application/x-www-form-urlencoded", "image/png"])
    func otherMediaTypes(_ type: String) async throws {
        try await expectRefusal(
            try TestServer(), headers: [.contentType: type], body: ByteBuffer(bytes: Self.dossier), status: .unsupportedMediaType,
            code: "unsupported-media-type")
    }

    @Test func noMediaTypeAtAll() async throws {
        try await expectRefusal(
            try TestServer(), headers: [:], body: ByteBuffer(bytes: Self.dossier), status: .unsupportedMediaType,
            code: "unsupported-media-type")
    }

    @Test func aDossierOverMaxSizeAlone() async throws {
        let server = try TestServer { $0.limits.maxDossierBytes = 1024 * 1024 }
        let big = ByteBuffer(repeating: UInt8(ascii: " "), count: 1024 * 1024 + 1)
        try await expectRefusal(
            server, headers: [.contentType: "application/xml"], body: big, status: .contentTooLarge, code: "dossier-too-large")
    }

    @Test func aDossierOverMaxSizeInAForm() async throws {
        let server = try TestServer { $0.limits.maxDossierBytes = 1024 * 1024 }
        let body = MultipartBody()
        body.file("dossier", filename: "a.xml", [UInt8](repeating: UInt8(ascii: " "), count: 1024 * 1024 + 1))
        try await expectRefusal(server, headers: .multipart(body), body: body.closed(), status: .contentTooLarge, code: "dossier-too-large")
    }

    @Test func aDossierOfExactlyMaxSizeIsChecked() async throws {
        let server = try TestServer { $0.limits.maxDossierBytes = 1024 * 1024 }
        let dossier = Self.dossier + [UInt8](repeating: UInt8(ascii: "\n"), count: 1024 * 1024 - Self.dossier.count)
        try await server.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/check", method: .post, headers: [.contentType: "application/xml"], body: ByteBuffer(bytes: dossier))
            #expect(response.status == .ok)
        }
    }

    @Test func aBodyOverTheLimit() async throws {
        let server = try TestServer { $0.limits.maxBodyBytes = 2 * 1024 * 1024 }
        let body = MultipartBody()
        body.file("dossier", filename: "a.xml", Self.dossier)
        body.file("attachment", filename: "attachments/big.pdf", [UInt8](repeating: 7, count: 2 * 1024 * 1024))
        try await expectRefusal(server, headers: .multipart(body), body: body.closed(), status: .contentTooLarge, code: "body-too-large")
    }

    // MARK: - Routes

    @Test func unknownPathsAre404ErrorObjects() async throws {
        let server = try TestServer()
        try await server.application.test(.router) { client in
            for (uri, language) in [("/nowhere", "en"), ("/api/v1/nothing?lang=ru", "ru")] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound)
                let error = try Self.error(response)
                #expect(error.code == "not-found")
                #expect(error.message.contains("ничего") == (language == "ru"))
            }
        }
    }

    @Test func wrongMethodsAre405ErrorObjectsWithAllow() async throws {
        let server = try TestServer()
        try await server.application.test(.router) { client in
            for (uri, method, allowed) in [
                ("/api/v1/check", HTTPRequest.Method.get, "POST"), ("/api/v1/program", .post, "GET"), ("/check", .get, "POST"),
                ("/healthz", .delete, "GET"),
            ] {
                let response = try await client.execute(uri: uri, method: method, headers: [.acceptLanguage: "ru"])
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == allowed)
                let error = try Self.error(response)
                #expect(error.code == "method-not-allowed")
                #expect(error.message.contains("не отвечает"))
            }
        }
    }

    @Test func errorsSpeakTheLanguageAsked() async throws {
        let server = try TestServer()
        let body = MultipartBody()
        body.file("dossier", filename: "a.xml", Self.dossier)
        try await server.application.test(.router) { client in
            let english = try Self.error(
                try await client.execute(uri: "/api/v1/check?tier=gold", method: .post, headers: .multipart(body), body: body.closed()))
            let russian = try Self.error(
                try await client.execute(
                    uri: "/api/v1/check?tier=gold&lang=ru", method: .post, headers: .multipart(body), body: body.closed()))
            #expect(english.message.hasPrefix("tier=gold is not a tier"))
            #expect(russian.message.hasPrefix("tier=gold — такого уровня"))
            // An unknown lang is refused in the language of Accept-Language.
            var headers = HTTPFields.multipart(body)
            headers[.acceptLanguage] = "ru"
            let refused = try Self.error(
                try await client.execute(uri: "/api/v1/check?lang=xx", method: .post, headers: headers, body: body.closed()))
            #expect(refused.code == "bad-lang")
            #expect(refused.message.contains("такого языка"))
        }
    }
}

/// A multipart body is complete only with its closing delimiter, wherever the chunks split it.
@Suite struct ClosingDelimiterTests {
    @Test(arguments: [1, 2, 3, 7, 1000])
    func theDelimiterIsFoundAcrossChunks(_ size: Int) {
        let body = Array("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n".utf8)
        var watch = ClosingDelimiterWatch(boundary: "b")
        for start in stride(from: 0, to: body.count, by: size) {
            watch.scan(ByteBuffer(bytes: body[start..<min(start + size, body.count)]))
        }
        #expect(watch.seen)
        var cut = ClosingDelimiterWatch(boundary: "b")
        cut.scan(ByteBuffer(bytes: body.dropLast(4)))
        #expect(!cut.seen)
        var inside = ClosingDelimiterWatch(boundary: "b")
        inside.scan(ByteBuffer(string: "--b\r\n\r\ntext with --b-- inside"))
        #expect(!inside.seen)
    }
}
