import Foundation

/// An exact decimal number as a whole count of 10^-`scale` units in 64 bits: what
/// `Decimal` arithmetic gives on money, at integer speed. Every operation that would
/// not fit says so (nil), and the caller keeps to `Decimal`.
struct ScaledAmount: Equatable, Sendable {
    var units: Int64
    /// Decimal places, 0 to 18.
    var scale: Int

    static let maximumScale = 18

    init(units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    /// Exactly `value`, or nil when it needs more than 18 decimal places or 64 bits.
    init?(_ value: Decimal) {
        guard !value.isNaN else { return nil }
        let significand = value.significand
        let count = NSDecimalNumber(decimal: significand).int64Value
        // The round trip proves the count exact, whatever the platform's conversion does.
        guard count >= 0, Decimal(count) == significand else { return nil }
        let exponent = value.exponent
        var amount = ScaledAmount(units: value.sign == .minus ? -count : count, scale: 0)
        if exponent >= 0 {
            guard exponent <= Self.maximumScale, let whole = amount.multiplied(byPowerOfTen: exponent) else { return nil }
            amount.units = whole
        } else {
            guard -exponent <= Self.maximumScale else { return nil }
            amount.scale = -exponent
        }
        self = amount
    }

    /// The same amount with `scale` decimal places (at least its own), or nil if it does not fit.
    func rescaled(to scale: Int) -> ScaledAmount? {
        guard scale >= self.scale, scale <= Self.maximumScale,
            let units = multiplied(byPowerOfTen: scale - self.scale)
        else { return nil }
        return ScaledAmount(units: units, scale: scale)
    }

    /// The exact product, or nil if it does not fit.
    func multiplied(by other: ScaledAmount) -> ScaledAmount? {
        let (product, overflow) = units.multipliedReportingOverflow(by: other.units)
        guard !overflow, scale + other.scale <= Self.maximumScale else { return nil }
        return ScaledAmount(units: product, scale: scale + other.scale)
    }

    /// Rounded half-even to `places` decimal places (unchanged when it has no more).
    func rounded(toPlaces places: Int) -> ScaledAmount {
        guard scale > places else { return self }
        let divisor = Self.powersOfTen[scale - places]
        var (quotient, remainder) = units.magnitude.quotientAndRemainder(dividingBy: UInt64(divisor))
        let half = UInt64(divisor / 2)
        if remainder > half || (remainder == half && quotient % 2 == 1) { quotient += 1 }
        let magnitude = Int64(quotient)
        return ScaledAmount(units: units < 0 ? -magnitude : magnitude, scale: places)
    }

    /// The same number as a `Decimal`, in the compact form `Decimal` arithmetic leaves.
    var decimal: Decimal {
        var value = Decimal(sign: units < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(units.magnitude))
        NSDecimalCompact(&value)
        return value
    }

    /// The digits before and after the decimal point, without sign: as `Decimal`'s own
    /// description spells them, `scale` digits after the point.
    var digits: (whole: String, fraction: String) {
        let (whole, fraction) = units.magnitude.quotientAndRemainder(dividingBy: UInt64(Self.powersOfTen[scale]))
        guard scale > 0 else { return (String(whole), "") }
        let fractionDigits = String(fraction)
        return (String(whole), String(repeating: "0", count: scale - fractionDigits.count) + fractionDigits)
    }

    private func multiplied(byPowerOfTen exponent: Int) -> Int64? {
        let (product, overflow) = units.multipliedReportingOverflow(by: Self.powersOfTen[exponent])
        return overflow ? nil : product
    }

    /// 10^0 … 10^18.
    private static let powersOfTen: [Int64] = (0...maximumScale).map { (0..<$0).reduce(Int64(1)) { power, _ in power * 10 } }
}

extension ScaledAmount: Comparable {
    /// Amounts of one scale only, as a ledger keeps them.
    static func < (lhs: ScaledAmount, rhs: ScaledAmount) -> Bool {
        precondition(lhs.scale == rhs.scale, "amounts of different scales")
        return lhs.units < rhs.units
    }
}
