extension UInt8 {
    /// `0` to `9` in ASCII.
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

    /// The value of an ASCII digit.
    var asciiDigitValue: Int { Int(self - UInt8(ascii: "0")) }
}

extension Collection<UInt8> {
    /// The number these bytes spell in ASCII decimal digits, or nil when there are
    /// none or one is anything else. For short fields: it does not check for overflow.
    var asciiDigitsValue: Int? {
        guard !isEmpty, allSatisfy(\.isASCIIDigit) else { return nil }
        return reduce(0) { $0 * 10 + $1.asciiDigitValue }
    }
}
