import DossierModel
import Programme

/// Fills `{name}` placeholders of a programme text with a finding's values.
struct MessageTemplate {
    let language: String

    func render(_ text: LocalizedText, _ values: [String: PlaceholderValue]) -> String {
        let template = text.text(language)
        // Braces are ASCII: find them in the UTF-8 bytes rather than walking characters.
        let bytes = template.utf8
        let scalars = template.unicodeScalars
        var output = ""
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            output += Substring(scalars[rest..<open])
            let name = String(Substring(scalars[bytes.index(after: open)..<close]))
            output += values[name].map(format) ?? "{\(name)}"
            rest = bytes.index(after: close)
        }
        return rest == bytes.startIndex ? template : output + Substring(scalars[rest...])
    }

    func format(_ value: PlaceholderValue) -> String {
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
