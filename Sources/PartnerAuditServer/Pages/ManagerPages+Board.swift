import AuditStore
import DossierModel
import Programme
import Reports

extension ManagerPages {
    // MARK: - The board

    /// `GET /manage`: the counts per tier, the filters, a page of partners by their latest
    /// record, and the applications waiting for review.
    func board(_ board: ReviewBoard.Board, language: Language, session: ManagerSession) -> String {
        let words = ManageStrings(language: language)
        let history = HistoryStrings(language: language)
        let h = HTMLPage.escape
        var body = "<header>\n<h1>\(h(words[.boardTitle]))</h1>\n</header>\n"
        body += "<section id=\"counts\">\n<h2>\(h(words[.countsTitle]))</h2>\n<p class=\"counts\">"
        let tiers: [String?] = programme.tiers.map(\.id) + [nil]
        body += tiers.map { id in
            let count = board.counts[id] ?? 0
            let label = "\(h(id == nil ? words[.noTierCount] : tier(id, language))): <strong>\(count)</strong>"
            guard let id else { return "<span id=\"count-none\">\(label)</span>" }
            let link = ManageFrame.link("/manage", [("tier", id), ("lang", language.code)])
            return "<a id=\"count-\(h(id))\" href=\"\(h(link))\">\(label)</a>"
        }.joined(separator: "\n")
        body += "</p>\n</section>\n"
        body += filters(board.query, language)
        body += "<section id=\"partners\">\n"
        let rows = board.records.items.map { record in
            [
                Self.partnerLink(record.partnerID, language), h(record.partnerName ?? ""), h(record.asOf.description),
                h(tier(record.appliedTier, language)), h(qualified(record, language)), h(Self.yesNo(record.eligible, language)),
                h(Self.holdsUntil(record, language)), recordLink(record, language),
            ]
        }
        body += Self.table(
            id: "partners-table",
            headings: [
                history[.partner], history[.name], history[.asOf], history[.applied], history[.qualified], history[.eligible],
                history[.holdsUntil], words[.openRecord],
            ],
            rows: rows, empty: words[.noPartnersYet])
        body += Self.paging(
            path: "/manage", query: board.query.parameters, page: board.query.page, total: board.records.total,
            pageSize: ReviewBoard.pageSize, language: language)
        body += "</section>\n"
        body += "<section id=\"pending\">\n<h2>\(h(words[.pendingTitle])) (\(board.pending.total))</h2>\n"
        body += applicationsTable(board.pending.items, language: language, empty: words[.noPending])
        let all = ManageFrame.link("/manage/applications", [("status", "pending"), ("lang", language.code)])
        body += "<p><a id=\"all-pending\" href=\"\(h(all))\">\(h(words[.allApplications]))</a></p>\n</section>\n"
        return document(
            words[.boardTitle], language, bodyClass: "board", body: body,
            frame: ManageFrame.frame(language, path: "/manage", query: board.query.parameters, session: session))
    }

    /// The board's filter form, showing the query's values.
    private func filters(_ query: ReviewBoard.BoardQuery, _ language: Language) -> String {
        let words = ManageStrings(language: language)
        let h = HTMLPage.escape
        var out = "<form id=\"filters\" class=\"filters\" method=\"get\" action=\"/manage\">\n"
        out += "<input type=\"hidden\" name=\"lang\" value=\"\(language.code)\">\n"
        out += Self.select(
            "tier", label: words[.tierFilter], any: words[.allTiers],
            options: programme.tiers.map { ($0.id, $0.label.text(language)) }, selected: query.tier)
        out += "<div class=\"field\"><label class=\"check\"><input type=\"checkbox\" id=\"notEligible\" name=\"notEligible\" value=\"true\""
        out += "\(query.notEligible ? " checked" : "")> \(h(words[.notEligibleFilter]))</label></div>\n"
        out += "<div class=\"field\"><label for=\"lapsingWithin\">\(h(words[.lapsingFilter]))</label>\n"
        out += "<input id=\"lapsingWithin\" name=\"lapsingWithin\" type=\"number\" min=\"0\" max=\"\(ReviewBoard.maxLapsingDays)\""
        out += " value=\"\(query.lapsingWithin.map(String.init) ?? "")\"></div>\n"
        out += "<div class=\"field\"><button type=\"submit\" id=\"filter\">\(h(words[.filter]))</button></div>\n</form>\n"
        return out
    }

    /// The link to a recorded report.
    func recordLink(_ record: AuditRecord, _ language: Language) -> String {
        guard let id = record.id else { return "" }
        let words = ManageStrings(language: language)
        return "<a class=\"record\" href=\"/manage/records/\(id)?lang=\(language.code)\">\(HTMLPage.escape(words[.openRecord])) #\(id)</a>"
    }

    /// A table of applications: when, who, which tier, where it stands, a link to each.
    func applicationsTable(_ applications: [Application], language: Language, empty: String) -> String {
        let words = ManageStrings(language: language)
        let history = HistoryStrings(language: language)
        let h = HTMLPage.escape
        let rows = applications.map { application in
            [
                h(Self.time(application.submittedAt)), Self.partnerLink(application.record.partnerID, language),
                h(application.record.partnerName ?? ""), h(tier(application.tier, language)),
                h(qualified(application.record, language)),
                "<span class=\"status \(application.status.rawValue)\">\(h(Self.status(application.status, words)))</span>",
                "<a class=\"application\" href=\"/manage/applications/\(h(ManageFrame.encode(application.id)))?lang=\(language.code)\">"
                    + "\(h(words[.open]))</a>",
            ]
        }
        return Self.table(
            id: "applications-table",
            headings: [
                words[.submittedAt], history[.partner], history[.name], words[.tierApplied], history[.qualified], words[.status], "",
            ],
            rows: rows, empty: empty)
    }
}
