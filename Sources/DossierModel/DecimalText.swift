import Foundation

/// Exact reading of `xs:decimal` text into `Decimal`, never through a binary float.
public enum DecimalText {
    /// `+2500.00`, `2500`, `2500.`, `-200.5`, `.5`; surrounding whitespace ignored.
    /// Nil for anything else, or a value with more digits than `Decimal` holds exactly.
    public static func parse(_ raw: some StringProtocol) -> Decimal? {
        if let plain = plain(raw.utf8) { return plain }
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

    /// The usual case, read from the bytes without building strings: ASCII
    /// `[+-]digits[.digits]` with at most 18 significant digits and no whitespace,
    /// giving exactly the value (and representation) `parse` builds. Nil means
    /// "not this case", never "not a decimal".
    private static func plain(_ bytes: some Collection<UInt8>) -> Decimal? {
        var negative = false
        var significand: UInt64 = 0
        var significantDigits = 0  // digits from the first non-zero one on
        var fractionDigits = 0
        var pendingZeros = 0  // fraction zeros, kept only if a non-zero digit follows
        var inFraction = false
        var sawDigit = false
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "+") where offset == 0: continue
            case UInt8(ascii: "-") where offset == 0: negative = true
            case UInt8(ascii: ".") where !inFraction: inFraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                let digit = UInt64(byte - UInt8(ascii: "0"))
                if inFraction, digit == 0 {
                    pendingZeros += 1
                    continue
                }
                if significantDigits > 0 {
                    significantDigits += pendingZeros + 1
                } else if digit != 0 {
                    significantDigits = 1
                }
                guard significantDigits <= 18 else { return nil }
                for _ in 0..<pendingZeros { significand *= 10 }
                significand = significand * 10 + digit
                if inFraction { fractionDigits += pendingZeros + 1 }
                pendingZeros = 0
            default:
                return nil
            }
        }
        guard sawDigit else { return nil }
        return Decimal(sign: negative && significand != 0 ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }
}
