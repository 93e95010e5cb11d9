import Audit

/// How many dossiers of a batch qualified for each tier, for none, or were invalid.
/// The tiers are learnt from the first report that has them (an invalid dossier's
/// report has none), so the totals do not depend on which dossier comes first.
struct TierCounts {
    /// Partners per qualified tier, lowest tier first.
    private(set) var tiers: [(label: String, id: String, count: Int)] = []
    private(set) var noTier = 0
    private(set) var invalid = 0
    private(set) var total = 0

    mutating func add(_ report: AuditReport) {
        total += 1
        if tiers.isEmpty { tiers = report.tiers.map { ($0.label, $0.id, 0) } }
        if !report.valid {
            invalid += 1
        } else if let qualified = report.qualifiedTier, let index = tiers.firstIndex(where: { $0.id == qualified }) {
            tiers[index].count += 1
        } else {
            noTier += 1
        }
    }
}
