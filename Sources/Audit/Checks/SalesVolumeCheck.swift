import DossierModel
import Foundation
import Programme

/// The sum, in `currency`, of the `channel` sales dated after the audit date minus
/// `windowMonths` months and up to the audit date, is at least `threshold`.
struct SalesVolumeCheck: RequirementCheck {
    let channel: String
    let windowMonths: Int
    let threshold: Decimal
    let currency: String
    /// The threshold in whole units, when it fits.
    private let scaledThreshold: ScaledAmount?

    init(channel: String, windowMonths: Int, threshold: Decimal, currency: String) {
        self.channel = channel
        self.windowMonths = windowMonths
        self.threshold = threshold
        self.currency = currency
        scaledThreshold = ScaledAmount(threshold)
    }

    /// Adds up in whole units when the dossier's amounts and the threshold allow it
    /// (the same sums, exactly), else in `Decimal`.
    func judge(_ dossier: Dossier, in context: CheckContext) -> Judgement {
        let scaled =
            context.salesLedgers.first { $0.channel == channel && $0.currency == currency }
            ?? SalesLedger<ScaledAmount>(dossier.sales, channel: channel, currency: currency)
        if let scaled, let limit = scaledThreshold.flatMap(scaled.limit) {
            return judge(scaled, limit: limit, sales: dossier.sales, asOf: context.asOf)
        }
        return judge(
            SalesLedger<Decimal>(dossier.sales, channel: channel, currency: currency), limit: threshold, sales: dossier.sales,
            asOf: context.asOf)
    }

    /// The judgement with the ledger's amounts and `limit`, the threshold in their form
    /// (whichever form the ledger has, the same judgement).
    func judge<Amount>(_ ledger: SalesLedger<Amount>, limit: Amount, sales: Sales, asOf: CalendarDate) -> Judgement {
        let start = windowStart(for: asOf)
        var values: Placeholders = [
            .windowStart: .date(start.adding(days: 1)), .required: .money(threshold),
            .currency: .text(currency), .windowMonths: .integer(windowMonths),
        ]
        var total = ledger.zero
        var unconvertible: [SalesDay] = []
        for line in ledger.lines where line.date > start && line.date <= asOf {
            if let amount = line.amount {
                total = total + amount
            } else {
                unconvertible.append(sales.days[line.index])
            }
        }
        if let first = unconvertible.first {
            let codes = Set(unconvertible.map(\.currency)).sorted()
            values[.currencies] = .text(codes.joined(separator: ", "))
            values[.evidence] = .text(first.first.id)
            values[.line] = .integer(first.first.line)
            return Judgement(status: .unverifiable, line: first.first.line, values: values)
        }
        let actual = total.decimal
        let comparison = MoneyComparison(actual: actual, required: threshold, currency: currency)
        let reached = !(total < limit)
        let shortfall = reached ? Decimal(0) : (limit - total).decimal
        // Rounding 7,499.9952 to 7,500.00 would hide the shortfall: then show exact figures.
        let hidesShortfall = !reached && !(total.roundedToCents() < limit)
        values[.actual] = hidesShortfall ? .exactMoney(actual) : .money(actual)
        values[.shortfall] = hidesShortfall ? .exactMoney(shortfall) : .money(shortfall)
        guard reached else {
            return Judgement(status: .insufficient, line: sales.line, values: values, amounts: comparison)
        }
        return Judgement(
            status: .met, line: sales.line, values: values, amounts: comparison,
            lapsesOn: lapse(after: asOf, in: ledger, limit: limit))
    }

    /// The exclusive start of the window ending on `date`: the same day `windowMonths`
    /// months earlier, the day clamped to that month's length (29 February → 28 February).
    func windowStart(for date: CalendarDate) -> CalendarDate {
        date.adding(months: -windowMonths)
    }

    /// The first day whose window no longer holds a sale dated `date`: the first whose
    /// window starts on or after it. Window starts never go back from one day to the
    /// next, and the same day `windowMonths` months later is at most a few days off.
    func firstDay(leaving date: CalendarDate) -> CalendarDate {
        var day = date.adding(months: windowMonths)
        while windowStart(for: day) < date { day = day.adding(days: 1) }
        while windowStart(for: day.adding(days: -1)) >= date { day = day.adding(days: -1) }
        return day
    }

    /// The first day after `asOf` on which the sales on file, entering and rolling
    /// out of the window as the days pass, no longer reach the threshold (or a sale
    /// without rate enters it). Nil when that never happens within twenty years.
    /// The total changes only on a day a sale enters or leaves the window, so only
    /// those days are looked at; it reached the threshold on the audit date.
    private func lapse<Amount>(after asOf: CalendarDate, in ledger: SalesLedger<Amount>, limit: Amount) -> CalendarDate? {
        let lines = ledger.byDate
        let start = windowStart(for: asOf)
        var entered = lines.firstIndex { $0.date > asOf } ?? lines.count
        var left = lines.firstIndex { $0.date > start } ?? lines.count
        var total = lines[left..<entered].reduce(ledger.zero) { $0 + ($1.amount ?? ledger.zero) }
        let horizon = asOf.adding(years: 20)
        while left < lines.count {
            var day = firstDay(leaving: lines[left].date)
            if entered < lines.count { day = min(day, lines[entered].date) }
            guard day <= horizon else { return nil }
            while entered < lines.count, lines[entered].date <= day {
                guard let amount = lines[entered].amount else { return day }
                total = total + amount
                entered += 1
            }
            let dayStart = windowStart(for: day)
            while left < entered, lines[left].date <= dayStart {
                total = total - (lines[left].amount ?? ledger.zero)
                left += 1
            }
            if total < limit { return day }
        }
        return nil
    }
}
