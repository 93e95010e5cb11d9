import Foundation
import Programme

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
    public static func format(_ value: Decimal, language: Language) -> String {
        if let scaled = ScaledAmount(value) {
            let rounded = scaled.rounded(toPlaces: 2)
            return render(rounded.digits, negative: rounded.units < 0, language: language)
        }
        let rounded = cents(value)
        return render(digits(of: rounded), negative: rounded < 0, language: language)
    }

    /// Every digit kept (at least two decimals): for figures that rounding would misstate.
    public static func exact(_ value: Decimal, language: Language) -> String {
        if let scaled = ScaledAmount(value) {
            return render(scaled.digits, negative: scaled.units < 0, language: language)
        }
        return render(digits(of: value), negative: value < 0, language: language)
    }

    /// The digits before and after the point of `value`'s description, without sign.
    private static func digits(of value: Decimal) -> (whole: String, fraction: String) {
        let parts = value.magnitude.description.split(separator: ".", maxSplits: 1)
        return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    }

    /// The digits grouped in threes, at least two decimals.
    private static func render(_ digits: (whole: String, fraction: String), negative: Bool, language: Language) -> String {
        let (whole, fraction) = digits
        let (groupSeparator, decimalSeparator) = language == .russian ? ("\u{00A0}", ",") : (",", ".")
        let wholeCount = whole.utf8.count
        let fractionCount = max(2, fraction.utf8.count)
        let count =
            (negative ? 1 : 0) + wholeCount + (wholeCount - 1) / 3 * groupSeparator.utf8.count
            + decimalSeparator.utf8.count + fractionCount
        return String(unsafeUninitializedCapacity: count) { text in
            var position = 0
            func write(_ bytes: some Sequence<UInt8>) {
                for byte in bytes {
                    text[position] = byte
                    position += 1
                }
            }
            if negative { write("-".utf8) }
            for (index, digit) in whole.utf8.enumerated() {
                if index > 0, (wholeCount - index) % 3 == 0 { write(groupSeparator.utf8) }
                write(CollectionOfOne(digit))
            }
            write(decimalSeparator.utf8)
            write(fraction.utf8)
            write(repeatElement(UInt8(ascii: "0"), count: fractionCount - fraction.utf8.count))
            return position
        }
    }
}
