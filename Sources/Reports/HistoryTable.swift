import Programme

/// A listing of the history as a table, written as text, CSV, Markdown or HTML: the
/// non-JSON forms of `history`, `partners`, `changes` and `reaudit`.
struct HistoryTable {
    var title: String
    /// Column headings as people read them, and as CSV names them.
    var headings: [String]
    var csvNames: [String]
    /// Each row's cells as people read them, and as CSV gives them.
    var rows: [[String]]
    var csvRows: [[String]]
    /// What is said when there are no rows.
    var empty: String

    func text() -> String {
        guard !rows.isEmpty else { return title + "\n\n" + empty + "\n" }
        let widths = headings.indices.map { column in
            ([headings[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var text = zip(cells, widths).map { $0.0 + String(repeating: " ", count: $0.1 - $0.0.count) }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        return title + "\n\n" + line(headings) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
    }

    func csv() -> String {
        CSVReporter.line(csvNames) + csvRows.map(CSVReporter.line).joined()
    }

    func markdown() -> String {
        var out = "# \(Markdown.escape(title))\n\n"
        guard !rows.isEmpty else { return out + Markdown.escape(empty) + "\n" }
        out += "| " + headings.map(Markdown.escape).joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: headings.count) + "\n"
        for row in rows { out += "| " + row.map(Markdown.escape).joined(separator: " | ") + " |\n" }
        return out
    }

    func html(language: Language) -> String {
        var body = "<main>\n<h1>\(Markup.escape(title))</h1>\n"
        if rows.isEmpty {
            body += "<p>\(Markup.escape(empty))</p>\n"
        } else {
            body += "<table>\n<thead>\n" + HTMLPage.row(headings.map(Markup.escape), header: true) + "</thead>\n<tbody>\n"
            body += rows.map { HTMLPage.row($0.map(Markup.escape)) }.joined()
            body += "</tbody>\n</table>\n"
        }
        body += "</main>\n"
        return HTMLPage.document(
            title: title, language: language, bodyClass: "history", body: body, words: ReportStrings(language: language))
    }
}
