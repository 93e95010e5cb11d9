import Foundation
import Testing
import _TestSupport

/// `audit --out FILE` writes the file in place: a link is written through, never replaced
/// (replacing it is what turned a `--out /dev/null` into an ordinary file).
@Suite struct OutputFileTests {
    @Test func aLinkGivenAsTheOutputIsWrittenThroughNotReplaced() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("summary.json")
        try Data("old contents, longer than nothing".utf8).write(to: target)
        let link = folder.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let result = try CommandRunner.run([
            "audit", TestPaths.sample("authorized-nordlys.xml"), "--as-of", "2026-11-24", "--format", "json", "--out", link.path,
        ])
        #expect(result.status == 0, "\(result.errors)")
        let attributes = try FileManager.default.attributesOfItem(atPath: link.path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.hasPrefix("{") && written.contains("\"dossiers\""))
    }

    @Test func anOutputThatCannotBeOpenedIsAUsageError() throws {
        let result = try CommandRunner.run(["audit", TestPaths.sample("authorized-nordlys.xml"), "--out", "/nonexistent/folder/x.json"])
        #expect(result.status == 64)
        #expect(result.errors.contains("--out /nonexistent/folder/x.json: cannot write there"))
    }
}
