/// Why a ZIP bundle is refused: nothing of it is audited.
public enum BundleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bundle's file cannot be read (the bundle is given by path).
    case unreadable(reason: String)
    /// The bytes are not a ZIP archive, or its central directory is cut short.
    case notAZip
    /// The archive uses a ZIP feature a bundle never needs and that is not read (ZIP64, encryption).
    case unsupported(feature: String)
    /// An entry's data cannot be expanded: truncated, of an unknown compression, or not its checksum.
    case damaged(entry: String)
    /// The archive itself is larger than the limit.
    case archiveTooLarge(limitBytes: Int)
    /// More entries than the limit.
    case tooManyEntries(limit: Int)
    /// The entries expand to more bytes than the limit, together.
    case tooLarge(limitBytes: Int)
    /// An entry expands more than the limit times its compressed size (a ZIP bomb).
    case bombRatio(entry: String, limit: Int)
    /// An entry expands to more bytes than it declares.
    case sizeMismatch(entry: String)
    /// An entry is a symbolic link.
    case link(entry: String)
    /// An entry's name is absolute, has a `..` component, or breaks the attachment-path rules.
    case unsafeName(entry: String, problem: String)
    /// Two entries have the same name.
    case duplicateName(entry: String)
    /// No `*.xml` file at the top level.
    case noDossier
    /// More than one `*.xml` file at the top level.
    case severalDossiers([String])

    /// True when the bundle is refused for its size (HTTP 413) rather than its form (400).
    public var exceedsLimit: Bool {
        switch self {
        case .archiveTooLarge, .tooManyEntries, .tooLarge, .bombRatio: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let reason): "cannot read the bundle: \(reason)"
        case .notAZip: "the bundle is not a ZIP archive, or is cut short"
        case .unsupported(let feature): "the bundle uses \(feature), which this tool does not read; zip its files again without them"
        case .damaged(let entry): "the bundle's entry \"\(entry)\" is damaged and cannot be expanded"
        case .archiveTooLarge(let limit): "the bundle is larger than \(Self.size(limit))"
        case .tooManyEntries(let limit): "the bundle holds more than \(limit) entries"
        case .tooLarge(let limit): "the bundle expands to more than \(Self.size(limit)) in all"
        case .bombRatio(let entry, let limit): "the bundle's entry \"\(entry)\" expands more than \(limit) times its compressed size"
        case .sizeMismatch(let entry): "the bundle's entry \"\(entry)\" expands to more bytes than it declares"
        case .link(let entry): "the bundle's entry \"\(entry)\" is a symbolic link; bundle the file itself"
        case .unsafeName(_, let problem): "the bundle holds an unsafe name: \(problem)"
        case .duplicateName(let entry): "the bundle holds \"\(entry)\" twice"
        case .noDossier: "the bundle holds no dossier: put one *.xml file at its top level"
        case .severalDossiers(let names):
            "the bundle holds \(names.count) dossiers at its top level (\(names.joined(separator: ", "))); put exactly one there"
        }
    }

    /// `bytes` in MiB when a whole number of them, else in bytes.
    private static func size(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
