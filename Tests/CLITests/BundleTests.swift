import Foundation
import Testing
import ZIPFoundation
import _TestSupport

/// `check --bundle`: a ZIP of the dossier and its attachments is audited as the dossier
/// with its attachments beside it.
@Suite struct BundleTests {
    let asOf = ["--as-of", "2026-11-24"]
    static let samples = CommandRunner.repository.appendingPathComponent("Samples")

    static let sampleNames: [String] =
        (try? FileManager.default.contentsOfDirectory(atPath: samples.path))?
        .filter { $0.hasSuffix(".xml") }.sorted() ?? []

    /// A fresh folder holding `name.zip`: the sample `name` at its top level and every file
    /// under `Samples/attachments` at the path the samples use.
    private func bundle(of name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let zip = folder.appendingPathComponent("\(name).zip")
        let archive = try Archive(url: zip, accessMode: .create)
        try archive.addEntry(with: name, relativeTo: Self.samples, compressionMethod: .deflate)
        let attachments = Self.samples.appendingPathComponent("attachments")
        let files = try #require(FileManager.default.enumerator(atPath: attachments.path)).compactMap { $0 as? String }.sorted()
        for file in files where !Self.isFolder(attachments.appendingPathComponent(file)) {
            try archive.addEntry(with: "attachments/\(file)", relativeTo: Self.samples, compressionMethod: .deflate)
        }
        return zip
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    @Test func thereAreSamples() {
        #expect(Self.sampleNames.count >= 20)
    }

    @Test(arguments: sampleNames)
    func aBundleIsAuditedAsTheFolder(sample: String) throws {
        let zip = try bundle(of: sample)
        defer { try? FileManager.default.removeItem(at: zip.deletingLastPathComponent()) }
        let bundled = try CommandRunner.run(["check", "--bundle", zip.path, "--format", "json"] + asOf)
        let beside = try CommandRunner.run(["check", sample, "--format", "json"] + asOf, directory: Self.samples)
        #expect(bundled.output.contains("\"file\" : \"\(sample)\""))
        #expect(bundled.output == beside.output)
        #expect(bundled.status == beside.status)
        #expect(bundled.errors == beside.errors)
    }

    @Test func aRefusedBundleSaysWhyOnStandardError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notZip = folder.appendingPathComponent("dossier.zip")
        try FileManager.default.copyItem(atPath: CommandRunner.sample("authorized-nordlys.xml"), toPath: notZip.path)
        let result = try CommandRunner.run(["check", "--bundle", notZip.path] + asOf)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.errors == "\(notZip.path): the bundle is not a ZIP archive, or is cut short\n")
        let missing = try CommandRunner.run(["check", "--bundle", folder.appendingPathComponent("gone.zip").path] + asOf)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("gone.zip: cannot read the bundle: no such file"))
    }
}
