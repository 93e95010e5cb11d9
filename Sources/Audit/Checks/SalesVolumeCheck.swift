import DossierModel
import Foundation

/// The sum, in `currency`, of the `channel` sales dated after the audit date minus
/// `windowMonths` months and up to the audit date, is at least `threshold`.
struct SalesVolumeCheck: RequirementCheck {
    let channel: String
    let windowMonths: Int
    let threshold: Decimal
    let currency: String

    func judge(_ dossier: Dossier, in context: CheckContext) -> Judgement {
        let asOf = context.asOf
        let start = windowStart(for: asOf)
        // The channel's sales, each converted once (nil: no rate), for the sum and the lapse search.
        let lines = dossier.sales.lines.filter { $0.channel == channel }.map { (sale: $0, amount: convert($0, in: dossier.sales)) }
        let countedLines = lines.filter { $0.sale.date > start && $0.sale.date <= asOf }
        var values: Placeholders = [
            .windowStart: .date(start.adding(days: 1)), .required: .money(threshold),
            .currency: .text(currency), .windowMonths: .integer(windowMonths),
        ]
        let unconvertible = countedLines.filter { $0.amount == nil }.map(\.sale)
        if let first = unconvertible.first {
            let codes = Set(unconvertible.map { $0.currency ?? dossier.sales.currency }).sorted()
            values[.currencies] = .text(codes.joined(separator: ", "))
            values[.evidence] = .text(first.id)
            return Judgement(status: .unverifiable, line: first.line, values: values)
        }
        let total = countedLines.reduce(Decimal(0)) { $0 + $1.amount! }
        let comparison = MoneyComparison(actual: total, required: threshold, currency: currency)
        // Rounding 7,499.9952 to 7,500.00 would hide the shortfall: then show exact figures.
        let hidesShortfall = total < threshold && MoneyFormat.cents(total) >= threshold
        values[.actual] = hidesShortfall ? .exactMoney(total) : .money(total)
        values[.shortfall] = hidesShortfall ? .exactMoney(comparison.shortfall) : .money(comparison.shortfall)
        guard total >= threshold else {
            return Judgement(status: .insufficient, line: dossier.sales.line, values: values, amounts: comparison)
        }
        return Judgement(
            status: .met, line: dossier.sales.line, values: values, amounts: comparison,
            lapsesOn: lapse(after: asOf, lines: lines))
    }

    /// The exclusive start of the window ending on `date`: the same day `windowMonths`
    /// months earlier, the day clamped to that month's length (29 February → 28 February).
    func windowStart(for date: CalendarDate) -> CalendarDate {
        let monthIndex = date.year * 12 + (date.month - 1) - windowMonths
        let year = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        let month = monthIndex - year * 12 + 1
        return CalendarDate(year: year, month: month, day: min(date.day, CalendarDate.daysIn(month: month, year: year)))!
    }

    /// The amount in the requirement's currency; nil when no rate converts it.
    private func convert(_ sale: Sale, in sales: Sales) -> Decimal? {
        let code = sale.currency ?? sales.currency
        if code == currency { return sale.amount }
        return sales.usdRates[code].map { sale.amount * $0 }
    }

    /// The first day after `asOf` on which the sales on file, entering and rolling
    /// out of the window as the days pass, no longer reach the threshold (or a sale
    /// without rate enters it). Nil when that never happens within twenty years.
    private func lapse(after asOf: CalendarDate, lines channelLines: [(sale: Sale, amount: Decimal?)]) -> CalendarDate? {
        let lines = channelLines.map { (date: $0.sale.date, amount: $0.amount) }.sorted { $0.date < $1.date }
        let start = windowStart(for: asOf)
        var entered = lines.firstIndex { $0.date > asOf } ?? lines.count
        var left = lines.firstIndex { $0.date > start } ?? lines.count
        var total = lines[left..<entered].reduce(Decimal(0)) { $0 + ($1.amount ?? 0) }
        var day = asOf
        let horizon = asOf.adding(years: 20)
        while left < lines.count, day < horizon {
            day = day.adding(days: 1)
            var moved = false
            while entered < lines.count, lines[entered].date <= day {
                guard let amount = lines[entered].amount else { return day }
                total += amount
                entered += 1
                moved = true
            }
            let dayStart = windowStart(for: day)
            while left < entered, lines[left].date <= dayStart {
                total -= lines[left].amount ?? 0
                left += 1
                moved = true
            }
            // The total changes only on a day a sale enters or leaves the window, and it
            // reached the threshold on the audit date (the check is met when this runs).
            if moved, total < threshold { return day }
        }
        return nil
    }
}
