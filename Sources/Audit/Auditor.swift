import DossierModel
import DossierXML
import Programme

/// Judges dossiers against one programme, tier by tier, on an audit date.
/// One auditor serves a whole batch, from any number of threads.
public struct Auditor: Sendable {
    public let programme: Programme
    /// Language of every text in the reports.
    public let language: String
    /// False with `--skip-attachments`: attached files are never opened.
    public let checkAttachments: Bool
    /// The programme's requirements, each once: tiers that extend another share its
    /// requirements, and a shared one (same id, parameters and texts) is judged once
    /// per dossier.
    private let distinctRequirements: [Requirement]
    /// For each tier, the index in `distinctRequirements` of each of its requirements.
    private let requirementSlots: [[Int]]

    public init(programme: Programme, language: String = "en", checkAttachments: Bool = true) {
        self.programme = programme
        self.language = language
        self.checkAttachments = checkAttachments
        var slotOf: [Requirement: Int] = [:]
        var distinct: [Requirement] = []
        requirementSlots = programme.tiers.map { tier in
            tier.requirements.map { requirement in
                if let slot = slotOf[requirement] { return slot }
                slotOf[requirement] = distinct.count
                distinct.append(requirement)
                return distinct.count - 1
            }
        }
        distinctRequirements = distinct
    }

    /// The report on a readable, schema-valid dossier.
    public func audit(_ dossier: Dossier, asOf: CalendarDate, tier override: String? = nil, warnings: [Diagnostic] = []) -> AuditReport {
        var report = emptyReport(file: dossier.file, asOf: asOf, warnings: warnings)
        report.partner = PartnerSummary(id: dossier.partner.id, name: dossier.partner.name)
        report.appliedTier = override ?? dossier.appliesFor
        if dossier.program != programme.id {
            report.warnings.append(Diagnostic(
                .warning, messages.programmeMismatch(dossier: dossier.program, audited: programme.id),
                at: SourceLocation(file: dossier.file, line: dossier.line, column: 1)))
        }

        let verdicts: AttachmentVerdicts
        if checkAttachments {
            switch AttachmentVerifier(language: language).verify(dossier) {
            case .success(let found): verdicts = found
            case .failure(let failure):
                report.valid = false
                report.errors = failure.diagnostics
                return report
            }
        } else {
            verdicts = AttachmentVerdicts()
        }
        report.uncheckedEvidence = unchecked(dossier, verdicts)

        let context = CheckContext(asOf: asOf, attachments: verdicts)
        var judged = [Finding?](repeating: nil, count: distinctRequirements.count)
        report.tiers = zip(programme.tiers, requirementSlots).map { tier, slots in
            outcome(of: tier, slots: slots, for: dossier, in: context, judged: &judged)
        }
        let qualified = report.tiers.last { $0.met }
        report.qualifiedTier = qualified?.id
        report.holdsUntil = qualified.flatMap { outcome in programme.tier(outcome.id).map { (outcome, $0) } }.flatMap { outcome, tier in
            let firstCandidate = outcome.outcomes.compactMap(\.lapsesOn).min()
            return LapseFinder(tier: tier, dossier: dossier, attachments: verdicts).firstLapse(from: firstCandidate).map {
                Lapse(date: $0.date, requirement: $0.requirement.id, label: $0.requirement.label.text(language))
            }
        }
        report.benefits = qualified.flatMap { programme.tier($0.id) }.map(benefits) ?? []

        if let applied = report.appliedTier, programme.rank(of: applied) == nil {
            report.errors.append(Diagnostic(
                .error,
                messages.unknownTier(applied, programme: programme.id, tiers: programme.tiers.map(\.id)),
                at: SourceLocation(file: dossier.file, line: dossier.line, column: 1)))
            return report
        }
        report.judgedTier = report.appliedTier ?? nextTier(after: report.qualifiedTier)
        report.findings = report.judgedTier.flatMap { report.tier($0) }?.outcomes.filter { $0.status != .met } ?? []
        if let applied = report.appliedTier, let wanted = programme.rank(of: applied) {
            report.eligible = (report.qualifiedTier.flatMap(programme.rank) ?? -1) >= wanted
        }
        return report
    }

    /// The report on a dossier that could not be read or is not valid.
    public func invalid(file: String, errors: [Diagnostic], warnings: [Diagnostic] = [], asOf: CalendarDate, tier override: String? = nil) -> AuditReport {
        var report = emptyReport(file: file, asOf: asOf, warnings: warnings)
        report.valid = false
        report.errors = errors
        report.appliedTier = override
        return report
    }

    // MARK: - Parts

    private var messages: AuditMessages { AuditMessages(language: language) }

    private func emptyReport(file: String, asOf: CalendarDate, warnings: [Diagnostic]) -> AuditReport {
        AuditReport(
            file: file, partner: nil, program: ProgrammeSummary(id: programme.id, label: programme.label.text(language)),
            asOf: asOf, language: language, valid: true, appliedTier: nil, qualifiedTier: nil, judgedTier: nil,
            eligible: false, findings: [], errors: [], warnings: warnings, tiers: [], holdsUntil: nil, benefits: [],
            uncheckedEvidence: [])
    }

    /// The outcome of `tier`; `judged` keeps the finding of each distinct requirement
    /// already judged for this dossier, which only changes tier from one tier to the next.
    private func outcome(
        of tier: Tier, slots: [Int], for dossier: Dossier, in context: CheckContext, judged: inout [Finding?]
    ) -> TierOutcome {
        let outcomes = zip(tier.requirements, slots).map { requirement, slot -> Finding in
            if var finding = judged[slot] {
                finding.tier = tier.id
                return finding
            }
            let finding = judge(requirement, tier: tier, for: dossier, in: context)
            judged[slot] = finding
            return finding
        }
        return TierOutcome(id: tier.id, label: tier.label.text(language), met: outcomes.allSatisfy { $0.status == .met }, outcomes: outcomes)
    }

    /// One requirement's finding on the dossier, in the report's language.
    private func judge(_ requirement: Requirement, tier: Tier, for dossier: Dossier, in context: CheckContext) -> Finding {
        let template = MessageTemplate(language: language)
        let judgement = requirement.kind.check.judge(dossier, in: context)
        var values = judgement.values
        values["asOf"] = .date(context.asOf)
        if let line = judgement.line { values["line"] = .integer(line) }
        let met = judgement.status == .met
        return Finding(
            requirement: requirement.id, tier: tier.id, status: judgement.status,
            message: met ? "" : requirement.messages[judgement.status.rawValue].map { template.render($0, values) } ?? judgement.status.rawValue,
            line: judgement.line, label: requirement.label.text(language), group: requirement.group,
            fix: template.render(requirement.fix, values),
            gap: met ? nil : requirement.gap(for: judgement.status.rawValue).map { template.render($0, values) },
            amounts: judgement.amounts, lapsesOn: met ? judgement.lapsesOn : nil)
    }

    private func benefits(of tier: Tier) -> [BenefitLine] {
        tier.benefits.map {
            BenefitLine(id: $0.benefit.id, group: $0.benefit.group, label: $0.benefit.label.text(language), value: $0.value?.text(language))
        }
    }

    private func nextTier(after id: String?) -> String? {
        guard let id else { return programme.tiers.first?.id }
        guard let rank = programme.rank(of: id), rank + 1 < programme.tiers.count else { return nil }
        return programme.tiers[rank + 1].id
    }

    private func unchecked(_ dossier: Dossier, _ verdicts: AttachmentVerdicts) -> [UncheckedEvidence] {
        var seen = Set<String>()
        return dossier.attachments.compactMap { attachment in
            guard seen.insert(attachment.path).inserted else { return nil }
            switch verdicts.verdict(for: attachment) {
            case .intact, .tampered: return nil
            case .noDigest: return UncheckedEvidence(path: attachment.path, line: attachment.line, reason: .noDigest)
            case .absent(let reason): return UncheckedEvidence(path: attachment.path, line: attachment.line, reason: reason)
            case .skipped: return UncheckedEvidence(path: attachment.path, line: attachment.line, reason: .skipped)
            }
        }
    }
}
