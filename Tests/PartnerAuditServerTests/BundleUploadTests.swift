import Audit
import DossierModel
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import PartnerAudit
import Reports
import Testing
import ZIPFoundation

@testable import PartnerAuditServer

/// A dossier and its attachments sent as one ZIP bundle: the same report as beside its
/// files, and every hostile bundle refused before it is expanded.
@Suite struct BundleUploadTests {
    /// An archive holding `entries` (name, bytes), each compressed with `method`.
    static func zip(_ entries: [(String, Data)], method: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, bytes) in entries {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: method) {
                position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    /// The sample `name` and every file it names that exists beside it, as a bundle.
    static func sampleBundle(_ name: String) throws -> Data {
        let dossier = try Data(contentsOf: TestServer.sample(name))
        var entries = [(name, dossier)]
        for path in MultipartBody.attachmentPaths(in: String(decoding: dossier, as: UTF8.self))
        where !path.contains("..") && !path.hasPrefix("/") {
            if let bytes = try? Data(contentsOf: TestServer.samples.appendingPathComponent(path)) { entries.append((path, bytes)) }
        }
        return try zip(entries)
    }

    static func form(bundle: Data) -> MultipartBody {
        let body = MultipartBody()
        body.file("bundle", filename: "upload.zip", [UInt8](bundle), type: "application/zip")
        return body
    }

    static let dossier = try! Data(contentsOf: TestServer.sample("preferred-borei.xml"))

    @Test(arguments: ["preferred-borei.xml", "certified-brueckner.xml", "fail-tampered-papadopoulos.xml", "invalid-schema.xml"])
    func aBundleAnswersTheReportOfItsDossierBesideItsFiles(_ name: String) async throws {
        let server = try TestServer()
        let body = Self.form(bundle: try Self.sampleBundle(name))
        let expected = try APIParityTests.commandLineReport(name)
        try await server.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/check?asOf=\(TestServer.asOf)", method: .post, headers: .multipart(body), body: body.closed())
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == expected)
        }
    }

    @Test func theFormTakesABundle() async throws {
        let server = try TestServer()
        let body = Self.form(bundle: try Self.sampleBundle("preferred-borei.xml"))
        body.file("dossier", filename: "", [])
        body.file("attachment", filename: "", [])
        body.field("asOf", TestServer.asOf)
        try await server.application.test(.router) { client in
            let response = try await client.execute(uri: "/check", method: .post, headers: .multipart(body), body: body.closed())
            #expect(response.status == .ok)
            #expect(String(buffer: response.body).contains("<section id=\"verdict\" class=\"verdict eligible\">"))
        }
    }

    /// Sends `bundle` and expects the refusal `code` with `status`.
    func expectRefusal(
        _ bundle: Data, status: HTTPResponse.Status, code: String, server: TestServer? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let server = try server ?? TestServer()
        let body = Self.form(bundle: bundle)
        try await server.application.test(.router) { client in
            for language in ["en", "ru"] {
                let response = try await client.execute(
                    uri: "/api/v1/check?lang=\(language)", method: .post, headers: .multipart(body), body: body.closed())
                #expect(response.status == status, sourceLocation: sourceLocation)
                let error = try ErrorAnswerTests.error(response)
                #expect(error.code == code, sourceLocation: sourceLocation)
                #expect(error.message.contains("Архив") == (language == "ru"), "\(error.message)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func aZIPBombIsRefusedBeforeItIsExpanded() async throws {
        let bomb = try Self.zip([("dossier.xml", Self.dossier), ("attachments/zeros.pdf", Data(count: 20 * 1024 * 1024))])
        #expect(bomb.count < 1024 * 1024)
        try await expectRefusal(bomb, status: .contentTooLarge, code: "bundle-too-large")
    }

    @Test func aBundleLargerThanItsLimitOnceExpanded() async throws {
        let server = try TestServer { $0.limits.maxBundleBytes = 256 * 1024 }
        let noise = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })
        try await expectRefusal(
            try Self.zip([("dossier.xml", Self.dossier), ("attachments/noise.bin", noise)], method: .none), status: .contentTooLarge,
            code: "bundle-too-large", server: server)
    }

    @Test func moreEntriesThanTheLimit() async throws {
        let server = try TestServer { $0.limits.maxBundleEntries = 3 }
        let entries = [("dossier.xml", Self.dossier)] + (0..<3).map { ("attachments/\($0).pdf", Data([UInt8($0)])) }
        try await expectRefusal(try Self.zip(entries), status: .contentTooLarge, code: "bundle-too-large", server: server)
    }

    @Test func aSymbolicLinkInABundle() async throws {
        let archive = try Archive(accessMode: .create)
        let dossier = Self.dossier
        try archive.addEntry(with: "dossier.xml", type: .file, uncompressedSize: Int64(dossier.count)) { position, size in
            dossier.subdata(in: Int(position)..<Int(position) + size)
        }
        let target = Data("/etc/passwd".utf8)
        try archive.addEntry(with: "attachments/nda.pdf", type: .symlink, uncompressedSize: Int64(target.count)) { _, _ in target }
        try await expectRefusal(try #require(archive.data), status: .badRequest, code: "bad-bundle")
    }

    @Test(arguments: ["../escape.pdf", "/etc/cron.d/x", "attachments/../../up.pdf"])
    func unsafeNamesInABundle(_ name: String) async throws {
        try await expectRefusal(try Self.zip([("dossier.xml", Self.dossier), (name, Data([1]))]), status: .badRequest, code: "bad-bundle")
    }

    @Test func theSameNameTwice() async throws {
        let entries = [("dossier.xml", Self.dossier), ("attachments/a.pdf", Data([1])), ("attachments/a.pdf", Data([2]))]
        try await expectRefusal(try Self.zip(entries), status: .badRequest, code: "bad-bundle")
    }

    @Test func noDossierOrTwoOfThem() async throws {
        try await expectRefusal(try Self.zip([("attachments/a.pdf", Data([1]))]), status: .badRequest, code: "bad-bundle")
        try await expectRefusal(try Self.zip([("a.xml", Self.dossier), ("b.xml", Self.dossier)]), status: .badRequest, code: "bad-bundle")
        try await expectRefusal(try Self.zip([("folder/dossier.xml", Self.dossier)]), status: .badRequest, code: "bad-bundle")
    }

    @Test func somethingThatIsNotAZIP() async throws {
        try await expectRefusal(Self.dossier, status: .badRequest, code: "bad-bundle")
        let zip = try Self.zip([("dossier.xml", Self.dossier)])
        try await expectRefusal(zip.prefix(zip.count / 2), status: .badRequest, code: "bad-bundle")
    }

    @Test func aBundleWithAttachmentPartsOrTwoBundles() async throws {
        let server = try TestServer()
        let zip = try Self.sampleBundle("preferred-borei.xml")
        let withAttachment = Self.form(bundle: zip)
        withAttachment.file("attachment", filename: "attachments/a.pdf", [1])
        let twice = Self.form(bundle: zip)
        twice.file("bundle", filename: "again.zip", [UInt8](zip))
        try await server.application.test(.router) { client in
            for (body, code) in [(withAttachment, "dossier-and-bundle"), (twice, "bad-bundle")] {
                let response = try await client.execute(uri: "/api/v1/check", method: .post, headers: .multipart(body), body: body.closed())
                #expect(response.status == .badRequest)
                #expect(try ErrorAnswerTests.error(response).code == code)
            }
        }
    }
}
