import Testing

@testable import Reports

/// HTML and Markdown escaping, for texts that need it and for those handed back as they are.
@Suite struct EscapingTests {
    @Test(arguments: ["", "plain text (with a tab\t)", "Łódzkie Sieci — «Предпочтительный» 😀", "\u{F000}\u{F8FF}\u{FFFD}"])
    func textsWithNothingToEscapeAreUnchanged(_ text: String) {
        #expect(Markup.escape(text) == text)
        #expect(Markdown.escape(text) == text)
    }

    @Test func markupEscapesWhatHTMLAndXMLNeed() {
        #expect(Markup.escape(#"<a href="x">Tom & 'Jerry'</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(Markup.escape("line\nbreaks\r\n") == "line\nbreaks\r\n")
        #expect(Markup.escape("a\u{1}b\u{1F}c\u{FFFE}d\u{FFFF}e\u{F000}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{F000}")
    }

    @Test func markdownEscapesWhatStartsMarkup() {
        #expect(Markdown.escape(#"*a* _b_ `c` [d](e) <f> | # ~ & \"#) == ##"\*a\* \_b\_ \`c\` \[d\](e) \<f\> \| \# \~ \& \\"##)
        #expect(Markdown.escape("one\ntwo\r\nthree\rfour") == "one two three four")
    }
}
