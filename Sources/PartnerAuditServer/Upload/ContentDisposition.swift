import Foundation

/// The `name` and `filename` of a multipart part's `Content-Disposition` header,
/// quoted strings and RFC 5987 `filename*` understood.
struct ContentDisposition: Equatable {
    var name: String?
    var filename: String?

    init(_ header: String) {
        var parameters: [String: String] = [:]
        var scanner = Substring(header)
        // The disposition type itself ("form-data") comes first.
        _ = Self.token(&scanner)
        while let semicolon = scanner.firstIndex(of: ";") {
            scanner = scanner[scanner.index(after: semicolon)...].drop { $0 == " " || $0 == "\t" }
            let key = Self.token(&scanner).lowercased()
            guard scanner.first == "=" else { continue }
            scanner = scanner.dropFirst().drop { $0 == " " || $0 == "\t" }
            let value = scanner.first == "\"" ? Self.quoted(&scanner) : Self.token(&scanner)
            if parameters[key] == nil { parameters[key] = value }
        }
        name = parameters["name"]
        filename = parameters["filename*"].flatMap(Self.extendedValue) ?? parameters["filename"]
    }

    /// Characters up to the next `;` or `=`, trimmed.
    private static func token(_ text: inout Substring) -> String {
        let end = text.firstIndex { $0 == ";" || $0 == "=" } ?? text.endIndex
        defer { text = text[end...] }
        return text[..<end].trimmingCharacters(in: .whitespaces)
    }

    /// A quoted string, its `\` escapes undone.
    private static func quoted(_ text: inout Substring) -> String {
        var value = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex, text[index] != "\"" {
            if text[index] == "\\", text.index(after: index) < text.endIndex { index = text.index(after: index) }
            value.append(text[index])
            index = text.index(after: index)
        }
        text = index < text.endIndex ? text[text.index(after: index)...] : text[text.endIndex...]
        return value
    }

    /// `UTF-8''percent%20encoded` as RFC 5987 writes it.
    private static func extendedValue(_ value: String) -> String? {
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].lowercased() == "utf-8" else { return nil }
        return String(pieces[2]).removingPercentEncoding
    }
}
