import Foundation

/// The `sales` section: a default currency, conversion rates and the sales lines,
/// summed per day, channel and currency as they are read. That is all that judging
/// needs (windows, rates, the day a total lapses, the first sale that cannot be
/// converted), and it keeps a dossier's memory flat whatever its number of lines.
public struct Sales: Sendable, Hashable {
    /// ISO 4217 code of amounts without their own currency.
    public var currency: String
    /// How many USD one unit of each currency is.
    public var usdRates: [String: Decimal]
    /// The lines' sums, in the order of each sum's first line in the document.
    public var days: [SalesDay]
    /// How many sales lines the section has.
    public var lineCount: Int
    public var line: Int?

    public init(currency: String = "USD", usdRates: [String: Decimal] = [:], line: Int? = nil) {
        self.currency = currency
        self.usdRates = usdRates
        self.days = []
        self.lineCount = 0
        self.line = line
    }

    /// The section with `lines` added in this order.
    public init(currency: String = "USD", usdRates: [String: Decimal] = [:], lines: [Sale], line: Int? = nil) {
        var summary = SalesSummary(currency: currency)
        for sale in lines { summary.add(sale) }
        self = summary.sales(usdRates: usdRates, line: line)
    }
}

/// The sales lines of one day and channel in one currency, summed.
public struct SalesDay: Sendable, Hashable {
    public var date: CalendarDate
    /// `retail`, `distribution`, `oem` or `other`.
    public var channel: String
    /// The lines' currency: their own, or the section's.
    public var currency: String
    /// The exact sum of the lines' amounts (credit notes are negative).
    public var total: Decimal
    /// The most decimal places of one line's amount.
    public var scale: Int
    /// How many lines were summed.
    public var count: Int
    /// The first of these lines in the document.
    public var first: SaleReference
}

/// Where a sales line is: what a finding about it shows.
public struct SaleReference: Sendable, Hashable {
    public var id: String
    public var line: Int

    public init(id: String, line: Int) {
        self.id = id
        self.line = line
    }
}

/// One invoice or credit note, as read: it goes into a `SalesSummary` and is not kept.
public struct Sale: Sendable, Hashable {
    public var id: String
    public var date: CalendarDate
    /// `retail`, `distribution`, `oem` or `other`.
    public var channel: String
    /// Negative for a credit note.
    public var amount: Decimal
    /// The sale's own currency, or nil for the section's.
    public var currency: String?
    public var product: String?
    public var line: Int

    public init(
        id: String, date: CalendarDate, channel: String, amount: Decimal, currency: String?, product: String?, line: Int
    ) {
        self.id = id
        self.date = date
        self.channel = channel
        self.amount = amount
        self.currency = currency
        self.product = product
        self.line = line
    }
}

/// Sums sales lines per day, channel and currency as they arrive.
public struct SalesSummary: Sendable {
    /// A day, and the channel and currency by their place in `names`: cheap to hash.
    private struct Key: Hashable {
        let date: CalendarDate
        let channel: Int
        let currency: Int

        /// One number hashed instead of five (equality still compares every field).
        func hash(into hasher: inout Hasher) {
            hasher.combine(((date.year &* 16 &+ date.month) &* 32 &+ date.day) &* 4096 &+ channel &* 64 &+ currency)
        }
    }

    /// The section's currency, for lines without their own.
    public let currency: String
    private var days: [SalesDay] = []
    private var positions: [Key: Int] = [:]
    /// The channels and currencies seen, each once: a dossier has a handful.
    private var names: [String] = []
    private var count = 0

    public init(currency: String) {
        self.currency = currency
    }

    public mutating func add(_ sale: Sale) {
        add(date: sale.date, channel: sale.channel, amount: sale.amount, currency: sale.currency, line: sale.line) { sale.id }
    }

    /// Adds a line; `id` is asked for only when the line is the first of its sum.
    public mutating func add(
        date: CalendarDate, channel: String, amount: Decimal, currency ownCurrency: String?, line: Int, id: () -> String
    ) {
        count += 1
        let code = ownCurrency ?? currency
        let key = Key(date: date, channel: place(of: channel), currency: place(of: code))
        let scale = max(0, -amount.exponent)
        if let position = positions[key] {
            days[position].total += amount
            days[position].scale = max(days[position].scale, scale)
            days[position].count += 1
        } else {
            positions[key] = days.count
            days.append(
                SalesDay(
                    date: date, channel: channel, currency: code, total: amount, scale: scale, count: 1,
                    first: SaleReference(id: id(), line: line)))
        }
    }

    private mutating func place(of name: String) -> Int {
        if let known = names.firstIndex(of: name) { return known }
        names.append(name)
        return names.count - 1
    }

    /// The section with the lines added so far.
    public func sales(usdRates: [String: Decimal], line: Int?) -> Sales {
        var sales = Sales(currency: currency, usdRates: usdRates, line: line)
        sales.days = days
        sales.lineCount = count
        return sales
    }
}

/// A sales forecast for a quarter.
public struct Forecast: Sendable, Hashable {
    public var quarter: Quarter
    public var amount: Decimal
    public var currency: String?
    public var submitted: CalendarDate
    public var line: Int
}

/// A quarterly business report.
public struct QuarterlyReport: Sendable, Hashable {
    public var quarter: Quarter
    public var submitted: CalendarDate
    public var document: Attachment?
    public var line: Int
}
