import DossierModel
import Foundation
import Programme
import Testing

@testable import AttachmentSources
@testable import Audit

/// Absent files are told from a `stat` of the folder as written; every other verdict
/// comes from the folder with its links resolved, as before.
@Suite struct FolderAttachmentsTests {
    private static let digest = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"  // SHA-256 of "foo"

    /// A fresh folder holding `dossier.xml`, `attachments/here.pdf` ("foo") and a link
    /// `attachments/out.pdf` to a file outside it.
    private func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verifier-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("dossiers")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("attachments"), withIntermediateDirectories: true)
        try Data("foo".utf8).write(to: folder.appendingPathComponent("attachments/here.pdf"))
        try Data("bar".utf8).write(to: root.appendingPathComponent("outside.pdf"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("attachments/out.pdf").path,
            withDestinationPath: root.appendingPathComponent("outside.pdf").path)
        return folder
    }

    /// The verdicts, or nil when the dossier is invalid.
    private func verdicts(_ paths: [(String, String?)], file: String) -> AttachmentVerdicts? {
        try? FolderAttachments(beside: file).verdicts(for: .attaching(paths, file: file), language: .english).get()
    }

    @Test func everyVerdictAsTheFileSystemHasIt() throws {
        let folder = try folder()
        let paths: [(String, String?)] = [
            ("attachments/here.pdf", Self.digest), ("attachments/here.pdf", nil),
            ("./attachments/here.pdf", String(repeating: "0", count: 64)),
            ("attachments//here.pdf", nil), ("attachments/../attachments/here.pdf", Self.digest), ("attachments/gone.pdf", nil),
            ("missing/deeper/gone.pdf", nil), ("missing/other.pdf", nil), ("gone.pdf", nil), ("attachments/%68ere.pdf", nil),
        ]
        let found = try #require(verdicts(paths, file: folder.appendingPathComponent("dossier.xml").path))
        #expect(found.byPath["attachments/here.pdf"] == .intact)
        #expect(found.byPath["./attachments/here.pdf"] == .tampered(actual: Self.digest))
        #expect(found.byPath["attachments//here.pdf"] == .noDigest)
        #expect(found.byPath["attachments/../attachments/here.pdf"] == .intact)
        for absent in ["attachments/gone.pdf", "missing/deeper/gone.pdf", "missing/other.pdf", "gone.pdf", "attachments/%68ere.pdf"] {
            #expect(found.byPath[absent] == .absent(reason: .notFound), "\(absent)")
        }
    }

    @Test func aFileBehindManyLinksIsReadOnce() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let big = folder.appendingPathComponent("attachments/big.pdf")
        try Data(count: 32 << 20).write(to: big)
        let digest = "83ee47245398adee79bd9c0a8bc57b821e92aba10f5f9ade8a5d1fae4d8c4302"  // SHA-256 of 32 MiB of zeros
        var paths: [(String, String?)] = []
        for index in 0..<500 {
            let soft = "attachments/soft-\(index).pdf"
            let hard = "attachments/hard-\(index).pdf"
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(soft).path, withDestinationPath: big.path)
            try FileManager.default.linkItem(at: big, to: folder.appendingPathComponent(hard))
            paths += [(soft, digest), (hard, index == 0 ? nil : digest)]
        }
        // Read once per path, a thousand links would mean 32 GiB to hash.
        let clock = ContinuousClock.now
        let found = try #require(verdicts(paths, file: folder.appendingPathComponent("dossier.xml").path))
        #expect(ContinuousClock.now - clock < .seconds(10))
        #expect(found.byPath["attachments/hard-0.pdf"] == .noDigest)
        #expect(paths.dropFirst(2).allSatisfy { found.byPath[$0.0] == .intact })
    }

    @Test func aPipeIsNotReadAsEvidence() throws {
        // Opening a pipe with no writer for reading would wait forever.
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        #expect(mkfifo(folder.appendingPathComponent("attachments/pipe.pdf").path, 0o600) == 0)
        let found = try #require(verdicts([("attachments/pipe.pdf", Self.digest)], file: folder.appendingPathComponent("dossier.xml").path))
        #expect(found.byPath["attachments/pipe.pdf"] == .absent(reason: .notReadable))
    }

    @Test func aFolderGivenWithDotsIsResolvedFirst() throws {
        let folder = try folder()
        let file = folder.appendingPathComponent("attachments").path + "/../dossier.xml"
        let found = try #require(verdicts([("attachments/here.pdf", Self.digest), ("attachments/gone.pdf", nil)], file: file))
        #expect(found.byPath["attachments/here.pdf"] == .intact)
        #expect(found.byPath["attachments/gone.pdf"] == .absent(reason: .notFound))
    }

    @Test func aLinkLeavingTheFolderMakesTheDossierInvalid() throws {
        let folder = try folder()
        #expect(
            verdicts(
                [("attachments/gone.pdf", nil), ("attachments/out.pdf", nil)], file: folder.appendingPathComponent("dossier.xml").path)
                == nil)
    }

    @Test(arguments: [
        ("attachments/here.pdf", true), ("here.pdf", true), ("a/b/c.pdf", true), ("./a.pdf", false), ("a/./b.pdf", false),
        ("a/../b.pdf", false), ("a//b.pdf", false), ("a/", false), ("/a.pdf", false), ("a%2Fb.pdf", false), ("", false), ("...", true),
    ])
    func onlyPathsAppendingLeavesAloneAreProbed(path: String, probed: Bool) {
        var probe = AbsenceProbe(file: "/nowhere-at-all/dossier.xml")
        #expect(probe?.isAbsent(path) == probed)
    }

    @Test func aFolderWithDotsIsNotProbed() {
        #expect(AbsenceProbe(file: "/srv/./dossier.xml") == nil)
        #expect(AbsenceProbe(file: "a/../dossier.xml") == nil)
        #expect(AbsenceProbe(file: "dossier.xml")?.folder == "")
        #expect(AbsenceProbe(file: "/srv/x.y/dossier.xml")?.folder == "/srv/x.y/")
    }

    @Test func manyTopFoldersAreProbedInLinearTime() {
        var probe = AbsenceProbe(file: "/nowhere-at-all/dossier.xml")
        let clock = ContinuousClock.now
        for index in 0..<100_000 { #expect(probe?.isAbsent("f\(index)/x.pdf") == true) }
        #expect(ContinuousClock.now - clock < .seconds(10))
    }
}
