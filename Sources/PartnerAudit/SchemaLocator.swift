import Foundation

/// Finds the shipped schemas (`dossier.xsd`, `kerio/program.xml`) wherever the
/// binary runs from: the folder `PARTNER_AUDIT_SCHEMAS` names, a `Schemas` folder
/// beside the executable or in `../share/partner-audit` (an installed binary), or
/// the source checkout it was built from (`swift build`, `swift run`, tests).
public enum SchemaLocator {
    /// The folder holding the schemas, or nil with the places looked in.
    public static func directory() -> Result<URL, SchemaLookupFailure> {
        let candidates = candidateDirectories()
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("dossier.xsd").path) {
            return .success(candidate)
        }
        return .failure(SchemaLookupFailure(searched: candidates.map(\.path)))
    }

    private static func candidateDirectories() -> [URL] {
        var result: [URL] = []
        if let override = ProcessInfo.processInfo.environment["PARTNER_AUDIT_SCHEMAS"], !override.isEmpty {
            result.append(URL(fileURLWithPath: override))
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let folder = executable.deletingLastPathComponent()
            result.append(folder.appendingPathComponent("Schemas"))
            result.append(folder.deletingLastPathComponent().appendingPathComponent("share/partner-audit/Schemas"))
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        result.append(checkout.appendingPathComponent("Schemas"))
        return result
    }
}

/// The shipped schemas were not found.
public struct SchemaLookupFailure: Error, CustomStringConvertible {
    public let searched: [String]

    public var description: String {
        "the shipped schemas were not found; looked in: \(searched.joined(separator: ", ")) (set PARTNER_AUDIT_SCHEMAS to their folder)"
    }
}
