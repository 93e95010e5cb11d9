import DossierModel

/// A programme text in the report's language, split once into literal runs and
/// `{name}` placeholders, which `render` fills with a finding's values.
struct MessageTemplate: Sendable {
    /// A run of literal text (its index in `literals`) or a placeholder: plain values,
    /// so that rendering walks them without copying any text.
    private enum Part: Sendable {
        case literal(Int)
        case placeholder(PlaceholderName)
    }

    private let parts: [Part]
    private let literals: [String]
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
        var literals: [String] = []
        var literal = ""
        func endLiteral() {
            guard !literal.isEmpty else { return }
            parts.append(.literal(literals.count))
            literals.append(literal)
            literal = ""
        }
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            literal += Substring(scalars[rest..<open])
            let name = String(Substring(scalars[bytes.index(after: open)..<close]))
            if let known = PlaceholderName(rawValue: name) {
                endLiteral()
                parts.append(.placeholder(known))
            } else {
                literal += "{\(name)}"
            }
            rest = bytes.index(after: close)
        }
        literal += Substring(scalars[rest...])
        endLiteral()
        self.parts = parts
        self.literals = literals
        plain = literals.count == parts.count ? text : nil
        capacity = literals.reduce(0) { $0 + $1.utf8.count } + (parts.count - literals.count) * 24
    }

    func render(_ values: Placeholders, language: String) -> String {
        if let plain { return plain }
        var output = ""
        output.reserveCapacity(capacity)
        for part in parts {
            switch part {
            case .literal(let index): output += literals[index]
            case .placeholder(let name): output += values[name].map { format($0, language: language) } ?? "{\(name.rawValue)}"
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
