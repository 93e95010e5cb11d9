import Audit
import AuditStore
import DossierModel
import Foundation
import HTTPTypes
import Programme
import Reports

/// The HTML pages of the managers' side, in the reports' look. Every string that came
/// from a dossier, a comment or a name is escaped here.
struct ManagerPages: Sendable {
    let programme: Programme

    /// The tier's label in `language`; the id for a tier the programme does not have.
    func tier(_ id: String?, _ language: Language) -> String {
        guard let id else { return HistoryStrings(language: language)[.noTier] }
        return programme.tiers.first { $0.id == id }?.label.text(language) ?? id
    }

    /// A page of `frame` whose body is `body`.
    func document(_ title: String, _ language: Language, bodyClass: String, body: String, frame: HTMLFrame) -> String {
        HTMLPage.document(
            title: title, language: language, bodyClass: bodyClass, body: body, words: ReportStrings(language: language), frame: frame)
    }

    /// A UTC timestamp as the pages show it: `2026-12-03 12:00:00 UTC`.
    static func time(_ date: Date) -> String {
        let text = date.formatted(.iso8601)
        return text.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
    }

    /// A filter's `<select>` in its field: the choice of any (`any`, the empty value) and then
    /// `options` (value, label), `selected` marked. Values and labels are escaped here.
    static func select(
        _ name: String, label: String, any: String, options: [(value: String, label: String)], selected: String?
    ) -> String {
        let h = HTMLPage.escape
        var out = "<div class=\"field\"><label for=\"\(name)\">\(h(label))</label>\n<select id=\"\(name)\" name=\"\(name)\">\n"
        out += "<option value=\"\"\(selected == nil ? " selected" : "")>\(h(any))</option>\n"
        for option in options {
            out += "<option value=\"\(h(option.value))\"\(option.value == selected ? " selected" : "")>\(h(option.label))</option>\n"
        }
        return out + "</select></div>\n"
    }

    // MARK: - Sign-in

    /// `GET /login`, and the answer to a refused sign-in (`problem`), the name kept.
    func login(_ language: Language, problem: String? = nil, username: String = "") -> String {
        let words = ManageStrings(language: language)
        let h = HTMLPage.escape
        var body = "<header>\n<h1>\(h(words[.signInTitle]))</h1>\n</header>\n<section class=\"sign-in\">\n"
        if let problem { body += "<p id=\"problem\" class=\"client-note\" role=\"alert\">\(h(problem))</p>\n" }
        body += "<form id=\"login-form\" method=\"post\" action=\"/login?lang=\(language.code)\">\n"
        body += "<div class=\"field\"><label for=\"username\">\(h(words[.username]))</label>\n"
        body += "<input id=\"username\" name=\"username\" autocomplete=\"username\" required value=\"\(h(username))\"></div>\n"
        body += "<div class=\"field\"><label for=\"password\">\(h(words[.password]))</label>\n"
        body += "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required></div>\n"
        body += "<p><button type=\"submit\" id=\"sign-in\">\(h(words[.signIn]))</button></p>\n</form>\n</section>\n"
        return document(
            words[.signInTitle], language, bodyClass: "sign-in", body: body,
            frame: ManageFrame.frame(language, path: "/login", session: nil))
    }

    // MARK: - Errors

    /// A refusal on a manager's page: what went wrong, and the way back.
    func error(_ error: ServiceError, language: Language, session: ManagerSession?) -> String {
        let words = ManageStrings(language: language)
        let h = HTMLPage.escape
        var body = "<header>\n<h1>\(h(words[.errorTitle]))</h1>\n</header>\n"
        body += "<section id=\"problem\" class=\"verdict invalid\" data-code=\"\(h(error.code))\">\n"
        body += "<ul id=\"errors\" class=\"problems\">\n<li>\(h(error.message(language)))</li>\n</ul>\n"
        body += "<p class=\"meta\">\(error.status.code) · \(h(error.code))</p>\n"
        body += "<p><a id=\"back\" href=\"/manage?lang=\(language.code)\">\(h(words[.backToBoard]))</a></p>\n</section>\n"
        return document(
            words[.errorTitle], language, bodyClass: "problem", body: body,
            frame: ManageFrame.frame(language, path: "/manage", session: session))
    }

    // MARK: - Parts

    /// A table of `rows` (cells already escaped) under `headings`, or `empty` when there are none.
    static func table(id: String, headings: [String], rows: [[String]], empty: String) -> String {
        guard !rows.isEmpty else { return "<p id=\"\(id)-empty\">\(HTMLPage.escape(empty))</p>\n" }
        var out = "<table id=\"\(id)\" class=\"listing\">\n<thead>\n<tr>"
        out += headings.map { "<th>\(HTMLPage.escape($0))</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
        out += rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }.joined()
        return out + "</tbody>\n</table>\n"
    }

    /// "Page 2 of 5" with links to the pages before and after, `query` kept.
    static func paging(
        path: String, query: [(String, String)], page: Int, total: Int, pageSize: Int, language: Language
    ) -> String {
        let words = ManageStrings(language: language)
        let pages = max(1, (total + pageSize - 1) / pageSize)
        guard pages > 1 else { return "" }
        let h = HTMLPage.escape
        let keep = query + [("lang", language.code)]
        var out = "<p class=\"paging\">"
        if page > 1 {
            out +=
                "<a id=\"previous\" href=\"\(h(ManageFrame.link(path, keep + [("page", String(page - 1))])))\">\(h(words[.previous]))</a>"
        }
        let counter = words[.pageOf].replacingOccurrences(of: "%1", with: String(page)).replacingOccurrences(of: "%2", with: String(pages))
        out += "<span>\(h(counter))</span>"
        if page < pages {
            out += "<a id=\"next\" href=\"\(h(ManageFrame.link(path, keep + [("page", String(page + 1))])))\">\(h(words[.next]))</a>"
        }
        return out + "</p>\n"
    }

    /// An application's status as people read it.
    static func status(_ status: ApplicationStatus, _ words: ManageStrings) -> String {
        switch status {
        case .pending: words[.pending]
        case .approved: words[.approved]
        case .rejected: words[.rejected]
        }
    }

    /// Yes or no, as the history says them.
    static func yesNo(_ flag: Bool, _ language: Language) -> String {
        HistoryStrings(language: language)[flag ? .yes : .no]
    }

    /// A record's qualified tier, or that its dossier was invalid.
    func qualified(_ record: AuditRecord, _ language: Language) -> String {
        record.valid ? tier(record.qualifiedTier, language) : HistoryStrings(language: language)[.invalid]
    }

    /// When a record's tier lapses, and by which requirement.
    static func holdsUntil(_ record: AuditRecord, _ language: Language) -> String {
        record.holdsUntil.map { "\($0) (\(record.lapsingRequirement ?? ""))" } ?? HistoryStrings(language: language)[.none]
    }

    /// The link to a partner's timeline.
    static func partnerLink(_ id: String?, _ language: Language) -> String {
        guard let id else { return "" }
        let h = HTMLPage.escape
        return "<a href=\"/manage/partners/\(h(ManageFrame.encode(id)))?lang=\(language.code)\">\(h(id))</a>"
    }
}
