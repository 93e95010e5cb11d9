import Foundation

/// Exact reading of `xs:decimal` text into `Decimal`, never through a binary float.
public enum DecimalText {
    /// `+2500.00`, `2500`, `2500.`, `-200.5`, `.5`; surrounding whitespace ignored.
    /// Nil for anything else, or a value with more digits than `Decimal` holds exactly.
    public static func parse(_ raw: some StringProtocol) -> Decimal? {
        var text = String(raw)
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// `parse(_:)` on the UTF-8 bytes of the text.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        var token = bytes.trimmingXMLWhitespace()[...]
        let negative = token.first == UInt8(ascii: "-")
        if negative || token.first == UInt8(ascii: "+") { token = token.dropFirst() }
        let point = token.firstIndex(of: UInt8(ascii: ".")) ?? token.endIndex
        let whole = token[..<point]
        var fraction = token[point...].dropFirst()
        guard !whole.isEmpty || !fraction.isEmpty, whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit) else {
            return nil
        }
        while fraction.last == UInt8(ascii: "0") { fraction = fraction.dropLast() }
        let wholeDigits = whole.drop { $0 == UInt8(ascii: "0") }
        let digitCount = wholeDigits.isEmpty ? fraction.drop { $0 == UInt8(ascii: "0") }.count : wholeDigits.count + fraction.count
        guard digitCount <= 38, let significand = significand(whole, fraction, digitCount: digitCount) else { return nil }
        return Decimal(sign: negative && significand != 0 ? .minus : .plus, exponent: -fraction.count, significand: significand)
    }

    /// The integer that the digits of `whole` then `fraction` spell, `digitCount` of them
    /// significant: summed in a `UInt64` while that surely holds it (the usual case),
    /// else read by `Decimal` itself.
    private static func significand(
        _ whole: Slice<UnsafeBufferPointer<UInt8>>, _ fraction: Slice<UnsafeBufferPointer<UInt8>>, digitCount: Int
    ) -> Decimal? {
        guard digitCount > 18 else {
            let append = { (value: UInt64, digit: UInt8) in value * 10 + UInt64(digit.asciiDigitValue) }
            return Decimal(fraction.reduce(whole.reduce(0, append), append))
        }
        return Decimal(string: String(decoding: (Array(whole) + fraction).drop { $0 == UInt8(ascii: "0") }, as: UTF8.self))
    }
}
