import Audit
import DossierModel
import HTTPTypes
import Programme
import Reports

/// The HTML pages of the server, each in the reports' look.
struct SitePages: Sendable {
    let programme: Programme
    let limits: UploadLimits
    /// Whether the form offers to submit the dossier for review (the store is on).
    var applications = false

    /// `GET /`: the self-check form, its audit date `today`.
    func form(_ language: Language, today: CalendarDate) -> String {
        let words = PageStrings(language: language)
        let h = HTMLPage.escape
        var body = "<header>\n<h1>\(h(words[.pageTitle]))</h1>\n"
        body += "<p class=\"meta\">\(h(programme.label.text(language)))</p>\n</header>\n"
        body += "<section class=\"self-check\">\n<p>\(h(words[.intro]))</p>\n"
        body += "<form id=\"check-form\" method=\"post\" action=\"/check\" enctype=\"multipart/form-data\" "
        body += "data-max-dossier-bytes=\"\(limits.maxDossierBytes)\" data-too-large=\"\(h(words[.dossierTooLarge]))\">\n"
        body += "<fieldset>\n<legend>\(h(words[.dossierLegend]))</legend>\n"
        body += field(
            "dossier", words[.dossierLabel], words[.dossierHint],
            input: "type=\"file\" name=\"dossier\" accept=\".xml,application/xml,text/xml\"")
        body += field("attachments", words[.attachmentsLabel], words[.attachmentsHint], input: "type=\"file\" name=\"attachment\" multiple")
        body += "<p class=\"or\">\(h(words[.or]))</p>\n"
        body += field(
            "bundle", words[.bundleLabel], words[.bundleHint], input: "type=\"file\" name=\"bundle\" accept=\".zip,application/zip\"")
        body += "</fieldset>\n<fieldset>\n<legend>\(h(words[.auditLegend]))</legend>\n"
        var tiers = "<option value=\"\" selected>\(h(words[.tierAppliesFor]))</option>\n"
        tiers += "<option value=\"none\">\(h(words[.tierNone]))</option>\n"
        tiers += programme.tiers.map { "<option value=\"\(h($0.id))\">\(h($0.label.text(language)))</option>\n" }.joined()
        body += "<div class=\"field\"><label for=\"tier\">\(h(words[.tierLabel]))</label>\n"
        body += "<select id=\"tier\" name=\"tier\">\n\(tiers)</select></div>\n"
        body += field("asOf", words[.asOfLabel], nil, input: "type=\"date\" name=\"asOf\" value=\"\(today)\" required")
        let languages = Language.allCases.map {
            "<option value=\"\($0.code)\"\($0 == language ? " selected" : "")>\(h(PageStrings.name(of: $0)))</option>\n"
        }.joined()
        body += "<div class=\"field\"><label for=\"lang\">\(h(words[.languageLabel]))</label>\n"
        body += "<select id=\"lang\" name=\"lang\">\n\(languages)</select></div>\n"
        body += "<div class=\"field\"><label class=\"check\">"
        body += "<input type=\"checkbox\" id=\"skipAttachments\" name=\"skipAttachments\" value=\"true\"> "
        body += "\(h(words[.skipLabel]))</label></div>\n</fieldset>\n"
        body += "<p><button type=\"submit\" id=\"check\">\(h(words[.submit]))</button>"
        if applications {
            let review = ApplicationStrings(language: language)
            body += "\n<button type=\"submit\" id=\"submit-review\" class=\"secondary\" formaction=\"/applications\" "
            body += "aria-describedby=\"submit-review-hint\">\(h(review[.submitForReview]))</button></p>\n"
            body += "<p id=\"submit-review-hint\" class=\"note\">\(h(review[.submitHint]))</p>\n"
        } else {
            body += "</p>\n"
        }
        body += "<p id=\"client-note\" class=\"client-note\" hidden></p>\n</form>\n"
        body += "<p class=\"note\">\(h(words[.limitsNote])): \(h(words.limits(limits)))</p>\n"
        body += "<p class=\"note\">\(h(words[.apiNote])) <a href=\"/openapi.json\">/openapi.json</a>.</p>\n</section>\n"
        var frame = SiteFrame.frame(language, path: "/")
        if applications { frame.css += "\n" + Self.applicationCSS }
        return HTMLPage.document(
            title: words[.pageTitle], language: language, bodyClass: "self-check", body: body,
            words: ReportStrings(language: language), frame: frame)
    }

    /// `POST /check`: the report of `check --format html`, in the site's frame.
    func report(_ report: AuditReport, language: Language) -> String {
        HTMLReporter().render(report, frame: SiteFrame.frame(language, path: "/", anchors: true))
    }

    /// `GET /program`: the programme table of `program --format html`, in the site's frame.
    func programmeTable(_ language: Language) -> String {
        ProgrammeRenderer(programme: programme, language: language).html(frame: SiteFrame.frame(language, path: "/program"))
    }

    /// The page the form answers a refused upload with: what went wrong and what to change.
    func error(_ error: ServiceError, language: Language) -> String {
        let words = PageStrings(language: language)
        let h = HTMLPage.escape
        var body = "<header>\n<h1>\(h(words[.errorTitle]))</h1>\n</header>\n"
        body += "<section id=\"problem\" class=\"verdict invalid\" data-code=\"\(h(error.code))\">\n"
        body += "<p class=\"headline\">\(h(words[.errorHeadline]))</p>\n"
        body += "<ul id=\"errors\" class=\"problems\">\n<li>\(h(error.message(language)))</li>\n</ul>\n"
        body += "<p class=\"meta\">\(error.status.code) · \(h(error.code))</p>\n"
        body += "<p><a id=\"back\" href=\"/?lang=\(language.code)\">\(h(words[.back]))</a></p>\n</section>\n"
        return HTMLPage.document(
            title: words[.errorTitle], language: language, bodyClass: "problem", body: body,
            words: ReportStrings(language: language), frame: SiteFrame.frame(language, path: "/"))
    }

    /// One labelled input with its hint; `input` holds the attributes after `id`.
    private func field(_ id: String, _ label: String, _ hint: String?, input: String) -> String {
        let h = HTMLPage.escape
        let hint = hint.map { "\n<small id=\"\(id)-hint\">\(h($0))</small>" } ?? ""
        let described = hint.isEmpty ? "" : " aria-describedby=\"\(id)-hint\""
        return "<div class=\"field\"><label for=\"\(id)\">\(h(label))</label>\n<input id=\"\(id)\" \(input)\(described)>\(hint)</div>\n"
    }
}
