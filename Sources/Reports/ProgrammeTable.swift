import Audit
import Programme

/// A programme as the vendor's table shows it, in one language: the tiers side by
/// side, then the benefit and requirement groups, each row with one cell per tier
/// (`✔`, the tier's value such as "25%" or "7,500 USD", or empty).
struct ProgrammeTable {
    struct Row {
        var label: String
        /// One per tier, lowest first; empty where the tier lacks the row.
        var cells: [String]
    }

    struct Group {
        var label: String
        var rows: [Row]
    }

    struct Section {
        var heading: String
        var groups: [Group]
    }

    let title: String
    let description: String?
    let tiersHeading: String
    let tiers: [String]
    /// Benefits, then requirements, as in the vendor's table.
    let sections: [Section]

    init(_ programme: Programme, language: Language) {
        let words = ReportStrings(language: language)
        title = programme.label.text(language)
        description = programme.description?.text(language)
        tiersHeading = programme.headings.tiers.text(language)
        tiers = programme.tiers.map { $0.label.text(language) }
        let benefits = programme.benefitGroups.map { group in
            Group(
                label: group.label.text(language),
                rows: group.items.map { benefit in
                    Row(
                        label: benefit.label.text(language),
                        cells: programme.tiers.map { tier in
                            guard let given = tier.benefits.first(where: { $0.benefit.id == benefit.id }) else { return "" }
                            return given.value?.text(language) ?? "✔"
                        })
                })
        }
        let requirements = programme.requirementGroups.map { group in
            Group(
                label: group.label.text(language),
                rows: group.items.map { requirement in
                    Row(
                        label: requirement.label.text(language),
                        cells: programme.tiers.map { tier in
                            guard let required = tier.requirements.first(where: { $0.id == requirement.id }) else { return "" }
                            return Self.cell(required.kind, words)
                        })
                })
        }
        sections = [
            Section(heading: programme.headings.benefits.text(language), groups: benefits),
            Section(heading: programme.headings.requirements.text(language), groups: requirements),
        ]
    }

    /// `✔`, or the threshold for a volume requirement: whole amounts without cents.
    private static func cell(_ kind: RequirementKind, _ words: ReportStrings) -> String {
        guard case .salesVolume(_, _, let threshold, let currency) = kind else { return "✔" }
        var amount = MoneyFormat.format(threshold, language: words.language)
        for zeroCents in [".00", ",00"] where amount.hasSuffix(zeroCents) { amount.removeLast(zeroCents.count) }
        return "\(amount) \(words.currency(currency))"
    }
}
