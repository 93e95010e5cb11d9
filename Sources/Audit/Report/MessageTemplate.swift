import DossierModel
import Programme

/// A programme text in the report's language, split once into literal runs and
/// `{name}` placeholders, which `render` fills with a finding's values.
struct MessageTemplate: Sendable {
    /// A run of literal text (its bytes in `literalBytes`) or a placeholder: plain
    /// values, so that rendering walks them without copying any text.
    private enum Part: Sendable {
        case literal(Range<Int>)
        case placeholder(PlaceholderName)
    }

    private let parts: [Part]
    /// The UTF-8 of every literal run, one after the other.
    private let literalBytes: [UInt8]
    private let placeholderCount: Int
    /// The text when it has no placeholder.
    private let plain: String?

    /// `text` split at each `{` and the first `}` after it; a name no check fills
    /// stays as written.
    init(_ text: String) {
        // Braces are ASCII: find them in the UTF-8 bytes rather than walking characters.
        let bytes = Array(text.utf8)
        var parts: [Part] = []
        var literalBytes: [UInt8] = []
        var literalStart = 0
        func endLiteral() {
            guard literalBytes.count > literalStart else { return }
            parts.append(.literal(literalStart..<literalBytes.count))
            literalStart = literalBytes.count
        }
        var rest = 0
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")),
            let close = bytes[open...].firstIndex(of: UInt8(ascii: "}"))
        {
            literalBytes += bytes[rest..<open]
            if let known = PlaceholderName(rawValue: String(decoding: bytes[(open + 1)..<close], as: UTF8.self)) {
                endLiteral()
                parts.append(.placeholder(known))
            } else {
                literalBytes += bytes[open...close]
            }
            rest = close + 1
        }
        literalBytes += bytes[rest...]
        endLiteral()
        self.parts = parts
        self.literalBytes = literalBytes
        placeholderCount = parts.count(where: { if case .placeholder = $0 { true } else { false } })
        plain = placeholderCount == 0 ? text : nil
    }

    func render(_ values: Placeholders, language: Language) -> String {
        if let plain { return plain }
        // Each value is written once, then the text is laid out at its exact length.
        return withUnsafeTemporaryAllocation(of: String.self, capacity: placeholderCount) { filled in
            var length = literalBytes.count
            var next = 0
            for case .placeholder(let name) in parts {
                let text = values[name].map { format($0, language: language) } ?? "{\(name.rawValue)}"
                length += text.utf8.count
                filled.initializeElement(at: next, to: text)
                next += 1
            }
            defer { _ = filled.deinitialize() }
            return String(unsafeUninitializedCapacity: length) { output in
                var position = 0
                var next = 0
                func write(_ bytes: UnsafeBufferPointer<UInt8>) {
                    _ = UnsafeMutableBufferPointer(rebasing: output[position...]).initialize(fromContentsOf: bytes)
                    position += bytes.count
                }
                for part in parts {
                    switch part {
                    case .literal(let range):
                        literalBytes.withUnsafeBufferPointer { write(UnsafeBufferPointer(rebasing: $0[range])) }
                    case .placeholder:
                        filled[next].withUTF8(write)
                        next += 1
                    }
                }
                return position
            }
        }
    }

    private func format(_ value: PlaceholderValue, language: Language) -> String {
        switch value {
        case .text(let text): text
        case .date(let date): date.description
        case .money(let amount): MoneyFormat.format(amount, language: language)
        case .exactMoney(let amount): MoneyFormat.exact(amount, language: language)
        case .integer(let number): String(number)
        case .quarter(let quarter): quarter.description
        }
    }
}
