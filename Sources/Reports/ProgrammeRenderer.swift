import Programme

/// `partner-audit program`: the programme as the vendor's table shows it, tiers side
/// by side, requirements and benefits, in text, Markdown or a self-contained HTML page.
public struct ProgrammeRenderer: Sendable {
    /// The formats the programme can be shown in.
    public enum Format: String, CaseIterable, Sendable {
        case text, markdown, html
    }

    let programme: Programme
    let language: Language

    /// A renderer of `programme` with its labels in `language` (English where it lacks one).
    public init(programme: Programme, language: Language) {
        self.programme = programme
        self.language = language
    }

    /// The whole programme in `format`.
    public func render(_ format: Format) -> String {
        let table = ProgrammeTable(programme, language: language)
        switch format {
        case .text: return text(table)
        case .markdown: return markdown(table)
        case .html: return html(table, frame: .file)
        }
    }

    /// The programme table as an HTML page of `frame`.
    public func html(frame: HTMLFrame) -> String {
        html(ProgrammeTable(programme, language: language), frame: frame)
    }

    // MARK: - Text

    /// Columns as narrow as the longest tier label (at least 16 characters), labels
    /// up to 56; longer texts wrap onto more lines, as in the vendor's table.
    private func text(_ table: ProgrammeTable) -> String {
        let labelWidth = 60
        let widths = table.tiers.map { max($0.count, 16) + 2 }
        func lines(_ label: String, _ cells: [String], indent: Int) -> [String] {
            let labelLines = Self.wrap(label, width: labelWidth - indent)
            let cellLines = zip(cells, widths).map { Self.wrap($0, width: $1 - 2) }
            return (0..<max(labelLines.count, cellLines.map(\.count).max() ?? 0)).map { index in
                let left = index < labelLines.count ? String(repeating: " ", count: indent) + labelLines[index] : ""
                let columns = zip(cellLines, widths).map { cell, width -> String in
                    let text = index < cell.count ? cell[index] : ""
                    let before = (width - text.count) / 2
                    return String(repeating: " ", count: before) + text + String(repeating: " ", count: width - text.count - before)
                }
                let line = left + String(repeating: " ", count: max(0, labelWidth - left.count)) + columns.joined()
                return String(line.reversed().drop { $0 == " " }.reversed())
            }
        }
        var out = [table.title]
        if let description = table.description { out += Self.wrap(description, width: labelWidth + widths.reduce(0, +)) }
        out += [""] + lines(table.tiersHeading, table.tiers, indent: 0)
        for section in table.sections {
            out += ["", section.heading]
            for group in section.groups {
                out.append("  " + group.label)
                out += group.rows.flatMap { lines($0.label, $0.cells, indent: 4) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Words of `text` in lines of at most `width` characters (a longer word keeps its own line).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        return lines + (current.isEmpty ? [] : [current])
    }

    // MARK: - Markdown

    private func markdown(_ table: ProgrammeTable) -> String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var out = ["# \(Markdown.escape(table.title))"]
        if let description = table.description { out += ["", Markdown.escape(description)] }
        for section in table.sections {
            out += ["", "## \(Markdown.escape(section.heading))", ""]
            out.append(row([Markdown.escape(table.tiersHeading)] + table.tiers.map(Markdown.escape)))
            out.append(row(["---"] + table.tiers.map { _ in ":-:" }))
            for group in section.groups {
                out.append(row(["**\(Markdown.escape(group.label))**"] + table.tiers.map { _ in "" }))
                out += group.rows.map { row([Markdown.escape($0.label)] + $0.cells.map(Markdown.escape)) }
            }
        }
        out += ["", "*\(ReportStrings(language: language)[.generatedBy])*"]
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - HTML

    private func html(_ table: ProgrammeTable, frame: HTMLFrame) -> String {
        let h = Markup.escape
        var body = "<header>\n<h1>\(h(table.title))</h1>\n"
        if let description = table.description { body += "<p class=\"meta\">\(h(description))</p>\n" }
        body += "</header>\n<section class=\"programme\">\n<table>\n<thead>\n"
        body +=
            "<tr><th>\(h(table.tiersHeading))</th>" + table.tiers.map { "<th class=\"tick\">\(h($0))</th>" }.joined() + "</tr>\n</thead>\n"
        let span = table.tiers.count + 1
        for section in table.sections {
            body += "<tbody>\n<tr class=\"section\"><th colspan=\"\(span)\">\(h(section.heading))</th></tr>\n"
            for group in section.groups {
                body += "<tr class=\"group\"><th colspan=\"\(span)\">\(h(group.label))</th></tr>\n"
                for row in group.rows {
                    body += "<tr><td>\(h(row.label))</td>" + row.cells.map { "<td class=\"tick\">\(h($0))</td>" }.joined() + "</tr>\n"
                }
            }
            body += "</tbody>\n"
        }
        body += "</table>\n</section>\n"
        return HTMLPage.document(
            title: table.title, language: language, bodyClass: "programme", body: body, words: ReportStrings(language: language),
            frame: frame)
    }
}
