import Crypto
import Foundation

/// The SHA-256 digests of the files read so far: each file is read once, however many
/// paths, links or hard links lead to it.
struct DigestCache {
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
        return hasher.finalize().lowercaseHex
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
