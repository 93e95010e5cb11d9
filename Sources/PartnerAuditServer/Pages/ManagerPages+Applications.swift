import AuditStore
import DossierModel
import Programme
import Reports

extension ManagerPages {
    // MARK: - The queue

    /// `GET /manage/applications`: a page of applications, oldest first, of one status or all.
    func queue(
        _ applications: Page<Application>, status: ApplicationStatus?, page: Int, language: Language, session: ManagerSession
    ) -> String {
        let words = ManageStrings(language: language)
        let h = HTMLPage.escape
        var body = "<header>\n<h1>\(h(words[.queueTitle])) (\(applications.total))</h1>\n</header>\n"
        body += "<form id=\"status-filter\" class=\"filters\" method=\"get\" action=\"/manage/applications\">\n"
        body += "<input type=\"hidden\" name=\"lang\" value=\"\(language.code)\">\n"
        body += Self.select(
            "status", label: words[.statusFilter], any: words[.anyStatus],
            options: ApplicationStatus.allCases.map { ($0.rawValue, Self.status($0, words)) }, selected: status?.rawValue)
        body += "<div class=\"field\"><button type=\"submit\" id=\"filter\">\(h(words[.filter]))</button></div>\n</form>\n"
        body += "<section id=\"queue\">\n" + applicationsTable(applications.items, language: language, empty: words[.noApplications])
        let query = status.map { [("status", $0.rawValue)] } ?? []
        body += Self.paging(
            path: "/manage/applications", query: query, page: page, total: applications.total, pageSize: ReviewBoard.pageSize,
            language: language)
        body += "</section>\n"
        return document(
            words[.queueTitle], language, bodyClass: "queue", body: body,
            frame: ManageFrame.frame(language, path: "/manage/applications", query: query, session: session))
    }

    // MARK: - One application

    /// `GET /manage/applications/{id}`: the application, its decision or the form to decide
    /// it, and the report it was filed on; `notice` (escaped here) says why it is shown again.
    func application(
        _ application: Application, report: ReviewBoard.RecordedReport, language: Language, session: ManagerSession,
        notice: String? = nil
    ) -> String {
        let words = ManageStrings(language: language)
        let history = HistoryStrings(language: language)
        let h = HTMLPage.escape
        var desk = "<section id=\"application\" class=\"desk\" data-status=\"\(application.status.rawValue)\">\n"
        desk += "<h2>\(h(words[.applicationOf])) \(h(application.record.partnerName ?? application.record.partnerID ?? ""))</h2>\n"
        if let notice { desk += "<p id=\"notice\" class=\"notice\" role=\"alert\">\(h(notice))</p>\n" }
        desk += "<dl>\n"
        var facts: [(String, String)] = [
            (words[.applicationTitle], "<code>\(h(application.id))</code>"),
            (history[.partner], Self.partnerLink(application.record.partnerID, language)),
            (words[.tierApplied], h(tier(application.tier, language))),
            (words[.submittedAt], h(Self.time(application.submittedAt))),
            (
                words[.status],
                "<span id=\"status\" class=\"status \(application.status.rawValue)\">\(h(Self.status(application.status, words)))</span>"
            ),
        ]
        if let decision = application.decision {
            facts += [
                (words[.decidedBy], "<span id=\"decided-by\">\(h(decision.manager))</span>"),
                (words[.decidedAt], "<span id=\"decided-at\">\(h(Self.time(decision.decidedAt)))</span>"),
                (words[.comment], "<span id=\"comment\">\(h(decision.comment))</span>"),
            ]
        }
        facts.append((words[.openRecord], recordLink(application.record, language)))
        desk += facts.map { "<dt>\(h($0.0))</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
        if application.status == .pending { desk += decisionForm(application, language: language, session: session) }
        desk += "</section>\n"
        return recordedReport(
            report, language: language, path: "/manage/applications/\(ManageFrame.encode(application.id))", session: session, desk: desk)
    }

    /// The form that approves or rejects a pending application, with a comment.
    private func decisionForm(_ application: Application, language: Language, session: ManagerSession) -> String {
        let words = ManageStrings(language: language)
        let h = HTMLPage.escape
        let action = "/manage/applications/\(ManageFrame.encode(application.id))/decision?lang=\(language.code)"
        var out = "<form id=\"decision-form\" method=\"post\" action=\"\(h(action))\">\n<fieldset>\n"
        out += "<legend>\(h(words[.decisionTitle]))</legend>\n" + ManageFrame.csrfField(session) + "\n"
        out +=
            "<div class=\"field\"><label class=\"check\"><input type=\"radio\" id=\"approve\" name=\"decision\" value=\"approve\" required> "
        out += "\(h(words[.approve]))</label>\n"
        out +=
            "<label class=\"check\"><input type=\"radio\" id=\"reject\" name=\"decision\" value=\"reject\"> \(h(words[.reject]))</label></div>\n"
        out += "<div class=\"field\"><label for=\"comment-input\">\(h(words[.comment]))</label>\n"
        out += "<textarea id=\"comment-input\" name=\"comment\" maxlength=\"\(Decisions.maxCommentLength)\"></textarea></div>\n"
        out += "<p><button type=\"submit\" id=\"decide\">\(h(words[.decide]))</button></p>\n</fieldset>\n</form>\n"
        return out
    }
}
