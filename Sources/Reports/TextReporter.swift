import Audit
import DossierModel
import DossierXML

/// Plain text a partner can act on: the verdict, what is missing and how to fix
/// it, when the tier lapses, the benefits; coloured on a terminal.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    let options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ report: AuditReport) -> String {
        let words = ReportStrings(language: report.language)
        var out: [String] = []
        let who = report.partner.map { "\($0.name) (\($0.id))" } ?? report.file
        out.append(bold("\(who) — \(report.program.label), \(words[.auditedOn]) \(report.asOf)"))
        out.append("\(words[.dossier]): \(report.file)")
        out.append("")
        guard report.valid else {
            out.append(paint(words[.invalidDossier], .red))
            out += report.errors.map { "  \($0)" }
            return out.joined(separator: "\n") + "\n"
        }
        let tierLabel = { (id: String?) in id.flatMap { report.tier($0)?.label } ?? id ?? words[.noTier] }
        out.append("\(words[.qualifiesFor]): \(bold(tierLabel(report.qualifiedTier)))")
        if let applied = report.appliedTier {
            let verdict = report.eligible ? paint(words[.eligible], .green) : paint(words[.notEligible], .red)
            out.append("\(words[.appliedFor]): \(tierLabel(applied)) — \(verdict)")
        } else {
            out.append("\(words[.appliedFor]): \(words[.notApplied]). \(words[.selfCheckNote])")
        }
        for error in report.errors { out.append(paint("  \(error)", .red)) }
        for warning in report.warnings { out.append(paint("  \(warning)", .yellow)) }

        if let judged = report.judgedTier, !report.findings.isEmpty {
            out.append("")
            let heading = report.appliedTier == nil ? words[.nextTierNeeds] : words[.missingFor]
            out.append(bold("\(heading) \(tierLabel(judged)):"))
            for finding in report.findings {
                let line = finding.line.map { " (\(words[.line]) \($0))" } ?? ""
                out.append("  \(paint("✗", .red)) \(finding.label) — \(words.status(finding.status))\(line)")
                out.append("    \(finding.message)")
                out.append("    \(words[.howToFix]): \(finding.fix)")
            }
        } else if report.appliedTier == nil, report.qualifiedTier != nil, report.judgedTier == nil {
            out.append("")
            out.append(words[.topTierReached])
        }

        if let qualified = report.qualifiedTier {
            out.append("")
            if let lapse = report.holdsUntil {
                out.append("\(words[.holdsUntil]): \(bold(lapse.date.description)) — \(tierLabel(qualified)); \(lapse.label): \(words[.lapsesThen])")
            } else {
                out.append("\(words[.holdsUntil]): \(words[.neverLapses])")
            }
            out.append("")
            out.append(bold("\(words[.benefitsOf]) \(tierLabel(qualified)):"))
            for benefit in report.benefits {
                out.append("  • \(benefit.label)\(benefit.value.map { ": \($0)" } ?? "")")
            }
        }
        if !report.uncheckedEvidence.isEmpty {
            out.append("")
            out.append("\(words[.evidenceNotChecked]):")
            for item in report.uncheckedEvidence { out.append("  \(item.path) (\(words[.line]) \(item.line)): \(item.reason)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func batchWriter() -> any BatchWriter {
        BatchTable()
    }

    // MARK: - Style

    enum Colour: String {
        case red = "31", green = "32", yellow = "33"
    }

    private func paint(_ text: String, _ colour: Colour) -> String {
        options.colour ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String {
        options.colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
