import Audit
import DossierModel

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
    private(set) var words = ReportStrings(language: "en")
    private(set) var programme = ""
    private(set) var asOf: CalendarDate?
    /// Partners per qualified tier, lowest tier first.
    private(set) var tiers: [(label: String, id: String, count: Int)] = []
    private(set) var noTier = 0
    private(set) var invalid = 0
    private(set) var total = 0
    private(set) var shortfalls: [Shortfall] = []
    private(set) var lapsing: [Lapsing] = []

    init(lapsingWithinDays: Int) {
        self.lapsingWithinDays = lapsingWithinDays
    }

    mutating func add(_ report: AuditReport) {
        if total == 0 {
            words = ReportStrings(language: report.language)
            programme = report.program.label
            asOf = report.asOf
        }
        total += 1
        if tiers.isEmpty { tiers = report.tiers.map { ($0.label, $0.id, 0) } }
        if !report.valid {
            invalid += 1
        } else if let qualified = report.qualifiedTier, let index = tiers.firstIndex(where: { $0.id == qualified }) {
            tiers[index].count += 1
        } else {
            noTier += 1
        }
        let standing = Standing(report)
        if standing == .invalid || standing == .notEligible {
            shortfalls.append(Shortfall(
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
