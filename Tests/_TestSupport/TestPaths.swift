import Foundation

/// Files of the repository, found from this source file.
public enum TestPaths {
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let samples = repository.appendingPathComponent("Samples")
    public static let fixtures = repository.appendingPathComponent("Tests/Fixtures")

    public static func sample(_ name: String) -> String { samples.appendingPathComponent(name).path }

    /// A fresh empty folder for one test.
    public static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partner-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
