import Foundation

/// Files of the repository, found from this source file.
enum TestPaths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = repository.appendingPathComponent("Samples")
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures")

    static func sample(_ name: String) -> String { samples.appendingPathComponent(name).path }

    /// A fresh empty folder for one test.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partner-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
