import AuditStore
import DossierModel
import Programme
import Reports

extension ManagerPages {
    // MARK: - A partner's timeline

    /// `GET /manage/partners/{id}`: the partner's records, oldest first, what changed from
    /// the record before, and a link to each recorded report.
    func timeline(
        partnerID: String, records: [AuditRecord], changes: [[ChangeKind]], language: Language, session: ManagerSession
    ) -> String {
        let words = ManageStrings(language: language)
        let history = HistoryStrings(language: language)
        let h = HTMLPage.escape
        let title = "\(words[.timelineOf]) \(partnerID)" + (records.last?.partnerName.map { " — \($0)" } ?? "")
        var body = "<header>\n<h1>\(h(title))</h1>\n</header>\n<section id=\"timeline\">\n"
        let rows = zip(records, changes).map { record, kinds in
            [
                h(record.asOf.description), h(Self.time(record.recordedAt)), h(record.recordedBy),
                "<code title=\"\(h(record.dossierSHA256))\">\(h(String(record.dossierSHA256.prefix(12))))</code>",
                h(tier(record.appliedTier, language)), h(qualified(record, language)), h(Self.yesNo(record.eligible, language)),
                h(Self.holdsUntil(record, language)),
                "<span class=\"changes\" data-kinds=\"\(h(kinds.map(\.rawValue).joined(separator: " ")))\">"
                    + "\(h(kinds.map(history.kind).joined(separator: ", ")))</span>",
                recordLink(record, language),
            ]
        }
        body += Self.table(
            id: "timeline-table",
            headings: [
                history[.asOf], history[.recordedAt], history[.recordedBy], history[.dossier], history[.applied], history[.qualified],
                history[.eligible], history[.holdsUntil], history[.changed], words[.openRecord],
            ],
            rows: rows, empty: history[.noRecords])
        body += "</section>\n"
        return document(
            title, language, bodyClass: "timeline", body: body,
            frame: ManageFrame.frame(language, path: "/manage/partners/\(ManageFrame.encode(partnerID))", session: session))
    }

    // MARK: - A recorded report

    /// `GET /manage/records/{id}`: what the record says of itself, then the report.
    func record(_ record: AuditRecord, report: ReviewBoard.RecordedReport, language: Language, session: ManagerSession) -> String {
        let path = "/manage/records/\(record.id ?? 0)"
        return recordedReport(
            report, language: language, path: path, session: session,
            desk: "<section id=\"record\" class=\"desk\">\n" + recordFacts(record, language) + "</section>\n")
    }

    /// The facts of a record: who recorded what, when, against which programme.
    func recordFacts(_ record: AuditRecord, _ language: Language) -> String {
        let words = ManageStrings(language: language)
        let history = HistoryStrings(language: language)
        let h = HTMLPage.escape
        var out = "<h2>\(h(words[.recordTitle])) #\(record.id ?? 0)</h2>\n<dl>\n"
        let facts: [(String, String)] = [
            (history[.partner], Self.partnerLink(record.partnerID, language) + " " + h(record.partnerName ?? "")),
            (history[.asOf], h(record.asOf.description)),
            (words[.recordedAt], h(Self.time(record.recordedAt))),
            (words[.recordedBy], h(record.recordedBy)),
            (words[.file], h(record.file)),
            (words[.dossierDigest], "<code>\(h(record.dossierSHA256))</code> (\(record.dossierSize) B)"),
            (words[.programme], h(record.programmeID)),
            (words[.programmeDigest], "<code>\(h(record.programmeSHA256))</code>"),
            (words[.toolVersion], h(record.toolVersion)),
        ]
        out += facts.map { "<dt>\(h($0.0))</dt><dd>\($0.1)</dd>\n" }.joined()
        return out + "</dl>\n"
    }

    /// A page of the report with `desk` (markup) above it: the report as `check --format html`
    /// shows it when it was reproduced, else the stored JSON report as it was recorded.
    func recordedReport(
        _ report: ReviewBoard.RecordedReport, language: Language, path: String, session: ManagerSession, desk: String,
        status: String = ""
    ) -> String {
        let words = ManageStrings(language: language)
        let h = HTMLPage.escape
        switch report {
        case .reproduced(let audit):
            let frame = ManageFrame.frame(language, path: path, session: session, content: status + desk, anchors: true)
            return HTMLReporter().render(audit, frame: frame)
        case .stored(let json):
            let body =
                "<section id=\"stored-report\">\n<p class=\"notice\">\(h(words[.storedReportNote]))</p>\n"
                + "<pre class=\"stored\">\(h(json))</pre>\n</section>\n"
            return document(
                words[.recordTitle], language, bodyClass: "report", body: body,
                frame: ManageFrame.frame(language, path: path, session: session, content: status + desk))
        }
    }
}
