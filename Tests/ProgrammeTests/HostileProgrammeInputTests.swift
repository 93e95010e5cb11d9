import Diagnostics
import DossierXML
import Foundation
import Programme
import Testing

/// Whatever is passed as a programme file ends in diagnostics, never a crash or a read
/// of anything but the file itself.
@Suite struct HostileProgrammeInputTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("programme-\(UUID().uuidString).xml")
        try Data(bytes).write(to: url)
        return url
    }

    private func refusal(ofFileWith bytes: [UInt8]) throws -> [Diagnostic] {
        let url = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        let diagnostics = ProgrammeFixtures.refusal(try ProgrammeFixtures.loader().load(file: url.path))
        #expect(diagnostics.allSatisfy { $0.file == url.path && $0.line >= 1 && $0.column >= 1 })
        return diagnostics
    }

    /// Inputs the programme fuzzer found (they leaked the validator's state): refused as
    /// not well-formed, at the line of the fault.
    @Test(arguments: [
        ("programme-invalid-utf8-mid-document.xml", 58, "not proper UTF-8"),
        ("programme-xml-declaration-mid-document.xml", 164, "XML declaration allowed only at the start"),
    ])
    func fuzzFindings(_ name: String, line: Int, message: String) throws {
        let path = ProgrammeFixtures.testsFolder.appendingPathComponent("Fixtures/fuzz-findings/\(name)").path
        let diagnostics = ProgrammeFixtures.refusal(try ProgrammeFixtures.loader().load(file: path))
        let first = try #require(diagnostics.first)
        #expect(first.line == line)
        #expect(first.message.contains(message))
    }

    @Test func pdf() throws {
        let diagnostics = try refusal(ofFileWith: Array("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("PDF") == true)
    }

    @Test func emptyFile() throws {
        let diagnostics = try refusal(ofFileWith: [])
        #expect(diagnostics.map(\.message) == ["the file is empty"])
    }

    @Test func missingFileAndFolder() throws {
        let loader = try ProgrammeFixtures.loader()
        let missing = ProgrammeFixtures.refusal(loader.load(file: "/nonexistent/program.xml"))
        #expect(missing.first?.message.hasPrefix("cannot open") == true)
        let folder = ProgrammeFixtures.refusal(loader.load(file: FileManager.default.temporaryDirectory.path))
        #expect(!folder.isEmpty)
    }

    @Test func externalEntityIsNeverRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("programme-secret-\(UUID().uuidString)")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let text = try ProgrammeFixtures.kerioText()
            .replacingOccurrences(
                of: "<program xmlns=",
                with: "<!DOCTYPE program [<!ENTITY secret SYSTEM \"file://\(secret.path)\">]>\n<program xmlns="
            )
            .replacingOccurrences(of: "<label lang=\"en\">Kerio Partner Program</label>", with: "<label lang=\"en\">&secret;</label>")
        let diagnostics = try refusal(ofFileWith: Array(text.utf8))
        let messages = diagnostics.map(\.message).joined(separator: "\n")
        #expect(messages.contains("external entity \"secret\" is not allowed"))
        #expect(!messages.contains("TOP-SECRET"))
    }

    @Test func notWellFormed() throws {
        let text = try ProgrammeFixtures.kerioText().replacingOccurrences(of: "</tiers>", with: "</tier>")
        let diagnostics = try refusal(ofFileWith: Array(text.utf8))
        #expect(diagnostics.contains { $0.message.contains("mismatch") }, "\(diagnostics)")
    }

    @Test func anotherDocumentType() throws {
        let dossier = #"<?xml version="1.0" encoding="UTF-8"?><dossier xmlns="urn:partner-audit:dossier:1" program="kerio"/>"#
        let diagnostics = ProgrammeFixtures.refusal(try ProgrammeFixtures.loader().load(bytes: Array(dossier.utf8), file: "dossier.xml"))
        #expect(diagnostics.first?.line == 1)
        #expect(diagnostics.allSatisfy { $0.file == "dossier.xml" })
    }
}
