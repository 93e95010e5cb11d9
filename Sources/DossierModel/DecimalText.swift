import Foundation

/// Exact reading of `xs:decimal` text into `Decimal`, never through a binary float.
public enum DecimalText {
    /// `+2500.00`, `2500`, `2500.`, `-200.5`, `.5`; surrounding whitespace ignored.
    /// Nil for anything else, or a value with more digits than `Decimal` holds exactly.
    public static func parse(_ raw: some StringProtocol) -> Decimal? {
        var token = raw.trimmingXMLWhitespace()
        var negative = false
        if let sign = token.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            token = token.dropFirst()
        }
        let parts = token.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        var fraction = parts.count == 2 ? parts[1] : ""
        while fraction.last == "0" { fraction = fraction.dropLast() }
        guard !(whole.isEmpty && (parts.count < 2 || parts[1].isEmpty)),
              whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit)
        else { return nil }
        var digits = String(whole + fraction)
        while digits.count > 1, digits.first == "0" { digits.removeFirst() }
        if digits.isEmpty { digits = "0" }
        guard digits.count <= 38, let significand = Decimal(string: digits) else { return nil }
        return Decimal(sign: negative && significand != 0 ? .minus : .plus, exponent: -fraction.count, significand: significand)
    }
}
