/// JSON text laid out byte for byte as Foundation's `JSONEncoder` lays it out with
/// `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes`, written straight
/// into a buffer. Keys are written in the order they are given: give them sorted.
///
///     var json = JSONWriter()
///     json.object { json in
///         json.key("id"); json.string("KP-1")
///         json.key("tags"); json.array(["a", "b"]) { $0.string($1) }
///     }
struct JSONWriter: ~Copyable {
    /// The text so far, UTF-8.
    private var bytes = TextBuffer(capacity: 4096)
    /// Spaces after every line break, for text that sits inside a larger document
    /// (as if the whole text were indented line by line, blank lines included).
    private let margin: Int
    /// How many objects and arrays are open.
    private var depth = 0
    /// The next value is the first of its object or array.
    private var first = true
    /// The next value follows its key on the same line.
    private var afterKey = false

    /// An empty text; `margin` spaces go after every line break, and before the first
    /// line too when `indentingFirstLine`.
    init(margin: Int = 0, indentingFirstLine: Bool = false) {
        self.margin = margin
        if indentingFirstLine { spaces(margin) }
    }

    /// The text so far.
    var text: String { bytes.text }

    /// Ends the text with a line break, as a whole document ends, and gives it.
    mutating func document() -> String {
        bytes.append(UInt8(ascii: "\n"))
        return text
    }

    // MARK: - Values

    /// An object; `members` writes each member as `key(_:)` and a value.
    mutating func object(_ members: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        members(&self)
        close(UInt8(ascii: "}"))
    }

    /// An array of `elements`, each written by `element`.
    mutating func array<Elements: Sequence>(_ elements: Elements, _ element: (inout JSONWriter, Elements.Element) -> Void) {
        open(UInt8(ascii: "["))
        for item in elements { element(&self, item) }
        close(UInt8(ascii: "]"))
    }

    /// The key of the next member of an object, as written in the code: copied as it is,
    /// not searched for characters to escape (so it must have none).
    mutating func key(_ name: StaticString) {
        startValue()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        append(Self.keyEnd)
        afterKey = true
    }

    /// The key of the next member of an object, made at run time: escaped as a string is.
    mutating func key(escaping name: String) {
        startValue()
        quote(name)
        append(Self.keySeparator)
        afterKey = true
    }

    /// A string, or `null`.
    mutating func string(_ value: String?) {
        guard let value else { return null() }
        startValue()
        quote(value)
    }

    /// A whole number, or `null`.
    mutating func number(_ value: Int?) {
        guard let value else { return null() }
        startValue()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The digits, last first, then turned round where they lie.
        let start = bytes.count
        var magnitude = value.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes.reverse(from: start)
    }

    mutating func bool(_ value: Bool) {
        startValue()
        append(value ? "true" : "false")
    }

    mutating func null() {
        startValue()
        append("null")
    }

    // MARK: - Layout

    private static let keySeparator: StaticString = " : "
    /// The closing quote of a key written in the code, and the separator after it.
    private static let keyEnd: StaticString = "\" : "
    /// A line break and the widest indentation written in one piece; wider ones take more.
    private static let lineBreakAndSpaces: StaticString = "\n                                                                "
    private static let hexDigits: StaticString = "0123456789abcdef"

    /// Text written in the code, copied as it is.
    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append($0) }
    }

    /// What goes before a value: nothing after a key or at the top; in an array or
    /// object, a comma after the previous value and a new line.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        lineBreak()
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        depth += 1
        first = true
    }

    /// The closing bracket on its own line; an empty object or array has a blank line
    /// inside, as `JSONEncoder` writes it.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if first { lineBreak(indent: margin) }
        first = false
        lineBreak()
        bytes.append(bracket)
    }

    /// A line break and the indentation of the current depth.
    private mutating func lineBreak() {
        lineBreak(indent: margin + 2 * depth)
    }

    /// A line break and `width` spaces, copied from static text: a batch writes tens of
    /// them for every dossier.
    private mutating func lineBreak(indent width: Int) {
        let written = min(width, Self.lineBreakAndSpaces.utf8CodeUnitCount - 1)
        Self.lineBreakAndSpaces.withUTF8Buffer { bytes.append(UnsafeBufferPointer(rebasing: $0[...written])) }
        spaces(width - written)
    }

    /// `count` spaces.
    private mutating func spaces(_ count: Int) {
        bytes.append(UInt8(ascii: " "), times: count)
    }

    // MARK: - Strings

    /// `text` in quotes, escaped as `JSONEncoder` escapes it: quote and backslash
    /// with a backslash, control characters as `\b \t \n \f \r` or `\u00XX` in lower
    /// case; slashes, DEL and everything beyond ASCII as they are.
    private mutating func quote(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                escape(byte)
                start = index + 1
            }
            bytes.append(UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            append("u00")
            Self.hexDigits.withUTF8Buffer { digits in
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 0xF)])
            }
        }
    }
}
