import Audit
import Diagnostics
import DossierModel
import Programme

/// One self-contained, printable HTML page per dossier: the verdict, when the tier
/// lapses, what the next tier needs, what is missing, a tier progress view with the
/// evidence lines, the benefits table. A batch is a dashboard (`HTMLReporter.Dashboard`).
/// Every text is escaped; nothing is loaded from anywhere.
public struct HTMLReporter: Reporter {
    public static let identifier = "html"
    let options: ReportOptions

    /// A reporter whose batch summary lists the tiers lapsing within `options.lapsingWithinDays`.
    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ report: AuditReport) -> String {
        render(report, frame: .file)
    }

    /// The report as a page of `frame`: a served page with its banner, script and anchors.
    public func render(_ report: AuditReport, frame: HTMLFrame) -> String {
        let words = ReportStrings(language: report.language)
        let standing = Standing(report)
        var body = "<header>\n<h1>\(h(report.title))</h1>\n"
        body +=
            "<p class=\"meta\">\(h(report.program.label)) · \(h(words[.auditedOn])) \(report.asOf) · \(h(words[.dossier])): \(h(report.file))</p>\n</header>\n"
        body += verdict(report, standing, words, anchors: frame.anchors)
        if report.valid {
            body += findings(report, words) + progress(report, words) + benefits(report, words) + unchecked(report, words)
        }
        return HTMLPage.document(
            title: "\(report.title) — \(report.program.label)", language: report.language, bodyClass: "report", body: body, words: words,
            frame: frame)
    }

    public func batchWriter() -> any BatchWriter {
        Dashboard(tally: BatchTally(lapsingWithinDays: options.lapsingWithinDays))
    }

    // MARK: - Sections

    private func verdict(_ report: AuditReport, _ standing: Standing, _ words: ReportStrings, anchors: Bool) -> String {
        var out = "<section\(anchors ? " id=\"verdict\"" : "") class=\"verdict \(standing.rawValue)\">\n"
        guard report.valid else {
            out += "<p class=\"headline\">\(HTMLPage.badge(standing, words)) \(h(words[.invalidDossier]))</p>\n"
            out +=
                "<table\(anchors ? " id=\"errors\"" : "")>\n"
                + HTMLPage.row([words[.line], words[.column], words[.message]].map(h), header: true)
            out += report.errors.map { HTMLPage.row([String($0.line), String($0.column), h($0.message)]) }.joined()
            return out + "</table>\n</section>\n"
        }
        let qualified = report.qualifiedTier.map(report.tierLabel) ?? words[.noTier]
        out += "<p class=\"headline\">\(h(words[.qualifiesFor])): \(h(qualified))</p>\n<dl>\n"
        if let applied = report.appliedTier {
            out += "<dt>\(h(words[.appliedFor]))</dt><dd>\(h(report.tierLabel(applied))) \(HTMLPage.badge(standing, words))</dd>\n"
        } else {
            out +=
                "<dt>\(h(words[.appliedFor]))</dt><dd>\(h(words[.notApplied])) \(HTMLPage.badge(standing, words))<br><span class=\"note\">\(h(words[.selfCheckNote]))</span></dd>\n"
        }
        if report.qualifiedTier != nil {
            out += "<dt>\(h(words[.holdsUntil]))</dt><dd>\(h(report.holdsUntil?.date.description ?? words[.neverLapses]))</dd>\n"
        }
        out += "</dl>\n"
        for diagnostic in report.errors + report.warnings {
            let kind = diagnostic.severity == .error ? "unmet" : "warning"
            out +=
                "<p class=\"\(kind)\">\(h(words.severity(diagnostic))) (\(h(words.location(line: diagnostic.line)))): \(h(diagnostic.message))</p>\n"
        }
        for sentence in [report.holdsSentence(words), report.nextTierSentence(words)].compactMap({ $0 }) {
            out += "<p>\(h(sentence))</p>\n"
        }
        return out + "</section>\n"
    }

    private func findings(_ report: AuditReport, _ words: ReportStrings) -> String {
        guard let judged = report.judgedTier, !report.findings.isEmpty else { return "" }
        let heading = "\(words[report.appliedTier == nil ? .stillNeeds : .missingFor]) \(words.quoted(report.tierLabel(judged)))"
        var out = "<section class=\"findings\">\n<h2>\(h(heading))</h2>\n<ol class=\"findings\">\n"
        for finding in report.findings {
            let line = finding.line.map { " · \(h(words.location(line: $0)))" } ?? ""
            out += "<li><strong>\(h(finding.label))</strong> <span class=\"badge unmet\">\(h(words.status(finding.status)))</span>\(line)\n"
            out += "<p>\(h(finding.message))</p>\n<p class=\"fix\">\(h(words[.howToFix])): \(h(finding.fix))</p></li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    /// One card per tier: how many of its requirements are met, each with ✔ or ✗,
    /// its status and the dossier line of the evidence judged.
    private func progress(_ report: AuditReport, _ words: ReportStrings) -> String {
        var out = "<section class=\"progress\">\n<h2>\(h(words[.tierProgress]))</h2>\n<div class=\"tiers\">\n"
        for tier in report.tiers {
            let met = tier.outcomes.filter { $0.status == .met }.count
            let percent = tier.outcomes.isEmpty ? 100 : met * 100 / tier.outcomes.count
            out +=
                "<div class=\"tier\(tier.met ? " done" : "")\">\n<h3>\(h(tier.label)) <span class=\"\(tier.met ? "met" : "unmet")\">\(tier.met ? "✔" : "✗")</span></h3>\n"
            out += "<div class=\"bar\"><span style=\"width: \(percent)%\"></span></div>\n"
            out += "<p class=\"meta\">\(met) / \(tier.outcomes.count) · \(h(tier.met ? words[.met] : words[.notMet]))</p>\n<ul>\n"
            for outcome in tier.outcomes {
                let isMet = outcome.status == .met
                let detail = [isMet ? nil : words.status(outcome.status), outcome.line.map { words.location(line: $0) }].compactMap { $0 }
                out += "<li><span class=\"\(isMet ? "met" : "unmet")\">\(isMet ? "✔" : "✗")</span> \(h(outcome.label))"
                out += detail.isEmpty ? "</li>\n" : "<small>\(h(detail.joined(separator: " · ")))</small></li>\n"
            }
            out += "</ul>\n</div>\n"
        }
        return out + "</div>\n</section>\n"
    }

    private func benefits(_ report: AuditReport, _ words: ReportStrings) -> String {
        guard let qualified = report.qualifiedTier else { return "" }
        var out =
            "<section class=\"benefits\">\n<h2>\(h(words[.benefitsOf])) \(h(words.quoted(report.tierLabel(qualified))))</h2>\n<table>\n"
        out += HTMLPage.row([h(words[.benefit]), h(words[.value])], header: true)
        out += report.benefits.map { HTMLPage.row([h($0.label), h($0.value ?? "✔")]) }.joined()
        return out + "</table>\n</section>\n"
    }

    private func unchecked(_ report: AuditReport, _ words: ReportStrings) -> String {
        guard !report.uncheckedEvidence.isEmpty else { return "" }
        var out = "<section class=\"unchecked\">\n<h2>\(h(words[.evidenceNotChecked]))</h2>\n<table>\n"
        out += HTMLPage.row([h(words[.file]), h(words[.line]), h(words[.status])], header: true)
        out += report.uncheckedEvidence.map { HTMLPage.row([h($0.path), String($0.line), h(words.reason($0.reason))]) }.joined()
        return out + "</table>\n</section>\n"
    }

    private func h(_ text: String) -> String { Markup.escape(text) }
}
