import DossierModel
import Programme

/// Fills `{name}` placeholders of a programme text with a finding's values.
struct MessageTemplate {
    let language: String

    func render(_ text: LocalizedText, _ values: [String: PlaceholderValue]) -> String {
        let template = text.text(language)
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            output += values[name].map(format) ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
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
