import Audit
import Diagnostics

/// Plain text a partner can act on: the verdict, what is missing and how to fix
/// it, when the tier lapses, what the next tier needs, the benefits; coloured on a terminal.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    let options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ report: AuditReport) -> String {
        let words = ReportStrings(language: report.language)
        var out: [String] = []
        out.append(bold("\(report.title) — \(report.program.label), \(words[.auditedOn]) \(report.asOf)"))
        out.append("\(words[.dossier]): \(report.file)")
        out.append("")
        guard report.valid else {
            out.append(paint(words[.invalidDossier], .red))
            out += report.errors.map { "  \(words.location(line: $0.line, column: $0.column)): \($0.message)" }
            return out.joined(separator: "\n") + "\n"
        }
        out.append("\(words[.qualifiesFor]): \(bold(report.qualifiedTier.map(report.tierLabel) ?? words[.noTier]))")
        if let applied = report.appliedTier {
            let verdict =
                report.eligible
                ? paint(words.standing(.eligible), .green) : paint(words.standing(.notEligible), .red)
            out.append("\(words[.appliedFor]): \(report.tierLabel(applied)) — \(verdict)")
        } else {
            out.append("\(words[.appliedFor]): \(words[.notApplied]). \(words[.selfCheckNote])")
        }
        for diagnostic in report.errors + report.warnings {
            let line = "  \(words.severity(diagnostic)): \(words.location(line: diagnostic.line)): \(diagnostic.message)"
            out.append(paint(line, diagnostic.severity == .error ? .red : .yellow))
        }
        if let holds = report.holdsSentence(words) { out.append(holds) }

        if let judged = report.judgedTier, !report.findings.isEmpty {
            out.append("")
            let heading = "\(words[report.appliedTier == nil ? .stillNeeds : .missingFor]) \(words.quoted(report.tierLabel(judged))):"
            out.append(bold(heading))
            for finding in report.findings {
                let line = finding.line.map { " (\(words.location(line: $0)))" } ?? ""
                out.append("  \(paint("✗", .red)) \(finding.label) — \(words.status(finding.status))\(line)")
                out.append("    \(finding.message)")
                out.append("    \(words[.howToFix]): \(finding.fix)")
            }
        }
        if let next = report.nextTierSentence(words) {
            out.append("")
            out.append(next)
        }

        if let qualified = report.qualifiedTier {
            out.append("")
            out.append(bold("\(words[.benefitsOf]) \(words.quoted(report.tierLabel(qualified))):"))
            for benefit in report.benefits {
                out.append("  • \(benefit.label)\(benefit.value.map { ": \($0)" } ?? "")")
            }
        }
        if !report.uncheckedEvidence.isEmpty {
            out.append("")
            out.append("\(words[.evidenceNotChecked]):")
            for item in report.uncheckedEvidence {
                out.append("  \(item.path) (\(words.location(line: item.line))): \(words.reason(item.reason))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func batchWriter() -> any BatchWriter {
        BatchTable()
    }

    // MARK: - Style

    enum Colour: String {
        case red = "31"
        case green = "32"
        case yellow = "33"
    }

    private func paint(_ text: String, _ colour: Colour) -> String {
        options.colour ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String {
        options.colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
