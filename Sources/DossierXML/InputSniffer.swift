/// What the first bytes of a would-be XML document say, before libxml2 sees it.
///
/// Refuses files that are plainly not XML (a PDF or image sent by mistake), and
/// encodings the dossier format does not allow: UTF-8, or UTF-16 with a BOM, only.
struct InputSniffer {
    enum Encoding { case utf8, utf16 }

    let bytes: [UInt8]

    /// The encoding to parse with, or the reason the input is refused.
    func encoding() -> Result<Encoding, Refusal> {
        if bytes.isEmpty { return .failure(Refusal("the file is empty", column: 1)) }
        if starts(with: [0xFF, 0xFE]) || starts(with: [0xFE, 0xFF]) {
            if starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .failure(Refusal("UTF-32 is not accepted; use UTF-8", column: 1)) }
            return .success(.utf16)
        }
        if let kind = knownBinaryKind() {
            return .failure(Refusal("this is \(kind), not an XML document", column: 1))
        }
        if bytes.prefix(4).contains(0) {
            return .failure(Refusal("the file is not UTF-8 (UTF-16 needs a byte order mark)", column: 1))
        }
        if let declared = declaredEncoding(), declared.name.lowercased() != "utf-8" {
            return .failure(
                Refusal(
                    "encoding \"\(declared.name)\" is not accepted; dossiers are UTF-8 (or UTF-16 with a byte order mark)",
                    column: declared.column))
        }
        return .success(.utf8)
    }

    struct Refusal: Error {
        let message: String
        let column: Int
        init(_ message: String, column: Int) {
            self.message = message
            self.column = column
        }
    }

    private func starts(with prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && bytes.prefix(prefix.count).elementsEqual(prefix)
    }

    private static let signatures: [(bytes: [UInt8], kind: String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([0x1F, 0x8B], "a gzip archive"),
    ]

    private func knownBinaryKind() -> String? {
        Self.signatures.first { starts(with: $0.bytes) }?.kind
    }

    /// The `encoding` pseudo-attribute of a leading XML declaration, with its 1-based column.
    private func declaredEncoding() -> (name: String, column: Int)? {
        let start = starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let head = bytes[start..<min(bytes.count, start + 256)]
        guard head.starts(with: Array("<?xml".utf8)),
            let end = Self.firstRange(of: Array("?>".utf8), in: head)?.lowerBound,
            let key = Self.firstRange(of: Array("encoding".utf8), in: head[..<end])
        else { return nil }
        var index = key.upperBound
        while index < end, [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "=")].contains(head[index]) { index += 1 }
        guard index < end, head[index] == UInt8(ascii: "\"") || head[index] == UInt8(ascii: "'") else { return nil }
        let quote = head[index]
        guard let close = head[(index + 1)..<end].firstIndex(of: quote) else { return nil }
        return (String(decoding: head[(index + 1)..<close], as: UTF8.self), index + 2 - start)
    }

    /// Where `needle` first occurs in `haystack` (a plain loop: the generic
    /// `firstRange(of:)` costs more than the search itself on a 256-byte head).
    private static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index <= haystack.endIndex - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index..<(index + needle.count)
            }
            index += 1
        }
        return nil
    }
}
