import DossierModel
import Foundation

/// An amount a sales ledger adds up exactly: `Decimal`, or `ScaledAmount` when every
/// amount on the ledger has one scale in 64 bits.
protocol LedgerAmount: Comparable, Sendable {
    static func + (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    /// The amount as reports carry it.
    var decimal: Decimal { get }
    /// The amount rounded half-even to cents, in the same form.
    func roundedToCents() -> Self
}

extension Decimal: LedgerAmount {
    var decimal: Decimal { self }

    func roundedToCents() -> Decimal {
        MoneyFormat.cents(self)
    }
}

extension ScaledAmount: LedgerAmount {
    /// Amounts of one ledger only, whose sums and differences its builder proved to fit.
    static func + (lhs: ScaledAmount, rhs: ScaledAmount) -> ScaledAmount {
        precondition(lhs.scale == rhs.scale, "amounts of different scales")
        return ScaledAmount(units: lhs.units + rhs.units, scale: lhs.scale)
    }

    static func - (lhs: ScaledAmount, rhs: ScaledAmount) -> ScaledAmount {
        precondition(lhs.scale == rhs.scale, "amounts of different scales")
        return ScaledAmount(units: lhs.units - rhs.units, scale: lhs.scale)
    }

    /// Within a ledger's bound, rounding adds less than a cent: the amount still fits.
    func roundedToCents() -> ScaledAmount {
        rounded(toPlaces: 2).rescaled(to: scale)!
    }
}

/// The sales of one channel converted to one currency, once per dossier: what every
/// sales-volume requirement on that channel and currency adds up, on any date.
struct SalesLedger<Amount: LedgerAmount>: Sendable {
    /// One day's sales of the channel in one currency; no amount when no rate converts them.
    struct Line: Sendable {
        /// Its position in the dossier's `Sales.days`.
        let index: Int
        let date: CalendarDate
        let amount: Amount?
    }

    let channel: String
    let currency: String
    /// In the order of each day's first sale in the document.
    let lines: [Line]
    /// The same lines, by date.
    let byDate: [Line]
    /// Zero, in the form of the amounts.
    let zero: Amount

    private init(channel: String, currency: String, lines: [Line], zero: Amount) {
        self.channel = channel
        self.currency = currency
        self.lines = lines
        // Sales are usually listed by date already: then the same lines serve.
        let inDateOrder = zip(lines, lines.dropFirst()).allSatisfy { !($1.date < $0.date) }
        byDate = inDateOrder ? lines : lines.sorted { $0.date < $1.date }
        self.zero = zero
    }

    /// How a day's sales reach the ledger's currency.
    private enum Conversion {
        case alreadyInCurrency
        case rate(code: String, Decimal)
        case noRate
    }

    /// How `day` reaches `currency`.
    private static func conversion(of day: SalesDay, in sales: Sales, to currency: String) -> Conversion {
        if day.currency == currency { return .alreadyInCurrency }
        return sales.usdRates[day.currency].map { .rate(code: day.currency, $0) } ?? .noRate
    }
}

extension SalesLedger where Amount == Decimal {
    /// The ledger in `Decimal`, for amounts that do not fit 64 bits.
    init(_ sales: Sales, channel: String, currency: String) {
        var lines: [Line] = []
        for (index, day) in sales.days.enumerated() where day.channel == channel {
            let amount: Decimal? =
                switch Self.conversion(of: day, in: sales, to: currency) {
                case .alreadyInCurrency: day.total
                case .rate(_, let rate): day.total * rate
                case .noRate: nil
                }
            lines.append(Line(index: index, date: day.date, amount: amount))
        }
        self.init(channel: channel, currency: currency, lines: lines, zero: 0)
    }
}

extension SalesLedger where Amount == ScaledAmount {
    /// Magnitudes a scaled ledger keeps under, for all its amounts together and for a
    /// limit: so every sum of amounts, and its difference with a limit, fits 64 bits.
    private static var bound: UInt64 { UInt64(Int64.max / 2) }

    /// The ledger in whole units of one scale (at least cents, and at least that of
    /// every line), or nil when some amount does not fit it.
    init?(_ sales: Sales, channel: String, currency: String) {
        var lines: [Line] = []
        lines.reserveCapacity(sales.days.count)
        // Each currency's rate in whole units, converted once.
        var rates: [(code: String, rate: ScaledAmount)] = []
        func scaledRate(_ code: String, _ rate: Decimal) -> ScaledAmount? {
            if let known = rates.first(where: { $0.code == code }) { return known.rate }
            let scaled = ScaledAmount(rate)
            if let scaled { rates.append((code, scaled)) }
            return scaled
        }
        var scale = 2
        for (index, day) in sales.days.enumerated() where day.channel == channel {
            // The sum at the scale of its most precise line, as each line would have been.
            guard let total = ScaledAmount(day.total), let own = total.rescaled(to: max(total.scale, day.scale)) else { return nil }
            var amount: ScaledAmount?
            switch Self.conversion(of: day, in: sales, to: currency) {
            case .alreadyInCurrency:
                amount = own
            case .rate(let code, let rate):
                guard let rate = scaledRate(code, rate), let product = own.multiplied(by: rate) else { return nil }
                amount = product
            case .noRate:
                break
            }
            scale = max(scale, amount?.scale ?? 0)
            lines.append(Line(index: index, date: day.date, amount: amount))
        }
        var magnitudes: UInt64 = 0
        for (position, line) in lines.enumerated() {
            guard let amount = line.amount else { continue }
            guard let rescaled = amount.rescaled(to: scale) else { return nil }
            magnitudes += rescaled.units.magnitude
            guard magnitudes <= Self.bound else { return nil }
            lines[position] = Line(index: line.index, date: line.date, amount: rescaled)
        }
        self.init(channel: channel, currency: currency, lines: lines, zero: ScaledAmount(units: 0, scale: scale))
    }

    /// `threshold` at the ledger's scale, or nil when it has more decimals or is too large.
    func limit(for threshold: ScaledAmount) -> ScaledAmount? {
        guard let limit = threshold.rescaled(to: zero.scale), limit.units.magnitude <= Self.bound else { return nil }
        return limit
    }
}
