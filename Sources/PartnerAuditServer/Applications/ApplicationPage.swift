import Audit
import AuditStore
import Foundation
import Programme
import Reports

/// `GET /applications/{id}?receipt=…`: where the partner's application stands (pending,
/// approved or rejected, the manager's comment, the dates) above the report of the audit
/// submitted, in the reports' look.
extension SitePages {
    /// The status page; `report` is the recorded audit judged again for this page, nil when
    /// the record was judged against another programme than the server's.
    func application(_ application: Application, receipt: String, report: AuditReport?, language: Language) -> String {
        let path = "/applications/\(application.id)?receipt=\(receipt)"
        var frame = SiteFrame.frame(language, path: path, anchors: true)
        frame.banner += status(application, language: language)
        frame.css += "\n" + Self.applicationCSS
        if let report {
            return HTMLReporter().render(report, frame: frame)
        }
        let words = ApplicationStrings(language: language)
        let reportWords = ReportStrings(language: language)
        let h = HTMLPage.escape
        let record = application.record
        var body = "<header>\n<h1>\(h(record.partnerName ?? record.file))</h1>\n</header>\n<section class=\"recorded\">\n<dl>\n"
        body +=
            "<dt>\(h(reportWords[.qualifiesFor]))</dt><dd>\(h(record.qualifiedTier.map(tierLabel(language)) ?? reportWords[.noTier]))</dd>\n"
        body += "<dt>\(h(PageStrings(language: language)[.asOfLabel]))</dt><dd>\(record.asOf)</dd>\n</dl>\n"
        body += "<p class=\"note\">\(h(words[.otherProgramme]))</p>\n</section>\n"
        return HTMLPage.document(
            title: words[.title], language: language, bodyClass: "application", body: body, words: reportWords, frame: frame)
    }

    /// The section saying where the application stands.
    private func status(_ application: Application, language: Language) -> String {
        let words = ApplicationStrings(language: language)
        let h = HTMLPage.escape
        let status = application.status.rawValue
        var out = "<section id=\"application\" class=\"application \(status)\" data-status=\"\(status)\">\n"
        out += "<h2>\(h(words[.heading]))</h2>\n"
        out +=
            "<p class=\"standing\"><span id=\"application-status\" class=\"badge \(status)\">\(h(words.status(application.status)))</span>"
        out += " \(h(words.note(application.status)))</p>\n<dl>\n"
        out += "<dt>\(h(words[.tier]))</dt><dd id=\"application-tier\">\(h(tierLabel(language)(application.tier)))</dd>\n"
        out += "<dt>\(h(words[.submittedAt]))</dt><dd>\(Self.moment(application.submittedAt))</dd>\n"
        if let decision = application.decision {
            out += "<dt>\(h(words[.decidedAt]))</dt><dd>\(Self.moment(decision.decidedAt))</dd>\n"
            let comment = decision.comment.isEmpty ? words[.noComment] : decision.comment
            out += "<dt>\(h(words[.comment]))</dt><dd id=\"comment\" class=\"comment\">\(h(comment))</dd>\n"
        }
        out += "</dl>\n<p class=\"note\">\(h(words[.keepLink]))</p>\n</section>\n"
        return out
    }

    /// A tier's label in `language`, or its id when the programme has no such tier.
    private func tierLabel(_ language: Language) -> (String) -> String {
        { id in programme.tiers.first { $0.id == id }?.label.text(language) ?? id }
    }

    /// A moment as the page shows it: `2026-12-03 09:30 UTC`.
    static func moment(_ date: Date) -> String {
        let text = ApplicationDocument.timestamp(date)
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5)) + " UTC"
    }

    static let applicationCSS = """
        section.application { order: -3; border: 1px solid var(--rule); border-radius: 6px; padding: 4px 18px 10px; }
        section.application h2 { margin: .5em 0 .2em; font-size: 1.15em; }
        .badge.pending { color: var(--info); } .badge.approved { color: var(--ok); } .badge.rejected { color: var(--fail); }
        .comment { white-space: pre-wrap; } button.secondary { background: #fff; color: var(--info); margin-left: 10px; }
        """
}
