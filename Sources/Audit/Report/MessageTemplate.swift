import DossierModel

/// A programme text in the report's language, split once into literal runs and
/// `{name}` placeholders, which `render` fills with a finding's values.
struct MessageTemplate: Sendable {
    private enum Part: Sendable {
        case literal(String)
        /// A placeholder, and the text written when the finding gives it no value.
        case placeholder(PlaceholderName, unfilled: String)
    }

    private let parts: [Part]
    /// The text when it has no placeholder.
    private let plain: String?
    /// Room for a rendering: the literal bytes, and some for each value.
    private let capacity: Int

    /// `text` split at each `{` and the first `}` after it; a name no check fills
    /// stays as written.
    init(_ text: String) {
        // Braces are ASCII: find them in the UTF-8 bytes rather than walking characters.
        let bytes = text.utf8
        let scalars = text.unicodeScalars
        var parts: [Part] = []
        var literal = ""
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            literal += Substring(scalars[rest..<open])
            let name = String(Substring(scalars[bytes.index(after: open)..<close]))
            if let known = PlaceholderName(rawValue: name) {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.placeholder(known, unfilled: "{\(name)}"))
            } else {
                literal += "{\(name)}"
            }
            rest = bytes.index(after: close)
        }
        literal += Substring(scalars[rest...])
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
        plain = parts.contains { if case .placeholder = $0 { true } else { false } } ? nil : text
        capacity = parts.reduce(0) { room, part in
            switch part {
            case .literal(let text): room + text.utf8.count
            case .placeholder: room + 24
            }
        }
    }

    func render(_ values: Placeholders, language: String) -> String {
        if let plain { return plain }
        var output = ""
        output.reserveCapacity(capacity)
        for part in parts {
            switch part {
            case .literal(let text): output += text
            case .placeholder(let name, let unfilled): output += values[name].map { format($0, language: language) } ?? unfilled
            }
        }
        return output
    }

    private func format(_ value: PlaceholderValue, language: String) -> String {
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
