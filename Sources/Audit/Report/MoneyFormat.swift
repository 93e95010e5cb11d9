import Foundation

/// Money as people read it: rounded half-even to cents, digits grouped the way
/// the report's language groups them (`7,500.00`; in Russian `7 500,00`).
public enum MoneyFormat {
    /// `value` rounded half-even to two decimals.
    public static func cents(_ value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 2, .bankers)
        return result
    }

    /// Rounded to cents and grouped.
    public static func format(_ value: Decimal, language: String) -> String {
        render(cents(value), language: language, minimumFractionDigits: 2)
    }

    /// Every digit kept (at least two decimals): for figures that rounding would misstate.
    public static func exact(_ value: Decimal, language: String) -> String {
        render(value, language: language, minimumFractionDigits: 2)
    }

    private static func render(_ value: Decimal, language: String, minimumFractionDigits: Int) -> String {
        let plain = value.magnitude.description
        let parts = plain.split(separator: ".", maxSplits: 1)
        let whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if fraction.count < minimumFractionDigits { fraction += String(repeating: "0", count: minimumFractionDigits - fraction.count) }
        let (groupSeparator, decimalSeparator) = language == "ru" ? ("\u{00A0}", ",") : (",", ".")
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped += groupSeparator }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped + decimalSeparator + fraction
    }
}
