import Audit
import DossierModel

extension MarkdownReporter {
    /// The Markdown summary of a batch: one table row per dossier as it arrives,
    /// then the totals per tier, the partners not eligible and those whose tier lapses soon.
    struct Batch: BatchWriter {
        var tally: BatchTally

        /// The dossier's table row.
        static func entry(for report: AuditReport) -> String {
            let words = ReportStrings(language: report.language)
            let standing = Standing(report)
            let missing = report.missingSummary(words)
            let md = Markdown.escape
            return MarkdownReporter.row([
                md(report.file), md(report.partner.map { "\($0.name) (\($0.id))" } ?? "—"),
                md(report.appliedTier.map(report.tierLabel) ?? "—"), md(report.qualifiedTier.map(report.tierLabel) ?? "—"),
                "\(MarkdownReporter.mark(standing)) \(words.standing(standing))", report.holdsUntil?.date.description ?? "—",
                missing.isEmpty ? "—" : md(missing),
            ]) + "\n"
        }

        mutating func begin() -> String { "" }

        mutating func add(_ report: AuditReport, entry: String) -> String {
            let first = tally.counts.total == 0
            tally.add(report)
            guard first else { return entry }
            let words = tally.words
            let header = [
                words[.dossier], words[.partner], words[.applied], words[.qualified], words[.status], words[.holdsUntil], words[.missing],
            ]
            let lines = heading() + ["", MarkdownReporter.row(header), MarkdownReporter.row(header.map { _ in "---" })]
            return lines.joined(separator: "\n") + "\n" + entry
        }

        mutating func end() -> String {
            let words = tally.words
            var out = tally.counts.total == 0 ? heading() : []
            out += ["", "### \(words[.totalsPerTier])", "", MarkdownReporter.row([words[.tier], words[.count]]), "| --- | ---: |"]
            out += tally.counts.tiers.map { MarkdownReporter.row([md($0.label), String($0.count)]) }
            out.append(MarkdownReporter.row([words[.noTier], String(tally.counts.noTier)]))
            out.append(MarkdownReporter.row([words[.invalid], String(tally.counts.invalid)]))
            out.append(MarkdownReporter.row(["**\(words[.total])**", "**\(tally.counts.total)**"]))
            if !tally.shortfalls.isEmpty {
                out += ["", "### \(words[.notEligibleList])", ""]
                out += tally.shortfalls.map { entry in
                    let tier = entry.tier.map { " — \(md($0))" } ?? ""
                    return "- \(MarkdownReporter.mark(entry.standing)) **\(md(entry.title))**\(tier): \(md(entry.missing))"
                }
            }
            if !tally.lapsing.isEmpty {
                out += ["", "### \(md(words.lapsingWithin(days: tally.lapsingWithinDays)))", ""]
                out += tally.lapsing.map {
                    "- **\(md($0.title))** — \(md(words.holds(tier: $0.tier, until: $0.date, requirement: $0.requirement)))"
                }
            }
            out += ["", "*\(words[.generatedBy])*"]
            return out.joined(separator: "\n") + "\n"
        }

        private func heading() -> [String] {
            let asOf = tally.asOf.map { " · \(tally.words[.auditedOn]) \($0)" } ?? ""
            let programme = tally.programme.isEmpty ? "" : ": \(md(tally.programme))"
            return ["## \(tally.words[.summary])\(programme)\(asOf)"]
        }

        private func md(_ text: String) -> String { Markdown.escape(text) }
    }
}
