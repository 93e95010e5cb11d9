import Diagnostics
import DossierModel
import DossierXML
import Programme

/// Judges dossiers against one programme, tier by tier, on an audit date.
/// One auditor serves a whole batch, from any number of threads.
public struct Auditor: Sendable {
    public let programme: Programme
    /// Language of every text in the reports.
    public let language: Language
    /// How many distinct requirements the programme has: tiers that extend another
    /// share its requirements, and a shared one (same id, parameters and texts) is
    /// judged once per dossier.
    private let distinctCount: Int
    /// Each tier's requirements, shared with the tiers that have them too.
    private let tierRequirements: [[AuditedRequirement]]
    /// Each tier's search for the day it lapses.
    private let lapseFinders: [LapseFinder]
    /// The programme's id and label, in the report's language.
    private let summary: ProgrammeSummary
    /// Each tier's label and benefits, in the report's language.
    private let tierLabels: [String]
    private let tierBenefits: [[BenefitLine]]
    /// The channels and currencies of the sales requirements, each once.
    private let salesLedgerKeys: [(channel: String, currency: String)]

    public init(programme: Programme, language: Language = .english) {
        self.programme = programme
        self.language = language
        var distinct: [Requirement: AuditedRequirement] = [:]
        tierRequirements = programme.tiers.map { tier in
            tier.requirements.map { requirement in
                if let audited = distinct[requirement] { return audited }
                let audited = AuditedRequirement(requirement, slot: distinct.count, language: language)
                distinct[requirement] = audited
                return audited
            }
        }
        distinctCount = distinct.count
        lapseFinders = tierRequirements.map { LapseFinder(requirements: $0) }
        summary = ProgrammeSummary(id: programme.id, label: programme.label.text(language))
        tierLabels = programme.tiers.map { $0.label.text(language) }
        tierBenefits = programme.tiers.map { tier in
            tier.benefits.map {
                BenefitLine(
                    id: $0.benefit.id, group: $0.benefit.group, label: $0.benefit.label.text(language), value: $0.value?.text(language))
            }
        }
        var keys: [(channel: String, currency: String)] = []
        for case .salesVolume(let channel, _, _, let currency) in tierRequirements.joined().map(\.requirement.kind)
        where !keys.contains(where: { $0 == (channel, currency) }) {
            keys.append((channel, currency))
        }
        salesLedgerKeys = keys
    }

    /// The report on a readable, schema-valid dossier whose attached files are as
    /// `attachments` says: a pure function of the dossier, the programme, the date and
    /// the verdicts, which never opens a file.
    public func audit(
        _ dossier: Dossier, asOf: CalendarDate, tier override: String? = nil, attachments verdicts: AttachmentVerdicts,
        warnings: [Diagnostic] = []
    ) -> AuditReport {
        var report = dossierReport(dossier, asOf: asOf, tier: override, warnings: warnings)
        report.uncheckedEvidence = unchecked(dossier, verdicts)

        let ledgers = salesLedgerKeys.compactMap { SalesLedger<ScaledAmount>(dossier.sales, channel: $0.channel, currency: $0.currency) }
        let context = CheckContext(asOf: asOf, attachments: verdicts, salesLedgers: ledgers)
        let asOfValue = PlaceholderValue.text(asOf.description)
        var judged = [Finding?](repeating: nil, count: distinctCount)
        report.tiers = programme.tiers.indices.map { rank in
            outcome(ofTier: rank, for: dossier, in: context, asOf: asOfValue, judged: &judged)
        }
        let qualifiedRank = report.tiers.lastIndex { $0.met }
        report.qualifiedTier = qualifiedRank.map { report.tiers[$0].id }
        report.holdsUntil = qualifiedRank.flatMap { rank in
            let firstCandidate = report.tiers[rank].outcomes.lazy.compactMap(\.lapsesOn).min()
            return lapseFinders[rank].firstLapse(of: dossier, from: firstCandidate, in: context).map {
                Lapse(date: $0.date, requirement: $0.requirement.requirement.id, label: $0.requirement.label)
            }
        }
        report.benefits = qualifiedRank.map { tierBenefits[$0] } ?? []

        if let applied = report.appliedTier, programme.rank(of: applied) == nil {
            report.errors.append(
                Diagnostic(
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

    /// The report on a readable, schema-valid dossier made invalid by `errors` of its
    /// attached files (a symbolic link leading outside its folder).
    public func invalid(
        _ dossier: Dossier, errors: [Diagnostic], warnings: [Diagnostic] = [], asOf: CalendarDate, tier override: String? = nil
    ) -> AuditReport {
        var report = dossierReport(dossier, asOf: asOf, tier: override, warnings: warnings)
        report.valid = false
        report.errors = errors
        return report
    }

    /// The report on a dossier that could not be read or is not valid.
    public func invalid(file: String, errors: [Diagnostic], warnings: [Diagnostic] = [], asOf: CalendarDate, tier override: String? = nil)
        -> AuditReport
    {
        var report = emptyReport(file: file, asOf: asOf, warnings: warnings)
        report.valid = false
        report.errors = errors
        report.appliedTier = override
        return report
    }

    // MARK: - Parts

    private var messages: AuditMessages { AuditMessages(language: language) }

    /// A report naming the dossier's partner and applied tier, warning when the dossier is
    /// for another programme; nothing judged yet.
    private func dossierReport(_ dossier: Dossier, asOf: CalendarDate, tier override: String?, warnings: [Diagnostic]) -> AuditReport {
        var report = emptyReport(file: dossier.file, asOf: asOf, warnings: warnings)
        report.partner = PartnerSummary(id: dossier.partner.id, name: dossier.partner.name)
        report.appliedTier = override ?? dossier.appliesFor
        if dossier.program != programme.id {
            report.warnings.append(
                Diagnostic(
                    .warning, messages.programmeMismatch(dossier: dossier.program, audited: programme.id),
                    at: SourceLocation(file: dossier.file, line: dossier.line, column: 1)))
        }
        return report
    }

    private func emptyReport(file: String, asOf: CalendarDate, warnings: [Diagnostic]) -> AuditReport {
        AuditReport(
            file: file, partner: nil, program: summary,
            asOf: asOf, language: language, valid: true, appliedTier: nil, qualifiedTier: nil, judgedTier: nil,
            eligible: false, findings: [], errors: [], warnings: warnings, tiers: [], holdsUntil: nil, benefits: [],
            uncheckedEvidence: [])
    }

    /// The outcome of the tier of rank `rank`; `judged` keeps the finding of each distinct
    /// requirement already judged for this dossier, which only changes tier from one tier
    /// to the next.
    private func outcome(
        ofTier rank: Int, for dossier: Dossier, in context: CheckContext, asOf: PlaceholderValue, judged: inout [Finding?]
    ) -> TierOutcome {
        let tier = programme.tiers[rank].id
        let outcomes = tierRequirements[rank].map { audited -> Finding in
            if var finding = judged[audited.slot] {
                finding.tier = tier
                return finding
            }
            let finding = judge(audited, tier: tier, for: dossier, in: context, asOf: asOf)
            judged[audited.slot] = finding
            return finding
        }
        return TierOutcome(id: tier, label: tierLabels[rank], met: outcomes.allSatisfy { $0.status == .met }, outcomes: outcomes)
    }

    /// One requirement's finding on the dossier, in the report's language; `asOf` is the
    /// audit date as its placeholder shows it.
    private func judge(
        _ audited: AuditedRequirement, tier: String, for dossier: Dossier, in context: CheckContext, asOf: PlaceholderValue
    ) -> Finding {
        var judgement = audited.check.judge(dossier, in: context)
        judgement.values[.asOf] = asOf
        let values = judgement.values
        let met = judgement.status == .met
        return Finding(
            requirement: audited.requirement.id, tier: tier, status: judgement.status,
            message: met
                ? "" : audited.message(for: judgement.status).map { $0.render(values, language: language) } ?? judgement.status.rawValue,
            line: judgement.line, label: audited.label, group: audited.requirement.group,
            fix: met ? "" : audited.fix.render(values, language: language),
            gap: met ? nil : audited.gap(for: judgement.status).map { $0.render(values, language: language) },
            amounts: judgement.amounts, lapsesOn: met ? judgement.lapsesOn : nil)
    }

    private func nextTier(after id: String?) -> String? {
        guard let id else { return programme.tiers.first?.id }
        guard let rank = programme.rank(of: id), rank + 1 < programme.tiers.count else { return nil }
        return programme.tiers[rank + 1].id
    }

    private func unchecked(_ dossier: Dossier, _ verdicts: AttachmentVerdicts) -> [UncheckedEvidence] {
        let attachments = dossier.attachments
        var seen = Set<String>(minimumCapacity: attachments.count)
        return attachments.compactMap { attachment in
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
