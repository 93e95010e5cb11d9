/// The format's rules on the relative path of an attached file, judged on its text
/// alone (POSIX, taken literally, no percent-decoding).
public enum AttachmentPath {
    /// Why `path` may not be used, or nil when it stays inside the dossier's folder.
    public static func problem(with path: String) -> String? {
        if path.isEmpty { return "the attachment path is empty" }
        if path.hasPrefix("/") { return "attachment path \"\(path)\" is absolute; give it relative to the dossier's folder" }
        if hasScheme(path) { return "attachment path \"\(path)\" is a URL; attach the file beside the dossier instead" }
        var depth = 0
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                depth -= 1
                if depth < 0 { return "attachment path \"\(path)\" leaves the dossier's folder" }
            default: depth += 1
            }
        }
        if depth == 0 { return "attachment path \"\(path)\" names the dossier's folder, not a file" }
        return nil
    }

    /// `scheme:` as RFC 3986 spells it (a letter, then letters, digits, `+`, `-`, `.`).
    private static func hasScheme(_ path: String) -> Bool {
        guard let colon = path.firstIndex(of: ":"), let first = path.first, first.isASCII, first.isLetter else { return false }
        return path[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
