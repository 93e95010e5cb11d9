import DossierModel
import Foundation
import Programme

/// What a requirement check concluded, with what the message needs to say it.
struct Judgement: Sendable {
    var status: RequirementStatus
    /// The dossier line of the evidence judged, when there is one.
    var line: Int?
    /// Values for the message placeholders (`{evidence}`, `{until}`, …).
    var values: Placeholders = [:]
    /// Actual and required money, for volume requirements.
    var amounts: MoneyComparison?
    /// When met: the first date on which it would no longer be met if nothing new
    /// were submitted; nil when it never lapses on its own.
    var lapsesOn: CalendarDate?
}

/// A typed placeholder value, formatted for the report's language when rendered.
public enum PlaceholderValue: Sendable, Hashable {
    case text(String)
    case date(CalendarDate)
    case money(Decimal)
    /// Money shown with every digit, where rounding to cents would hide a shortfall.
    case exactMoney(Decimal)
    case integer(Int)
    case quarter(Quarter)
}

/// An actual sum against a required one.
public struct MoneyComparison: Sendable, Hashable {
    public var actual: Decimal
    public var required: Decimal
    public var currency: String

    /// How much is missing; zero when the requirement is reached.
    public var shortfall: Decimal { max(0, required - actual) }
}
