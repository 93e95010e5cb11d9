import Foundation
import Testing

@testable import Reports

/// CSV fields are quoted exactly when one of their characters is a comma, a quote or a line break.
@Suite struct CSVQuotingTests {
    /// Quoted exactly when a character is a comma, a quote or a line break.
    @Test(arguments: [
        "plain", "Čížek & Syn", "a,b", "say \"hi\"", "one\ntwo", "cr\rlf", "crlf\r\n", "tab\tonly", "vt\u{0B}", "ff\u{0C}",
        "nel\u{85}", "ls\u{2028}", "ps\u{2029}", "e\u{301}\n", "", "emoji 👩‍💻",
    ])
    func aFieldIsQuotedWhenACharacterNeedsIt(_ field: String) {
        let needed = field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
        let quoted = CSVReporter.quoted(field)
        #expect(quoted.hasPrefix("\"") == needed)
        #expect(quoted == (needed ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field))
    }
}
