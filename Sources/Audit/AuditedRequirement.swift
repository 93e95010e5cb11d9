import Programme

/// A distinct requirement of the programme as an auditor judges it: its check, and
/// its texts in the report's language, prepared once for every dossier (and shared,
/// not copied, by the tiers and the lapse search).
final class AuditedRequirement: Sendable {
    let requirement: Requirement
    /// Its position among the programme's distinct requirements.
    let slot: Int
    let check: any RequirementCheck
    let label: String
    let fix: MessageTemplate
    /// The message and the gap of each status (in `RequirementStatus.allCases` order),
    /// when the programme words them.
    private let messages: [MessageTemplate?]
    private let gaps: [MessageTemplate?]

    init(_ requirement: Requirement, slot: Int, language: Language) {
        self.requirement = requirement
        self.slot = slot
        check = requirement.kind.check
        label = requirement.label.text(language)
        fix = MessageTemplate(requirement.fix.text(language))
        messages = RequirementStatus.allCases.map { requirement.message(for: $0).map { MessageTemplate($0.text(language)) } }
        gaps = RequirementStatus.allCases.map { requirement.gap(for: $0).map { MessageTemplate($0.text(language)) } }
    }

    func message(for status: RequirementStatus) -> MessageTemplate? {
        messages[status.index]
    }

    func gap(for status: RequirementStatus) -> MessageTemplate? {
        gaps[status.index]
    }
}

extension RequirementStatus {
    /// The position in `allCases`.
    fileprivate var index: Int {
        Self.allCases.firstIndex(of: self)!
    }
}
