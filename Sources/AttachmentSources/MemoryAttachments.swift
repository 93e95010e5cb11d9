import Audit
import Crypto
import DossierModel
import DossierXML
import Foundation

/// Files held in memory by the path a dossier uses for them, as an upload brings them.
/// A dossier's path and a file's name are matched after the format's path rules:
/// `./a.pdf`, `a//b/../a.pdf` and `a.pdf` name the same file.
public struct MemoryAttachments: AttachmentSource {
    /// Why a set of named files cannot be attachments.
    public enum NameError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The name breaks the format's rules on attachment paths (`dossier.md`).
        case badName(String, problem: String)
        /// Two files have the same name once the path rules are applied.
        case duplicate(String)

        public var description: String {
            switch self {
            case .badName(_, let problem): "bad attachment name: \(problem)"
            case .duplicate(let name): "two attached files are named \"\(name)\""
            }
        }
    }

    /// The files by their names in canonical form.
    private let files: [String: Data]

    /// The files `named`, in any order; refuses a name that breaks the path rules, and two
    /// names that are the same file.
    public init(_ named: some Sequence<(name: String, bytes: Data)>) throws(NameError) {
        var files: [String: Data] = [:]
        for (name, bytes) in named {
            guard let key = Self.key(for: name) else {
                throw .badName(name, problem: AttachmentPath.problem(with: name) ?? "attachment path \"\(name)\" is not usable")
            }
            guard files.updateValue(bytes, forKey: key) == nil else { throw .duplicate(name) }
        }
        self.files = files
    }

    /// The files of `byName`, a dictionary path → bytes.
    public init(_ byName: [String: Data]) throws(NameError) {
        try self.init(byName.sorted { $0.key < $1.key }.map { (name: $0.key, bytes: $0.value) })
    }

    /// The names of the files held, in canonical form, sorted.
    public var names: [String] { files.keys.sorted() }

    /// A verdict for every attachment: never an error, since no file held can lead elsewhere.
    public func verdicts(for dossier: Dossier, language: String) -> Result<AttachmentVerdicts, XMLFailure> {
        var verdicts: [String: AttachmentVerdicts.Verdict] = [:]
        var digests: [String: String] = [:]
        for attachment in dossier.attachments where verdicts[attachment.path] == nil {
            guard let key = Self.key(for: attachment.path), let bytes = files[key] else {
                verdicts[attachment.path] = .absent(reason: .notFound)
                continue
            }
            let digest = digests[key] ?? SHA256.hash(data: bytes).lowercaseHex
            digests[key] = digest
            verdicts[attachment.path] = .comparing(digest: digest, with: attachment.sha256)
        }
        return .success(AttachmentVerdicts(verdicts))
    }

    // MARK: - Names

    /// `path` in canonical form: its components without empty ones and `.`, each `..`
    /// taking back the one before; nil when the format's path rules refuse the path.
    static func key(for path: String) -> String? {
        guard AttachmentPath.problem(with: path) == nil else { return nil }
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": components.removeLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
