import Diagnostics
import DossierXML
import Foundation
import Testing

/// Every kind of hostile or broken input the parser faces: each ends in a clear
/// diagnostic (or, for UTF-16 with a BOM, a normal tree), never a crash, a fetch
/// or a file read.
@Suite struct HostileInputTests {
    private let head = #"<?xml version="1.0" encoding="UTF-8"?>"#

    private func failure(_ text: String, limits: XMLLimits = XMLLimits()) throws -> [Diagnostic] {
        try failure(Array(text.utf8), limits: limits)
    }

    private func failure(_ bytes: [UInt8], limits: XMLLimits = XMLLimits()) throws -> [Diagnostic] {
        do {
            _ = try XMLTree.parse(bytes: bytes, file: "hostile.xml", limits: limits)
        } catch {
            #expect(!error.diagnostics.isEmpty)
            for diagnostic in error.diagnostics {
                #expect(diagnostic.file == "hostile.xml")
                #expect(diagnostic.line >= 1 && diagnostic.column >= 1)
            }
            return error.diagnostics
        }
        Issue.record("the input was accepted")
        return []
    }

    private func messages(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(\.message).joined(separator: "\n")
    }

    @Test func billionLaughsIsStoppedByEntityLimits() throws {
        var declarations = #"<!ENTITY lol0 "lollollollollollollollollollol">"#
        for level in 1...9 {
            let previous = "&lol\(level - 1);"
            declarations += "<!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">"
        }
        let clock = ContinuousClock.now
        let diagnostics = try failure("\(head)<!DOCTYPE d [\(declarations)]><d>&lol9;</d>")
        #expect(ContinuousClock.now - clock < .seconds(10))
        #expect(messages(diagnostics).localizedCaseInsensitiveContains("entit"))
    }

    @Test func quadraticBlowUpIsStopped() throws {
        let big = String(repeating: "x", count: 100_000)
        let references = String(repeating: "&big;", count: 100_000)
        let clock = ContinuousClock.now
        let diagnostics = try failure("\(head)<!DOCTYPE d [<!ENTITY big \"\(big)\">]><d>\(references)</d>")
        #expect(ContinuousClock.now - clock < .seconds(10))
        #expect(messages(diagnostics).localizedCaseInsensitiveContains("entit"))
    }

    @Test func aFloodOfTinyElementsIsStopped() throws {
        // 1.6 MB of empty elements: as a tree, many times its size.
        let flood = String(repeating: "<a/>", count: 400_000)
        let diagnostics = try failure("\(head)<d>\(flood)</d>")
        #expect(messages(diagnostics).contains("times its size in memory"))
    }

    @Test func manyDistinctNamespacesCostLinearTime() throws {
        let count = 100_000
        let elements = (0..<count).map { "<a xmlns=\"urn:n\($0)\"/>" }.joined()
        let clock = ContinuousClock.now
        let tree = try XMLTree.parse(bytes: Array("\(head)<d>\(elements)</d>".utf8), file: "namespaces.xml")
        #expect(ContinuousClock.now - clock < .seconds(10))
        #expect(tree.root.children.count == count)
        #expect(tree.root.children.last?.namespaceURI == "urn:n\(count - 1)")
    }

    @Test func aFloodOfWarningsIsListedUpToTheLimitThenCounted() throws {
        // Each relative namespace URI is a warning.
        let elements = (0..<300).map { "<a xmlns=\"n\($0)\"/>" }.joined(separator: "\n")
        let tree = try XMLTree.parse(bytes: Array("\(head)\n<d>\n\(elements)</d>".utf8), file: "warnings.xml")
        #expect(tree.warnings.count == 101)
        let last = try #require(tree.warnings.last)
        #expect(last.severity == .warning)
        #expect(last.message == "200 more warnings from here on not listed")
        #expect(last.line == 103)
    }

    @Test func internalEntitiesWithinLimitsAreExpanded() throws {
        let tree = try XMLTree.parse(
            bytes: Array("\(head)<!DOCTYPE d [<!ENTITY co \"Acme s.r.o.\">]><d name=\"&co;\">&co; &amp; partners</d>".utf8),
            file: "entities.xml")
        #expect(tree.root.attribute("name") == "Acme s.r.o.")
        #expect(tree.root.text == "Acme s.r.o. & partners")
    }

    @Test func externalEntityCannotReadALocalFile() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("partner-audit-secret-\(UUID().uuidString)")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let document = "\(head)<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file://\(secret.path)\">]><d>&xxe;</d>"
        let diagnostics = try failure(document)
        #expect(messages(diagnostics).contains("external entity \"xxe\" is not allowed"))
        #expect(!messages(diagnostics).contains("TOP-SECRET"))
    }

    @Test func unusedExternalEntityDeclarationIsRefused() throws {
        let diagnostics = try failure("\(head)<!DOCTYPE d [<!ENTITY unused SYSTEM \"notes.txt\">]><d/>")
        #expect(messages(diagnostics).contains("external entity \"unused\""))
        #expect(diagnostics.first?.line == 1)
    }

    @Test func parameterEntityXXEIsRefusedAndNothingIsFetched() throws {
        let server = try LoopbackListener()
        let document = """
            \(head)
            <!DOCTYPE d [
              <!ENTITY % remote SYSTEM "http://127.0.0.1:\(server.port)/evil.dtd">
              %remote;
            ]>
            <d/>
            """
        let diagnostics = try failure(document)
        #expect(messages(diagnostics).contains("external entity \"remote\""))
        #expect(diagnostics.first?.line == 3)
        #expect(server.connectionAttempts() == 0)
    }

    @Test func externalDTDIsRefusedAndNothingIsFetched() throws {
        let server = try LoopbackListener()
        let document = "\(head)\n<!DOCTYPE d SYSTEM \"http://127.0.0.1:\(server.port)/dossier.dtd\">\n<d/>"
        let diagnostics = try failure(document)
        #expect(messages(diagnostics).contains("external DTD"))
        #expect(diagnostics.first?.line == 2)
        #expect(server.connectionAttempts() == 0)
    }

    @Test func xIncludeIsNeverProcessed() throws {
        let document = """
            \(head)<d xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/passwd" parse="text"/></d>
            """
        let tree = try XMLTree.parse(bytes: Array(document.utf8), file: "xinclude.xml")
        let include = try #require(tree.root.children.first)
        #expect(include.name == "include")
        #expect(include.namespaceURI == "http://www.w3.org/2001/XInclude")
        #expect(!tree.root.text.contains("root:"))
    }

    @Test func deepNestingHitsTheDepthLimit() throws {
        let depth = 100_000
        let document = head + String(repeating: "<d>", count: depth) + String(repeating: "</d>", count: depth)
        let diagnostics = try failure(document)
        #expect(messages(diagnostics).localizedCaseInsensitiveContains("depth"))
    }

    @Test func fiftyMegabyteTextNodeIsRefusedBySize() throws {
        let document = Array("\(head)<d>".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024) + Array("</d>".utf8)
        let diagnostics = try failure(document)
        #expect(messages(diagnostics).contains("the limit is \(XMLLimits.defaultMaxBytes) bytes"))
    }

    @Test func invalidUTF8IsRefusedWithItsPosition() throws {
        let document = Array("\(head)\n<d>caf".utf8) + [0xC3, 0x28] + Array("</d>".utf8)
        let diagnostics = try failure(document)
        #expect(messages(diagnostics).contains("UTF-8"))
        #expect(diagnostics.first?.line == 2)
    }

    @Test func utf16WithBOMIsAccepted() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><d name=\"Nováková\">Ahoj</d>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let tree = try XMLTree.parse(bytes: bytes, file: "utf16.xml")
        #expect(tree.root.attribute("name") == "Nováková")
        #expect(tree.root.text == "Ahoj")
    }

    @Test func utf16WithoutBOMIsRefused() throws {
        var bytes: [UInt8] = []
        for unit in "<d/>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(messages(try failure(bytes)).contains("byte order mark"))
    }

    @Test func otherDeclaredEncodingIsRefused() throws {
        let diagnostics = try failure(#"<?xml version="1.0" encoding="ISO-8859-1"?><d/>"#)
        #expect(messages(diagnostics).contains("ISO-8859-1"))
        #expect(diagnostics.first?.column == 31)
    }

    @Test func nulBytesAreRefused() throws {
        let document = Array("\(head)<d>ab".utf8) + [0] + Array("cd</d>".utf8)
        #expect(!(try failure(document)).isEmpty)
    }

    @Test func truncatedFileIsRefusedAtItsEnd() throws {
        let diagnostics = try failure("\(head)\n<dossier>\n  <partner id=\"KP-1\">\n    <name>Acme")
        #expect(diagnostics.contains { $0.line == 4 })
    }

    @Test func emptyFileIsRefused() throws {
        #expect(messages(try failure("")) == "the file is empty")
    }

    @Test func pngGivenAsDossierIsNamed() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        #expect(messages(try failure(png)) == "this is a PNG image, not an XML document")
    }

    @Test func pdfGivenAsDossierIsNamed() throws {
        #expect(messages(try failure("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")) == "this is a PDF document, not an XML document")
    }

    @Test func duplicateAttributesAreRefused() throws {
        let diagnostics = try failure("\(head)\n<d a=\"1\" a=\"2\"/>")
        #expect(messages(diagnostics).contains("redefined"))
        #expect(diagnostics.first?.line == 2)
    }

    @Test func missingFileIsADiagnosticNotACrash() throws {
        do {
            _ = try XMLTree.parse(file: "/nonexistent/dossier.xml")
            Issue.record("a missing file was accepted")
        } catch {
            #expect(error.diagnostics.first?.message.contains("No such file") == true)
            #expect(error.diagnostics.first?.file == "/nonexistent/dossier.xml")
        }
    }

    @Test func endlessDeviceIsRefusedBySize() throws {
        do {
            _ = try XMLTree.parse(file: "/dev/zero", limits: XMLLimits(maxBytes: 1024))
            Issue.record("/dev/zero was accepted")
        } catch {
            #expect(error.diagnostics.first?.message.contains("the limit is 1024 bytes") == true)
        }
    }
}
