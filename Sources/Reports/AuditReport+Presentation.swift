import Audit
import Diagnostics
import DossierModel
import Programme

/// What several formats derive from a report in the same way.
extension AuditReport {
    /// The label of a tier (its id when the programme has no such tier).
    func tierLabel(_ id: String) -> String {
        tier(id)?.label ?? id
    }

    /// The tier just above the qualified one (the lowest when none is met); nil at the top.
    var nextTier: TierOutcome? {
        guard let qualified = qualifiedTier else { return tiers.first }
        guard let index = tiers.firstIndex(where: { $0.id == qualified }), index + 1 < tiers.count else { return nil }
        return tiers[index + 1]
    }

    /// What the next tier still needs, in plain words ("659.50 USD more retail sales").
    var nextTierGaps: [String] {
        nextTier?.outcomes.filter { $0.status != .met }.map { $0.gap ?? $0.label } ?? []
    }

    /// The tier whose requirements become CI test cases: the judged tier, else the qualified one.
    var testedTier: TierOutcome? {
        (judgedTier ?? qualifiedTier).flatMap(tier)
    }

    /// Every requirement some tier sets, in programme order (lowest tier first), with its label.
    var requirementRows: [(id: String, label: String)] {
        var seen = Set<String>()
        return tiers.flatMap(\.outcomes).compactMap { seen.insert($0.requirement).inserted ? ($0.requirement, $0.label) : nil }
    }

    /// Days from the audit date to the day the qualified tier lapses.
    var daysUntilLapse: Int? {
        holdsUntil.map { $0.date.days(since: asOf) }
    }

    /// The partner as a heading names it: "Name (ID)", or the file when unreadable.
    var title: String {
        partner.map { "\($0.name) (\($0.id))" } ?? file
    }

    /// The sentence on when the qualified tier lapses; nil without a qualified tier.
    func holdsSentence(_ words: ReportStrings) -> String? {
        guard let qualified = qualifiedTier else { return nil }
        let label = tierLabel(qualified)
        guard let lapse = holdsUntil else { return words.neverLapses(tier: label) }
        return words.holds(tier: label, until: lapse.date, requirement: lapse.label)
    }

    /// The sentence on what the next tier needs; the top-tier note at the top; nil for an invalid dossier.
    func nextTierSentence(_ words: ReportStrings) -> String? {
        guard valid else { return nil }
        guard let next = nextTier else { return words[.topTierReached] }
        return words.nextTierNeeds(tier: next.label, gaps: nextTierGaps)
    }

    /// What keeps the report from its tier, in one line: the gaps of the judged tier,
    /// else the first error with its place; empty when nothing is missing.
    func missingSummary(_ words: ReportStrings) -> String {
        if !valid || findings.isEmpty, let first = errors.first {
            let more = errors.count > 1 ? " (+\(errors.count - 1))" : ""
            return "\(words.location(line: first.line, column: first.column)): \(first.message)\(more)"
        }
        return findings.map { $0.gap ?? $0.label }.joined(separator: "; ")
    }
}
