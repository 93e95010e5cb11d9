import AuditStore
import Foundation
import Programme
import Reports

/// The frame of the managers' pages: a navigation bar (board, applications, who is signed
/// in, the sign-out form with its CSRF token, the language switch), then `content` at the
/// top of the body, in the site's look.
enum ManageFrame {
    /// The frame of a page in `language` at `path` (`query` kept in the language links),
    /// for `session`'s manager (nil on the sign-in page); `content` is markup, already escaped.
    static func frame(
        _ language: Language, path: String, query: [(String, String)] = [], session: ManagerSession?, content: String = "",
        anchors: Bool = false
    ) -> HTMLFrame {
        let words = ManageStrings(language: language)
        let h = HTMLPage.escape
        var nav = "<nav class=\"site\">\n"
        if session != nil {
            nav += "<a id=\"nav-board\" href=\"/manage?lang=\(language.code)\">\(h(words[.board]))</a>\n"
            nav += "<a id=\"nav-applications\" href=\"/manage/applications?lang=\(language.code)\">\(h(words[.applications]))</a>\n"
            nav += "<span class=\"languages\">"
        } else {
            nav += "<span class=\"languages\">"
        }
        nav += Language.allCases.map { other in
            other == language
                ? "<strong lang=\"\(other.code)\">\(h(PageStrings.name(of: other)))</strong>"
                : "<a id=\"lang-\(other.code)\" lang=\"\(other.code)\" hreflang=\"\(other.code)\" "
                    + "href=\"\(h(link(path, query + [("lang", other.code)])))\">\(h(PageStrings.name(of: other)))</a>"
        }.joined(separator: " · ")
        nav += "</span>\n"
        if let session {
            nav += "<form class=\"sign-out\" method=\"post\" action=\"/logout\">"
            nav += "<span>\(h(words[.signedInAs])) <strong id=\"manager\">\(h(session.manager))</strong></span> "
            nav += csrfField(session)
            nav += "<button type=\"submit\" id=\"sign-out\">\(h(words[.signOut]))</button></form>\n"
        }
        nav += "</nav>\n"
        return HTMLFrame(banner: nav + content, css: SiteFrame.css + "\n" + css, script: SiteFrame.script, anchors: anchors)
    }

    /// The hidden field that carries the session's CSRF token in a form.
    static func csrfField(_ session: ManagerSession) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(HTMLPage.escape(session.csrfToken))\">"
    }

    /// `path` with `query`, each name and value percent-encoded (not yet escaped for HTML).
    static func link(_ path: String, _ query: [(String, String)]) -> String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }

    /// `text` percent-encoded for a query or a path segment.
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    static let css = """
        .desk { order: -2; } .desk dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
        .desk dt { font-weight: 600; } .desk dd { margin: 0; overflow-wrap: anywhere; }
        nav.site form.sign-out { display: flex; gap: 8px; align-items: baseline; margin: 0; }
        nav.site form.sign-out button { padding: 2px 12px; }
        table.listing { border-collapse: collapse; width: 100%; } table.listing th, table.listing td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--rule); }
        .counts { display: flex; flex-wrap: wrap; gap: 12px; } .paging { display: flex; gap: 16px; }
        form.filters { display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: end; }
        form.filters .field { margin: 0; }
        textarea { width: 100%; min-height: 6em; font: inherit; } .notice { color: var(--warn); font-weight: 600; }
        pre.stored { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--pale); padding: 12px; border-radius: 6px; }
        """
}
