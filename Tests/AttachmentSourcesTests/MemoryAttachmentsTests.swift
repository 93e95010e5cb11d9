import DossierModel
import Foundation
import Programme
import Testing

@testable import AttachmentSources
@testable import Audit

/// Uploaded files: names under the format's path rules, matched to the dossier's paths.
@Suite struct MemoryAttachmentsTests {
    private static let foo = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"  // SHA-256 of "foo"

    @Test(arguments: ["", "/etc/passwd", "../x.pdf", "a/../../x.pdf", "https://example.com/a.pdf", ".", "a/.."])
    func aNameBreakingThePathRulesIsRefused(name: String) {
        #expect(throws: MemoryAttachments.NameError.badName(name, problem: AttachmentPath.problem(with: name)!)) {
            try MemoryAttachments([name: Data()])
        }
    }

    @Test func twoNamesForOneFileAreRefused() {
        #expect(throws: MemoryAttachments.NameError.duplicate("./a/b.pdf")) {
            try MemoryAttachments([(name: "a/b.pdf", bytes: Data()), (name: "./a/b.pdf", bytes: Data())])
        }
        #expect(throws: MemoryAttachments.NameError.duplicate("a.pdf")) {
            try MemoryAttachments([(name: "a.pdf", bytes: Data()), (name: "a.pdf", bytes: Data())])
        }
    }

    @Test func refusalsAreWorded() {
        #expect(MemoryAttachments.NameError.duplicate("a.pdf").description == "two attached files are named \"a.pdf\"")
        #expect(MemoryAttachments.NameError.badName("/a", problem: "p").description == "bad attachment name: p")
    }

    @Test func everyVerdictAsTheFilesHaveIt() throws {
        let files = try MemoryAttachments(["attachments/here.pdf": Data("foo".utf8), "other.pdf": Data("bar".utf8)])
        let dossier = Dossier.attaching([
            ("attachments/here.pdf", Self.foo), ("./attachments/here.pdf", String(repeating: "0", count: 64)),
            ("attachments//here.pdf", nil), ("x/../attachments/here.pdf", Self.foo.uppercased()), ("gone.pdf", Self.foo),
            ("attachments/%68ere.pdf", nil),
        ])
        let found = try files.verdicts(for: dossier, language: .english).get()
        #expect(found.byPath["attachments/here.pdf"] == .intact)
        #expect(found.byPath["./attachments/here.pdf"] == .tampered(actual: Self.foo))
        #expect(found.byPath["attachments//here.pdf"] == .noDigest)
        #expect(found.byPath["x/../attachments/here.pdf"] == .intact)
        #expect(found.byPath["gone.pdf"] == .absent(reason: .notFound))
        #expect(found.byPath["attachments/%68ere.pdf"] == .absent(reason: .notFound))
        #expect(files.names == ["attachments/here.pdf", "other.pdf"])
    }
}
