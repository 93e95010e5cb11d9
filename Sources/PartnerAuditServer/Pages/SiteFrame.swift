import Crypto
import Foundation
import Hummingbird
import Programme
import Reports

/// What every page of the server adds to the reports' frame: a navigation bar with the
/// language switch, the form's styles, and the one inline script the pages' policy allows.
enum SiteFrame {
    /// The frame of a page in `language`; `path` (with its query, if any) is where the language links point.
    static func frame(_ language: Language, path: String, anchors: Bool = false) -> HTMLFrame {
        let words = PageStrings(language: language)
        let h = HTMLPage.escape
        let joiner = path.contains("?") ? "&amp;" : "?"
        var nav = "<nav class=\"site\">\n<a href=\"/?lang=\(language.code)\">\(h(words[.selfCheck]))</a>\n"
        nav += "<a href=\"/program?lang=\(language.code)\">\(h(words[.programme]))</a>\n<span class=\"languages\">"
        nav += Language.allCases.map { other in
            other == language
                ? "<strong lang=\"\(other.code)\">\(h(PageStrings.name(of: other)))</strong>"
                : "<a id=\"lang-\(other.code)\" lang=\"\(other.code)\" hreflang=\"\(other.code)\" "
                    + "href=\"\(h(path))\(joiner)lang=\(other.code)\">\(h(PageStrings.name(of: other)))</a>"
        }.joined(separator: " · ")
        nav += "</span>\n</nav>\n"
        return HTMLFrame(banner: nav, css: css, script: script, anchors: anchors)
    }

    /// The policy of every answer: nothing from elsewhere, no script but `script`, forms
    /// posted only here, never framed.
    static let contentSecurityPolicy: String = {
        let policy: ContentSecurityPolicy = [
            .defaultSrc(.none),
            .styleSrc(.unsafeInline),
            .scriptSrc(.hash(.sha256, base64: scriptHash)),
            .formAction(.self),
            .frameAncestors(.none),
            .baseURI(.none),
        ]
        return policy.description
    }()

    /// The SHA-256 of `script`, in base 64, as a policy names it.
    static let scriptHash = Data(SHA256.hash(data: Data(script.utf8))).base64EncodedString()

    /// Files or a bundle: choosing one clears the other; a dossier over the limit is
    /// refused before it is sent. The form works the same without it.
    static let script = """
        (function () {
          var form = document.getElementById("check-form");
          if (!form) { return; }
          var dossier = document.getElementById("dossier");
          var attachments = document.getElementById("attachments");
          var bundle = document.getElementById("bundle");
          var note = document.getElementById("client-note");
          bundle.addEventListener("change", function () { if (bundle.value) { dossier.value = ""; attachments.value = ""; } });
          dossier.addEventListener("change", function () { if (dossier.value) { bundle.value = ""; } });
          attachments.addEventListener("change", function () { if (attachments.value) { bundle.value = ""; } });
          form.addEventListener("submit", function (event) {
            var file = dossier.files[0];
            if (file && file.size > Number(form.getAttribute("data-max-dossier-bytes"))) {
              event.preventDefault();
              note.textContent = form.getAttribute("data-too-large");
              note.hidden = false;
            }
          });
        })();
        """

    static let css = """
        nav.site { order: -3; display: flex; flex-wrap: wrap; gap: 16px; align-items: baseline; border-bottom: 1px solid var(--rule); padding-bottom: 8px; }
        nav.site .languages { margin-left: auto; }
        form fieldset { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 18px 14px; margin: 0 0 16px; }
        form legend { font-weight: 600; padding: 0 6px; }
        form .field { margin: 10px 0; } form label { display: block; font-weight: 600; }
        form small { display: block; color: var(--muted); } form .or { color: var(--muted); font-style: italic; }
        form label.check { font-weight: normal; }
        button { font: inherit; font-weight: 600; padding: 7px 22px; border-radius: 6px; border: 1px solid var(--info); background: var(--info); color: #fff; cursor: pointer; }
        ul.problems { margin: .4em 0; padding-left: 1.3em; } .client-note { color: var(--fail); }
        """
}
