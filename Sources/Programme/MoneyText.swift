import Foundation

/// Exact reading of an `xs:decimal` amount (`7500.00`, `15000`, `+.5`) into `Decimal`,
/// digit by digit, never through a binary float.
enum MoneyText {
    /// The amount, or nil for text that is not an `xs:decimal` of at most 38 digits.
    static func parse(_ raw: String) -> Decimal? {
        var token = Substring(raw)
        var negative = false
        if let sign = token.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            token = token.dropFirst()
        }
        let parts = token.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        let digits = whole + fraction
        guard !digits.isEmpty, digits.count <= 38, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let significand = Decimal(string: String(digits))
        else { return nil }
        return Decimal(sign: negative && significand != 0 ? .minus : .plus, exponent: -fraction.count, significand: significand)
    }
}
