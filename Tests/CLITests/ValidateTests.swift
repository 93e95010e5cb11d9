import Foundation
import Testing
import _TestSupport

/// `validate` judges what `check` judges of a dossier's validity, and takes folders and
/// `--files-from` as `audit` does.
@Suite struct ValidateTests {
    /// A fresh folder `dossiers` holding `certified-brueckner.xml`, whose screenshot is a
    /// symbolic link to a file outside the folder, and a folder `more` holding a valid and
    /// a broken dossier; the folder above is removed by the caller.
    private func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("validate-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("dossiers")
        let screenshots = folder.appendingPathComponent("attachments/brueckner/screenshots")
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("more"), withIntermediateDirectories: true)
        for (sample, copy) in [
            ("certified-brueckner.xml", "certified-brueckner.xml"), ("preferred-borei.xml", "more/b.xml"),
            ("broken-not-well-formed.xml", "more/a.xml"),
        ] {
            try FileManager.default.copyItem(atPath: CommandRunner.sample(sample), toPath: folder.appendingPathComponent(copy).path)
        }
        try Data("secret".utf8).write(to: root.appendingPathComponent("outside.png"))
        try FileManager.default.createSymbolicLink(
            atPath: screenshots.appendingPathComponent("partner-kerio.png").path,
            withDestinationPath: root.appendingPathComponent("outside.png").path)
        return folder
    }

    @Test func aScreenshotLinkedOutsideTheFolderIsInvalidForBothCommands() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let dossier = folder.appendingPathComponent("certified-brueckner.xml").path
        let check = try CommandRunner.run(["check", dossier, "--as-of", "2026-11-24"])
        let validate = try CommandRunner.run(["validate", dossier])
        #expect(check.status == 2)
        #expect(validate.status == 2)
        let error =
            "\(dossier):59:1: error: attachment \"attachments/brueckner/screenshots/partner-kerio.png\" "
            + "is a symbolic link leading outside the dossier's folder"
        #expect(validate.output == error + "\n")
        #expect(check.output.contains("is a symbolic link leading outside the dossier's folder"))
        #expect(validate.errors == "0 of 1 dossiers valid\n")
    }

    @Test func aLinkInsideTheFolderIsValid() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let link = folder.appendingPathComponent("attachments/brueckner/screenshots/partner-kerio.png")
        try FileManager.default.removeItem(at: link)
        try Data("inside".utf8).write(to: folder.appendingPathComponent("inside.png"))
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "../../../inside.png")
        let validate = try CommandRunner.run(["validate", folder.appendingPathComponent("certified-brueckner.xml").path])
        #expect(validate.status == 0)
    }

    @Test func aFolderIsWalkedForDossiersInPathOrder() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["validate", folder.path])
        #expect(result.status == 2)
        let lines = result.output.split(separator: "\n").map(String.init)
        let expected = ["certified-brueckner.xml", "more/a.xml", "more/b.xml"].map { folder.appendingPathComponent($0).path }
        let firstLines = expected.compactMap { path in lines.firstIndex { $0.hasPrefix(path + ":") } }
        #expect(firstLines.count == 3)
        #expect(firstLines == firstLines.sorted())
        #expect(result.output.hasSuffix("\(expected[2]): valid\n"))
        #expect(result.errors == "1 of 3 dossiers valid\n")
    }

    @Test func aFolderComesFromAListToo() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let list = folder.deletingLastPathComponent().appendingPathComponent("list.txt")
        try Data("\(folder.appendingPathComponent("more").path)\n".utf8).write(to: list)
        let byList = try CommandRunner.run(["validate", "--files-from", list.path])
        let byArgument = try CommandRunner.run(["validate", folder.appendingPathComponent("more").path])
        #expect(byList.status == 2)
        #expect(byList.output == byArgument.output)
        #expect(byList.errors == "1 of 2 dossiers valid\n")
    }
}
