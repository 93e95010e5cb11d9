import Crypto
import Diagnostics
import DossierModel
import DossierXML
import Foundation

/// Opens the files a dossier attaches, only inside the dossier's folder, and
/// compares their SHA-256 digests with the dossier's.
public struct AttachmentVerifier: Sendable {
    /// Language of the error messages.
    public let language: String

    public init(language: String = "en") {
        self.language = language
    }

    /// A verdict for every attachment, or the errors of paths that lead outside the
    /// dossier's folder through a symbolic link (which make the dossier invalid).
    public func verify(_ dossier: Dossier) -> Result<AttachmentVerdicts, XMLFailure> {
        var probe = AbsenceProbe(file: dossier.file)
        var resolvedFolder: String?
        let attachments = dossier.attachments
        var verdicts: [String: AttachmentVerdicts.Verdict] = .init(minimumCapacity: attachments.count)
        var escapes: [Diagnostic] = []
        var digests = DigestCache()
        for attachment in attachments where verdicts[attachment.path] == nil {
            if probe?.isAbsent(attachment.path) == true {
                verdicts[attachment.path] = .absent(reason: .notFound)
                continue
            }
            let folder = resolvedFolder ?? URL(fileURLWithPath: dossier.file).deletingLastPathComponent().resolvingSymlinksInPath().path
            resolvedFolder = folder
            let target = URL(fileURLWithPath: folder).appendingPathComponent(attachment.path)
            guard FileManager.default.fileExists(atPath: target.path) else {
                verdicts[attachment.path] = .absent(reason: .notFound)
                continue
            }
            let resolved = target.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(folder + "/") else {
                escapes.append(Diagnostic(
                    .error, AuditMessages(language: language).linkLeavesFolder(attachment.path),
                    at: SourceLocation(file: dossier.file, line: attachment.line, column: 1)))
                continue
            }
            verdicts[attachment.path] = Self.verdict(digest: digests.digest(ofFileAt: resolved), expected: attachment.sha256)
        }
        return escapes.isEmpty ? .success(AttachmentVerdicts(verdicts)) : .failure(XMLFailure(escapes))
    }

    private static func verdict(digest: String?, expected: String?) -> AttachmentVerdicts.Verdict {
        guard let digest else { return .absent(reason: .notReadable) }
        guard let expected else { return .noDigest }
        return digest == expected.lowercased() ? .intact : .tampered(actual: digest)
    }
}

/// The SHA-256 digests of the files read so far: each file is read once, however many
/// paths, links or hard links lead to it.
private struct DigestCache {
    private var digests: [FileIdentity: String?] = [:]

    /// The digest of the file at `path` in lower-case hex, or nil when it cannot be read
    /// or is not a regular file (a pipe may never deliver, a device may never end).
    mutating func digest(ofFileAt path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular
        else { return nil }
        guard let identity = FileIdentity(attributes) else { return Self.read(path) }
        if let known = digests[identity] { return known }
        let digest = Self.read(path)
        digests[identity] = .some(digest)
        return digest
    }

    private static func read(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        } catch {
            return nil
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// A file as the file system knows it, whatever path leads to it.
private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init?(_ attributes: [FileAttributeKey: Any]) {
        guard let device = (attributes[.systemNumber] as? NSNumber)?.uint64Value,
              let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        else { return nil }
        self.device = device
        self.inode = inode
    }
}

/// Tells attached files absent from a dossier's folder as written: a file absent there
/// is absent from the folder with its links resolved, where the verifier looks. One
/// `stat` for a path, without resolving anything; none when the top folder of the path
/// is already known to be absent.
struct AbsenceProbe {
    /// The dossier's folder up to its last `/` (empty: the working directory).
    let folder: String
    /// Whether each top folder of a path looked at exists.
    private var topFolders: [Substring: Bool] = [:]

    /// Nil when a component of the folder is `.` or `..`, which resolving may read
    /// otherwise than the file system does.
    init?(file: String) {
        guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            folder = ""
            return
        }
        let folder = file.utf8[...slash]
        guard !Self.components(of: folder).someDots else { return nil }
        self.folder = String(Substring(folder))
    }

    /// True when no file is at `path` under the folder. False when one is, or when
    /// `path` is one URL appending could change (an empty component, so a leading,
    /// trailing or double `/`; a `.` or `..` component; a percent sign): then look the
    /// usual way.
    mutating func isAbsent(_ path: String) -> Bool {
        let components = path.utf8.withContiguousStorageIfAvailable(Self.components) ?? Self.components(of: Array(path.utf8))
        guard !components.someEmpty, !components.someDots, !components.somePercent else { return false }
        if let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")), !topFolderExists(path[..<slash]) { return true }
        return !FileManager.default.fileExists(atPath: folder + path)
    }

    private mutating func topFolderExists(_ name: Substring) -> Bool {
        if let known = topFolders[name] { return known }
        let exists = FileManager.default.fileExists(atPath: folder + name)
        topFolders[name] = exists
        return exists
    }

    /// Whether some `/`-separated component of `bytes` is empty, whether some is `.` or
    /// `..`, and whether some byte is `%`.
    private static func components(of bytes: some Collection<UInt8>) -> (someEmpty: Bool, someDots: Bool, somePercent: Bool) {
        var someEmpty = false
        var someDots = false
        var somePercent = false
        var length = 0
        var onlyDots = true
        func endComponent() {
            someEmpty = someEmpty || length == 0
            someDots = someDots || (onlyDots && (length == 1 || length == 2))
            length = 0
            onlyDots = true
        }
        for byte in bytes {
            if byte == UInt8(ascii: "/") {
                endComponent()
            } else {
                length += 1
                onlyDots = onlyDots && byte == UInt8(ascii: ".")
                somePercent = somePercent || byte == UInt8(ascii: "%")
            }
        }
        endComponent()
        return (someEmpty, someDots, somePercent)
    }
}
