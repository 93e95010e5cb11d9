import Audit
import Diagnostics
import Programme

/// Markdown that fits a ticket or a pull-request comment: the verdict, when the
/// tier lapses, what the next tier needs, what is missing and how to fix it,
/// the tier progress table and the benefits. Every dossier text is escaped.
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    let options: ReportOptions

    /// A reporter whose batch summary lists the tiers lapsing within `options.lapsingWithinDays`.
    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ report: AuditReport) -> String {
        let words = ReportStrings(language: report.language)
        let standing = Standing(report)
        var out: [String] = []
        out.append("## \(Self.mark(standing)) \(md(report.title))")
        out.append("")
        out.append("**\(md(report.program.label))** · \(words[.auditedOn]) \(report.asOf) · \(words[.dossier]): \(md(report.file))")
        out.append("")
        guard report.valid else {
            out.append(md(words[.invalidDossier]))
            out.append("")
            out += report.errors.map { "- \(words.location(line: $0.line, column: $0.column)): \(md($0.message))" }
            return Self.finish(out, words)
        }
        out.append("**\(words[.qualifiesFor]):** \(md(report.qualifiedTier.map(report.tierLabel) ?? words[.noTier]))  ")
        if let applied = report.appliedTier {
            out.append(
                "**\(words[.appliedFor]):** \(md(report.tierLabel(applied))) — \(Self.mark(standing)) **\(words.standing(standing))**")
        } else {
            out.append("**\(words[.appliedFor]):** \(words[.notApplied]). \(words[.selfCheckNote])")
        }
        for diagnostic in report.errors + report.warnings {
            out.append("")
            out.append("> **\(words.severity(diagnostic))** (\(words.location(line: diagnostic.line))): \(md(diagnostic.message))")
        }
        for sentence in [report.holdsSentence(words), report.nextTierSentence(words)].compactMap({ $0 }) {
            out.append("")
            out.append(md(sentence))
        }
        out += findings(report, words) + progress(report, words) + benefits(report, words) + unchecked(report, words)
        return Self.finish(out, words)
    }

    public func batchWriter() -> any BatchWriter {
        Batch(tally: BatchTally(lapsingWithinDays: options.lapsingWithinDays))
    }

    // MARK: - Sections

    private func findings(_ report: AuditReport, _ words: ReportStrings) -> [String] {
        guard let judged = report.judgedTier, !report.findings.isEmpty else { return [] }
        let heading = "\(words[report.appliedTier == nil ? .stillNeeds : .missingFor]) \(words.quoted(report.tierLabel(judged)))"
        var out = ["", "### \(md(heading))", ""]
        for finding in report.findings {
            let line = finding.line.map { " (\(words.location(line: $0)))" } ?? ""
            out.append("- \(report.appliedTier == nil ? "⬜" : "❌") **\(md(finding.label))** — \(words.status(finding.status))\(line)  ")
            out.append("  \(md(finding.message))  ")
            out.append("  *\(words[.howToFix]):* \(md(finding.fix))")
        }
        return out
    }

    private func progress(_ report: AuditReport, _ words: ReportStrings) -> [String] {
        let header = [words[.requirement]] + report.tiers.map { "\(md($0.label)) \($0.met ? "✔" : "✗")" }
        var out = ["", "### \(words[.tierProgress])", "", Self.row(header), Self.row(["---"] + report.tiers.map { _ in ":-:" })]
        for (id, label) in report.requirementRows {
            let cells = report.tiers.map { tier -> String in
                guard let outcome = tier.outcomes.first(where: { $0.requirement == id }) else { return "" }
                let line = outcome.line.map { " (\(words.location(line: $0)))" } ?? ""
                return (outcome.status == .met ? "✔" : "✗ \(words.status(outcome.status))") + line
            }
            out.append(Self.row([md(label)] + cells))
        }
        return out
    }

    private func benefits(_ report: AuditReport, _ words: ReportStrings) -> [String] {
        guard let qualified = report.qualifiedTier else { return [] }
        return ["", "### \(words[.benefitsOf]) \(md(words.quoted(report.tierLabel(qualified))))", ""]
            + report.benefits.map { "- \(md($0.label))\($0.value.map { ": \(md($0))" } ?? "")" }
    }

    private func unchecked(_ report: AuditReport, _ words: ReportStrings) -> [String] {
        guard !report.uncheckedEvidence.isEmpty else { return [] }
        return ["", "### \(words[.evidenceNotChecked])", ""]
            + report.uncheckedEvidence.map { "- \(md($0.path)) (\(words.location(line: $0.line))): \(words.reason($0.reason))" }
    }

    // MARK: - Pieces

    private func md(_ text: String) -> String { Markdown.escape(text) }

    /// The sign for a standing: ✅ eligible, ❌ not eligible, ℹ️ self-check, ⛔ invalid.
    static func mark(_ standing: Standing) -> String {
        switch standing {
        case .eligible: "✅"
        case .notEligible: "❌"
        case .selfCheck: "ℹ️"
        case .invalid: "⛔"
        }
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    private static func finish(_ lines: [String], _ words: ReportStrings) -> String {
        (lines + ["", "*\(words[.generatedBy])*"]).joined(separator: "\n") + "\n"
    }
}
