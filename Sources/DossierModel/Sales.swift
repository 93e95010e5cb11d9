import Foundation

/// The `sales` section: a default currency, conversion rates and sales lines.
public struct Sales: Sendable, Hashable {
    /// ISO 4217 code of amounts without their own currency.
    public var currency: String
    /// How many USD one unit of each currency is.
    public var usdRates: [String: Decimal]
    public var lines: [Sale]
    public var line: Int?

    public init(currency: String = "USD", usdRates: [String: Decimal] = [:], lines: [Sale] = [], line: Int? = nil) {
        self.currency = currency
        self.usdRates = usdRates
        self.lines = lines
        self.line = line
    }
}

/// One invoice or credit note.
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
