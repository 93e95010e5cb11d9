import Foundation

/// Tells attached files absent from a dossier's folder as written: a file absent there
/// is absent from the folder with its links resolved, where `FolderAttachments` looks. One
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
