import Programme

/// A distinct requirement of the programme as an auditor judges it: its check, and
/// its texts in the report's language, prepared once for every dossier (and shared,
/// not copied, by the tiers and the lapse search).
final class AuditedRequirement: Sendable {
    let requirement: Requirement
    let check: any RequirementCheck
    let label: String
    let fix: MessageTemplate
    /// The message and gap of each status, when the programme words them.
    private let texts: [(status: RequirementStatus, message: MessageTemplate?, gap: MessageTemplate?)]

    init(_ requirement: Requirement, language: String) {
        self.requirement = requirement
        check = requirement.kind.check
        label = requirement.label.text(language)
        fix = MessageTemplate(requirement.fix.text(language))
        texts = RequirementStatus.allCases.map { status in
            (status,
             requirement.messages[status.rawValue].map { MessageTemplate($0.text(language)) },
             requirement.gap(for: status.rawValue).map { MessageTemplate($0.text(language)) })
        }
    }

    func message(for status: RequirementStatus) -> MessageTemplate? {
        texts.firstIndex { $0.status == status }.flatMap { texts[$0].message }
    }

    func gap(for status: RequirementStatus) -> MessageTemplate? {
        texts.firstIndex { $0.status == status }.flatMap { texts[$0].gap }
    }
}
