/// The format's rules on the relative path of an attached file, judged on its text
/// alone (POSIX, taken literally, no percent-decoding).
public enum AttachmentPath {
    /// Why `path` may not be used, or nil when it stays inside the dossier's folder.
    public static func problem(with path: String) -> String? {
        if path.isEmpty { return "the attachment path is empty" }
        if path.hasPrefix("/") { return "attachment path \"\(path)\" is absolute; give it relative to the dossier's folder" }
        // An ASCII path (nearly all) is judged on its bytes, where bytes and characters agree.
        let ascii = path.utf8.allSatisfy { $0 < 0x80 }
        if ascii ? hasASCIIScheme(path) : hasScheme(path) {
            return "attachment path \"\(path)\" is a URL; attach the file beside the dossier instead"
        }
        guard let depth = ascii ? asciiDepth(of: path) : depth(of: path) else {
            return "attachment path \"\(path)\" leaves the dossier's folder"
        }
        if depth == 0 { return "attachment path \"\(path)\" names the dossier's folder, not a file" }
        return nil
    }

    /// How many folders deep the path ends, or nil when a `..` leaves the folder on the way.
    private static func depth(of path: String) -> Int? {
        var depth = 0
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                depth -= 1
                if depth < 0 { return nil }
            default: depth += 1
            }
        }
        return depth
    }

    /// `depth(of:)` for an ASCII path, byte by byte.
    private static func asciiDepth(of path: String) -> Int? {
        var depth = 0
        var length = 0
        var onlyDots = true
        /// Counts the component just read; false when it leaves the folder.
        func endComponent() -> Bool {
            defer { (length, onlyDots) = (0, true) }
            guard length > 0, !(onlyDots && length == 1) else { return true }
            depth += onlyDots && length == 2 ? -1 : 1
            return depth >= 0
        }
        for byte in path.utf8 {
            guard byte == UInt8(ascii: "/") else {
                length += 1
                onlyDots = onlyDots && byte == UInt8(ascii: ".")
                continue
            }
            guard endComponent() else { return nil }
        }
        return endComponent() ? depth : nil
    }

    /// `scheme:` as RFC 3986 spells it (a letter, then letters, digits, `+`, `-`, `.`).
    private static func hasScheme(_ path: String) -> Bool {
        guard let colon = path.firstIndex(of: ":"), let first = path.first, first.isASCII, first.isLetter else { return false }
        return path[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// `hasScheme` for an ASCII path, byte by byte.
    private static func hasASCIIScheme(_ path: String) -> Bool {
        let bytes = path.utf8
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), let first = bytes.first, isLetter(first) else { return false }
        return bytes[..<colon].allSatisfy {
            isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }
}
