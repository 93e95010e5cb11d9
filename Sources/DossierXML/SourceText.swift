/// The raw bytes of a UTF-8 document, used to find where a start tag that libxml2
/// has just read begins, and the line and column of a tag or of one of its attributes.
final class SourceText {
    private let bytes: [UInt8]
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for offset in buffer.indices where buffer[offset] == UInt8(ascii: "\n") { starts.append(offset + 1) }
        }
        return starts
    }()

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func find(attribute: String, inTagAt tagStart: Int) -> Int? {
        let name = Array(attribute.utf8)
        let tagEnd = bytes[tagStart...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
        var index = tagStart
        while index + 1 + name.count <= tagEnd {
            if Self.isSpace(bytes[index]), bytes[(index + 1)..<(index + 1 + name.count)].elementsEqual(name) {
                var after = index + 1 + name.count
                while after < tagEnd, Self.isSpace(bytes[after]) { after += 1 }
                if after < tagEnd, bytes[after] == UInt8(ascii: "=") { return index + 1 }
            }
            index += 1
        }
        return nil
    }

    /// The offset of the `<` of the start tag of `name` (any prefix) that ends just
    /// before `end`, or nil when the text there is not that tag (non-UTF-8 input, or an
    /// element that came out of an entity). A `<` never occurs inside a start tag.
    func tagStart(before end: Int, named name: UnsafePointer<UInt8>) -> Int? {
        guard end <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { Self.tagStart(in: $0, before: end, named: name) }
    }

    /// `tagStart(before:named:)` in `text`.
    static func tagStart(in text: UnsafeBufferPointer<UInt8>, before end: Int, named name: UnsafePointer<UInt8>) -> Int? {
        tagStartAndLineBreaks(in: text, before: end, named: name)?.start
    }

    /// `tagStart(before:named:)` in `text`, and the line breaks between that start and `end`,
    /// counted in the same pass.
    static func tagStartAndLineBreaks(
        in text: UnsafeBufferPointer<UInt8>, before end: Int, named name: UnsafePointer<UInt8>
    ) -> (start: Int, lineBreaks: Int)? {
        var open = end - 1
        var breaks = 0
        while open >= 0, text[open] != UInt8(ascii: "<") {
            if text[open] == UInt8(ascii: "\n") { breaks += 1 }
            open -= 1
        }
        guard open >= 0 else { return nil }
        var index = open + 1
        while index < end, !endsName(text[index]), text[index] != UInt8(ascii: ":") { index += 1 }
        let nameStart = index < end && text[index] == UInt8(ascii: ":") ? index + 1 : open + 1
        var offset = 0
        while name[offset] != 0 {
            guard nameStart + offset < end, text[nameStart + offset] == name[offset] else { return nil }
            offset += 1
        }
        let after = nameStart + offset
        return after == end || endsName(text[after]) ? (open, breaks) : nil
    }

    /// How many line breaks lie in `start..<end`.
    func lineBreaks(from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { Self.lineBreaks(in: $0, from: start, to: end) }
    }

    /// How many line breaks lie in `start..<end` of `text`.
    static func lineBreaks(in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        for index in start..<min(end, text.count) where text[index] == UInt8(ascii: "\n") { count += 1 }
        return count
    }

    /// Where the tag starting at `offset` begins, or where its attribute `attribute` does.
    func locate(tagAt offset: Int, attribute: String? = nil) -> (line: Int, column: Int) {
        position(of: attribute.flatMap { find(attribute: $0, inTagAt: offset) } ?? offset)
    }

    private func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        // Columns count characters, not bytes: skip UTF-8 continuation bytes.
        let column = bytes[lineStarts[low]..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (low + 1, column)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }
}
