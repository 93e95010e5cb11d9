import Programme

/// The frame of every HTML page the reports write: one self-contained file with
/// its CSS inline, nothing loaded from anywhere (no fonts, images or links, and no
/// script but the frame's own inline one), laid out for the screen and for print.
public enum HTMLPage {
    /// Everything up to and including `<body>` and the frame's banner; `title` and `language` are escaped here.
    static func head(title: String, language: Language, bodyClass: String, frame: HTMLFrame) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.code)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Markup.escape(title))</title>
        <style>
        \(css)\(frame.css.isEmpty ? "" : "\n" + frame.css)
        </style>
        </head>
        <body class="\(bodyClass)">

        """ + frame.banner
    }

    /// The footer, the frame's script and the end of the document.
    static func tail(_ words: ReportStrings, frame: HTMLFrame) -> String {
        let script = frame.script.isEmpty ? "" : "<script>\(frame.script)</script>\n"
        return "<footer>\(Markup.escape(words[.generatedBy]))</footer>\n\(script)</body>\n</html>\n"
    }

    /// A whole page: `body` is markup, already escaped.
    public static func document(
        title: String, language: Language, bodyClass: String, body: String, words: ReportStrings, frame: HTMLFrame = .file
    ) -> String {
        head(title: title, language: language, bodyClass: bodyClass, frame: frame) + body + tail(words, frame: frame)
    }

    /// `text` escaped for HTML text and quoted attribute values.
    public static func escape(_ text: String) -> String {
        Markup.escape(text)
    }

    /// A table row of cells already escaped.
    static func row(_ cells: [String], header: Bool = false) -> String {
        let tag = header ? "th" : "td"
        return "<tr>" + cells.map { "<\(tag)>\($0)</\(tag)>" }.joined() + "</tr>\n"
    }

    /// The badge for a standing, escaped.
    static func badge(_ standing: Standing, _ words: ReportStrings) -> String {
        "<span class=\"badge \(standing.rawValue)\">\(Markup.escape(words.standing(standing)))</span>"
    }

    /// The reports' style sheet.
    public static let css = """
        :root { --ok: #1a7f37; --fail: #cf222e; --warn: #9a6700; --info: #0969da; --muted: #57606a; --rule: #d0d7de; --pale: #f6f8fa; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #1f2328;
          max-width: 1120px; margin: 0 auto; padding: 24px; display: flex; flex-direction: column; gap: 22px; }
        header { order: -2; } .overview { order: -1; } .overview h2 { margin-top: 1.2em; }
        .dossiers td:nth-child(6), .dossiers th:nth-child(6) { white-space: nowrap; }
        h1 { font-size: 1.6em; margin: 0; } h2 { font-size: 1.2em; margin: 0 0 .6em; padding-bottom: .3em; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1em; margin: 0; }
        p { margin: .3em 0; } .meta, .fix, .note { color: var(--muted); }
        .verdict { border: 1px solid var(--rule); border-left: 6px solid var(--muted); border-radius: 6px; padding: 14px 18px; background: var(--pale); }
        .verdict.eligible { border-left-color: var(--ok); } .verdict.not-eligible, .verdict.invalid { border-left-color: var(--fail); }
        .verdict.self-check { border-left-color: var(--info); }
        .headline { font-size: 1.3em; font-weight: 600; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: .6em 0; } dt { color: var(--muted); } dd { margin: 0; }
        .badge { display: inline-block; padding: 0 9px; border: 1px solid currentColor; border-radius: 10px; font-size: .85em; font-weight: 600; white-space: nowrap; }
        .badge.eligible, .met { color: var(--ok); } .badge.not-eligible, .badge.invalid, .card.invalid, .unmet { color: var(--fail); }
        .badge.self-check { color: var(--info); } .warning { color: var(--warn); }
        ol.findings { padding-left: 1.3em; margin: 0; } ol.findings li { margin-bottom: .9em; }
        .tiers { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 14px; }
        .tier { border: 1px solid var(--rule); border-top: 5px solid var(--fail); border-radius: 6px; padding: 12px 14px; break-inside: avoid; }
        .tier.done { border-top-color: var(--ok); }
        .bar { height: 8px; background: var(--rule); border-radius: 4px; overflow: hidden; margin: 8px 0 10px; }
        .bar span { display: block; height: 100%; background: var(--ok); }
        .tier ul { list-style: none; padding: 0; margin: 0; } .tier li { padding: 4px 0; border-top: 1px solid var(--pale); }
        .tier li small { display: block; color: var(--muted); padding-left: 1.4em; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: 6px 9px; border-bottom: 1px solid var(--rule); }
        th { background: var(--pale); } td.num, th.num { text-align: right; } td.tick, th.tick { text-align: center; }
        tr.group th { background: none; padding-top: 14px; text-transform: uppercase; letter-spacing: .03em; font-size: .85em; color: var(--muted); }
        tr.section th { background: #eaeef2; font-size: 1em; }
        .programme th.tick, .programme td.tick { width: 18%; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; } .card { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 16px; min-width: 140px; }
        .card b { display: block; font-size: 1.9em; line-height: 1.2; }
        footer { color: var(--muted); font-size: .85em; border-top: 1px solid var(--rule); padding-top: 8px; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; gap: 14px; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          section, tr, .card { break-inside: avoid; } h2 { break-after: avoid; }
          .tiers { grid-template-columns: repeat(3, 1fr); }
        }
        """
}

/// What a page adds to the reports' frame when it is served rather than saved: markup
/// at the top of the body (a navigation bar), more CSS, one inline script at the end,
/// and stable ids on the parts a browser looks for (`verdict`, `errors`).
public struct HTMLFrame: Sendable {
    /// Markup placed first in the body, already escaped.
    public var banner: String
    /// CSS added after the reports' own.
    public var css: String
    /// JavaScript placed at the end of the body; the page's policy must allow it (by its hash).
    public var script: String
    /// Whether the verdict and the error list carry the ids `verdict` and `errors`.
    public var anchors: Bool

    public init(banner: String = "", css: String = "", script: String = "", anchors: Bool = false) {
        self.banner = banner
        self.css = css
        self.script = script
        self.anchors = anchors
    }

    /// A saved report: nothing added.
    public static let file = HTMLFrame()
}
