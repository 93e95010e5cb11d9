import Diagnostics
import DossierModel
import DossierXML
import Programme

/// Everything an audit of one dossier concluded, with every text already in the
/// report's language: what reporters turn into text, JSON, HTML and the rest.
public struct AuditReport: Sendable {
    /// The dossier file, as given or found.
    public var file: String
    /// The partner, when the dossier could be read.
    public var partner: PartnerSummary?
    /// The programme audited against.
    public var program: ProgrammeSummary
    public var asOf: CalendarDate
    /// Language code of every text in the report.
    public var language: Language
    /// Well-formed, valid against the schema, attachments inside the dossier's folder.
    public var valid: Bool
    /// `--tier`, else the dossier's `applies-for`, else nil.
    public var appliedTier: String?
    /// The highest tier met, or nil.
    public var qualifiedTier: String?
    /// The tier whose unmet requirements are the findings: the applied tier, or the
    /// one above the qualified tier when none is applied for.
    public var judgedTier: String?
    public var eligible: Bool
    /// The unmet requirements of the judged tier.
    public var findings: [Finding]
    /// Structural errors (and an unknown applied tier), with line and column.
    public var errors: [Diagnostic]
    /// Things worth knowing that do not change the verdict.
    public var warnings: [Diagnostic]
    /// Every tier, with every requirement's outcome: the tier progress view.
    public var tiers: [TierOutcome]
    /// When the qualified tier lapses if nothing new is submitted.
    public var holdsUntil: Lapse?
    /// The benefits of the qualified tier.
    public var benefits: [BenefitLine]
    /// Attached files that could not be checked, and why.
    public var uncheckedEvidence: [UncheckedEvidence]

    /// The qualified tier stops being met on or before `date`, if nothing new is submitted.
    public func lapses(onOrBefore date: CalendarDate) -> Bool {
        holdsUntil.map { $0.date <= date } ?? false
    }

    /// The outcome of one tier.
    public func tier(_ id: String) -> TierOutcome? {
        tiers.first { $0.id == id }
    }
}

/// The partner's id and name.
public struct PartnerSummary: Sendable, Hashable {
    public var id: String
    public var name: String
}

/// The programme's id and label.
public struct ProgrammeSummary: Sendable, Hashable {
    public var id: String
    public var label: String
}

/// One requirement's outcome on the audit date.
public struct Finding: Sendable, Hashable {
    /// The requirement's stable id.
    public var requirement: String
    /// The tier judged.
    public var tier: String
    public var status: RequirementStatus
    /// What happened, in plain words (empty when met).
    public var message: String
    /// The dossier line of the evidence judged, when there is one.
    public var line: Int?
    /// The requirement's label.
    public var label: String
    /// The id and label of the group the requirement is listed under.
    public var group: String
    /// What to submit to meet it (empty when met).
    public var fix: String
    /// The gap in plain words ("659.50 USD more retail sales"), when not met.
    public var gap: String?
    /// Actual against required money, for volume requirements.
    public var amounts: MoneyComparison?
    /// When met: the first day it would stop being met if nothing new were submitted.
    public var lapsesOn: CalendarDate?
}

/// A tier and how each of its requirements fared.
public struct TierOutcome: Sendable, Hashable {
    public var id: String
    public var label: String
    public var met: Bool
    public var outcomes: [Finding]
}

/// The day a tier stops being met, and the requirement that lapses then.
public struct Lapse: Sendable, Hashable {
    public var date: CalendarDate
    public var requirement: String
    public var label: String
}

/// A benefit as the qualified tier gives it.
public struct BenefitLine: Sendable, Hashable {
    public var id: String
    public var group: String
    public var label: String
    /// The tier's value ("25%", "accelerated"), when it has one.
    public var value: String?
}

/// An attached file whose evidence was not checked.
public struct UncheckedEvidence: Sendable, Hashable {
    public var path: String
    public var line: Int
    public var reason: Reason

    /// Why a file was not checked; reporters word it in the report's language.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// The dossier gives no SHA-256 to compare the file with.
        case noDigest = "no-digest"
        /// No file at that path.
        case notFound = "not-found"
        /// The file is there but could not be read.
        case notReadable = "not-readable"
        /// Not opened: `--skip-attachments`.
        case skipped
    }
}
