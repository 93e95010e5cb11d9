import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PartnerAuditServer

/// The hostile dossiers of the command line's tests, uploaded: each is answered 200 with
/// `valid: false` and its errors, nothing is fetched or left behind, and the server goes on serving.
@Suite struct HostileUploadTests {
    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"

    static let dossiers: [(String, [UInt8])] = {
        var laughs = #"<!ENTITY lol0 "lollollollollollollollollollol">"#
        for level in 1...9 { laughs += "<!ENTITY lol\(level) \"\(String(repeating: "&lol\(level - 1);", count: 10))\">" }
        let big = String(repeating: "x", count: 100_000)
        var utf16: [UInt8] = []
        for unit in "<d/>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        return [
            ("billion laughs", Array("\(head)<!DOCTYPE d [\(laughs)]><d>&lol9;</d>".utf8)),
            (
                "quadratic blow-up",
                Array("\(head)<!DOCTYPE d [<!ENTITY big \"\(big)\">]><d>\(String(repeating: "&big;", count: 100_000))</d>".utf8)
            ),
            ("external entity", Array("\(head)<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><d>&xxe;</d>".utf8)),
            (
                "parameter entity",
                Array("\(head)<!DOCTYPE d [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %remote;]><d/>".utf8)
            ),
            ("external DTD", Array("\(head)<!DOCTYPE d SYSTEM \"http://127.0.0.1:9/d.dtd\"><d/>".utf8)),
            ("huge nesting", Array((head + String(repeating: "<d>", count: 100_000) + String(repeating: "</d>", count: 100_000)).utf8)),
            ("flood of elements", Array("\(head)<d>\(String(repeating: "<a/>", count: 400_000))</d>".utf8)),
            ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]),
            ("PDF", Array("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".utf8)),
            ("not UTF-8", Array("\(head)\n<d>caf".utf8) + [0xC3, 0x28] + Array("</d>".utf8)),
            ("UTF-16 without BOM", utf16),
            ("Latin-1 declared", Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><d/>"#.utf8)),
            ("NUL byte", Array("\(head)<d>ab".utf8) + [0] + Array("cd</d>".utf8)),
            ("truncated", Array("\(head)\n<dossier>\n  <partner id=\"KP-1\">\n    <name>Acme".utf8)),
            ("empty", []),
            ("duplicate attributes", Array("\(head)\n<d a=\"1\" a=\"2\"/>".utf8)),
        ]
    }()

    @Test func everyHostileDossierIsAnsweredAsInvalidAndTheServerGoesOn() async throws {
        let server = try TestServer()
        try await server.application.test(.router) { client in
            for (name, bytes) in Self.dossiers {
                for multipart in [false, true] {
                    let form = MultipartBody()
                    form.file("dossier", filename: "hostile.xml", bytes)
                    let response = try await client.execute(
                        uri: "/api/v1/check", method: .post,
                        headers: multipart ? .multipart(form) : [.contentType: "application/xml"],
                        body: multipart ? form.closed() : ByteBuffer(bytes: bytes))
                    #expect(response.status == .ok, "\(name)")
                    let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                    #expect(json["valid"] as? Bool == false, "\(name)")
                    #expect((json["errors"] as? [Any])?.isEmpty == false, "\(name)")
                    #expect(!String(buffer: response.body).contains("root:x:0:0"), "\(name)")
                }
            }
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            #expect(String(buffer: health.body) == "ok")
        }
    }

    @Test func aFiftyMebibyteDossierIsRefusedBySizeNotRead() async throws {
        let server = try TestServer()
        let body = Array("\(Self.head)<d>".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024) + Array("</d>".utf8)
        try await server.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/check", method: .post, headers: [.contentType: "application/xml"], body: ByteBuffer(bytes: body))
            #expect(response.status == .contentTooLarge)
            #expect(try ErrorAnswerTests.error(response).code == "dossier-too-large")
        }
    }
}
