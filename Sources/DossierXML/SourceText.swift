/// The raw bytes of a UTF-8 document, used to find the column of an element or
/// attribute that libxml2 reports by line only (schema validity errors).
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

    /// Where the start tag of `element` (by local name) that ends on `line` begins
    /// (libxml2 numbers an element by the line its start tag ends on), or, when
    /// `attribute` is given, where that attribute of it begins.
    func locate(element: String, attribute: String? = nil, line: Int) -> (line: Int, column: Int)? {
        guard !bytes.isEmpty, line >= 1, line <= lineStarts.count else { return nil }
        let endOfLine = line < lineStarts.count ? lineStarts[line] : bytes.count
        guard var offset = findTag(of: element, before: endOfLine) else { return nil }
        if let attribute, let found = find(attribute: attribute, inTagAt: offset) { offset = found }
        return position(of: offset)
    }

    /// The last `<element` (any prefix) that begins before `limit`.
    private func findTag(of element: String, before limit: Int) -> Int? {
        let name = Array(element.utf8)
        var index = limit
        while index > 0, let open = bytes[..<index].lastIndex(of: UInt8(ascii: "<")) {
            var nameStart = open + 1
            // Skip a namespace prefix: `<d:sale` matches `sale`.
            if let colon = bytes[nameStart..<min(bytes.count, nameStart + 64)].firstIndex(of: UInt8(ascii: ":")),
               !bytes[nameStart..<colon].contains(where: Self.endsName) {
                nameStart = colon + 1
            }
            let end = nameStart + name.count
            if end <= bytes.count, bytes[nameStart..<end].elementsEqual(name), end == bytes.count || Self.endsName(bytes[end]) {
                return open
            }
            index = open
        }
        return nil
    }

    private func find(attribute: String, inTagAt tagStart: Int) -> Int? {
        let name = Array(attribute.utf8)
        let tagEnd = bytes[tagStart...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
        var index = tagStart
        while index + name.count <= tagEnd {
            if Self.isSpace(bytes[index]), bytes[(index + 1)..<(index + 1 + name.count)].elementsEqual(name) {
                var after = index + 1 + name.count
                while after < tagEnd, Self.isSpace(bytes[after]) { after += 1 }
                if after < tagEnd, bytes[after] == UInt8(ascii: "=") { return index + 1 }
            }
            index += 1
        }
        return nil
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
