/// XML whitespace: space, tab, CR and LF.
private func isXMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}

extension StringProtocol {
    /// The text without leading and trailing XML whitespace.
    func trimmingXMLWhitespace() -> Substring {
        let text = Substring(self)
        // Most values have none: then the first and last bytes say so without walking characters.
        if let first = text.utf8.first, let last = text.utf8.last, !isXMLSpace(first), !isXMLSpace(last) {
            return text
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let start = text.firstIndex(where: { !isSpace($0) }), let end = text.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return text[start...end]
    }
}

extension String {
    /// The text of UTF-8 `bytes` without leading and trailing XML whitespace.
    init(decodingTrimmingXMLWhitespace bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        // Most values have none: then the text is kept whole, no Substring made.
        if let first = bytes.first, let last = bytes.last, !isXMLSpace(first), !isXMLSpace(last) {
            self = text
        } else {
            self = String(text.trimmingXMLWhitespace())
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing XML whitespace. Trimming bytes rather
    /// than characters gives the same text whenever what remains starts and ends in
    /// ASCII, as the values read from bytes (dates, numbers) must.
    func trimmingXMLWhitespace() -> UnsafeBufferPointer<UInt8> {
        guard let start = firstIndex(where: { !isXMLSpace($0) }), let end = lastIndex(where: { !isXMLSpace($0) }) else {
            return UnsafeBufferPointer(rebasing: self[0..<0])
        }
        return UnsafeBufferPointer(rebasing: self[start...end])
    }
}
