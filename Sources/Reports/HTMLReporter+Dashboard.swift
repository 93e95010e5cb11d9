import Audit
import DossierModel

extension HTMLReporter {
    /// The HTML dashboard of a batch: a table row per dossier written as it arrives;
    /// at the end the counts per tier, the partners not eligible and those whose tier
    /// lapses soon, which the page shows first (CSS `order`) though they come last.
    struct Dashboard: BatchWriter {
        var tally: BatchTally

        /// The dossier's table row.
        static func entry(for report: AuditReport) -> String {
            let words = ReportStrings(language: report.language)
            let standing = Standing(report)
            let missing = report.missingSummary(words)
            let h = Markup.escape
            return HTMLPage.row([
                h(report.file), h(report.partner.map { "\($0.name) (\($0.id))" } ?? "—"),
                h(report.appliedTier.map(report.tierLabel) ?? "—"), h(report.qualifiedTier.map(report.tierLabel) ?? "—"),
                HTMLPage.badge(standing, words), report.holdsUntil?.date.description ?? "—", missing.isEmpty ? "—" : h(missing),
            ])
        }

        mutating func begin() -> String { "" }

        mutating func add(_ report: AuditReport, entry: String) -> String {
            let first = tally.counts.total == 0
            tally.add(report)
            return first ? opening() + entry : entry
        }

        mutating func end() -> String {
            let words = tally.words
            var out = tally.counts.total == 0 ? opening() : ""
            out += "</tbody>\n</table>\n</section>\n"
            out += "<section class=\"overview\">\n<h2>\(h(words[.totalsPerTier]))</h2>\n<div class=\"cards\">\n"
            let cards =
                tally.counts.tiers.map { ($0.label, $0.count, "") }
                + [
                    (words[.noTier], tally.counts.noTier, ""), (words[.invalid], tally.counts.invalid, " invalid"),
                    (words[.total], tally.counts.total, ""),
                ]
            out += cards.map { "<div class=\"card\(Markup.escape($0.2))\"><b>\($0.1)</b>\(h($0.0))</div>\n" }.joined()
            out += "</div>\n"
            out += shortfalls(words) + lapsing(words)
            return out + "</section>\n" + HTMLPage.tail(words, frame: .file)
        }

        private func opening() -> String {
            let words = tally.words
            let title = tally.programme.isEmpty ? words[.summary] : "\(words[.summary]): \(tally.programme)"
            var out = HTMLPage.head(title: title, language: words.language, bodyClass: "dashboard", frame: .file)
            out += "<header>\n<h1>\(h(title))</h1>\n"
            if let asOf = tally.asOf { out += "<p class=\"meta\">\(h(words[.auditedOn])) \(asOf)</p>\n" }
            out += "</header>\n<section class=\"dossiers\">\n<h2>\(h(words[.allDossiers]))</h2>\n<table>\n<thead>\n"
            let header = [
                words[.dossier], words[.partner], words[.applied], words[.qualified], words[.status], words[.holdsUntil], words[.missing],
            ]
            return out + HTMLPage.row(header.map(h), header: true) + "</thead>\n<tbody>\n"
        }

        private func shortfalls(_ words: ReportStrings) -> String {
            guard !tally.shortfalls.isEmpty else { return "" }
            var out = "<h2>\(h(words[.notEligibleList]))</h2>\n<table>\n"
            out += HTMLPage.row([words[.partner], words[.applied], words[.status], words[.missing]].map(h), header: true)
            out += tally.shortfalls.map {
                HTMLPage.row([h($0.title), h($0.tier ?? "—"), HTMLPage.badge($0.standing, words), h($0.missing)])
            }.joined()
            return out + "</table>\n"
        }

        private func lapsing(_ words: ReportStrings) -> String {
            guard !tally.lapsing.isEmpty else { return "" }
            var out = "<h2>\(h(words.lapsingWithin(days: tally.lapsingWithinDays)))</h2>\n<table>\n"
            out += HTMLPage.row([words[.partner], words[.qualified], words[.holdsUntil], words[.requirement]].map(h), header: true)
            out += tally.lapsing.map { HTMLPage.row([h($0.title), h($0.tier), $0.date.description, h($0.requirement)]) }.joined()
            return out + "</table>\n"
        }

        private func h(_ text: String) -> String { Markup.escape(text) }
    }
}
