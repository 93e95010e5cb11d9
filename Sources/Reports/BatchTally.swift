import Audit
import DossierModel
import Programme

/// What a batch summary keeps of the reports it has written: counts per tier and
/// the short lists shown after the table (never the reports themselves).
struct BatchTally {
    /// A partner not eligible for the tier it applied for, or whose dossier is invalid.
    struct Shortfall {
        var title: String
        var standing: Standing
        /// The tier applied for, when there is one.
        var tier: String?
        var missing: String
    }

    /// A partner whose qualified tier lapses soon.
    struct Lapsing {
        var title: String
        var tier: String
        var date: CalendarDate
        var requirement: String
    }

    /// How far ahead a lapse counts as soon.
    let lapsingWithinDays: Int
    /// The words of the first report's language.
    private(set) var words = ReportStrings(language: .english)
    private(set) var programme = ""
    private(set) var asOf: CalendarDate?
    /// Partners per qualified tier, for none, and invalid.
    private(set) var counts = TierCounts()
    private(set) var shortfalls: [Shortfall] = []
    private(set) var lapsing: [Lapsing] = []

    init(lapsingWithinDays: Int) {
        self.lapsingWithinDays = lapsingWithinDays
    }

    mutating func add(_ report: AuditReport) {
        if counts.total == 0 {
            words = ReportStrings(language: report.language)
            programme = report.program.label
            asOf = report.asOf
        }
        counts.add(report)
        let standing = Standing(report)
        if standing == .invalid || standing == .notEligible {
            shortfalls.append(
                Shortfall(
                    title: report.title, standing: standing, tier: report.appliedTier.map(report.tierLabel),
                    missing: report.missingSummary(words)))
        }
        if let lapse = report.holdsUntil, let qualified = report.qualifiedTier, let days = report.daysUntilLapse,
            days <= lapsingWithinDays
        {
            lapsing.append(Lapsing(title: report.title, tier: report.tierLabel(qualified), date: lapse.date, requirement: lapse.label))
        }
    }
}
