import Programme
import Testing

@testable import Audit
@testable import DossierModel

@Suite struct MessageTemplateTests {
    private func render(_ text: String, _ values: Placeholders = [:]) -> String {
        MessageTemplate(text).render(values, language: .english)
    }

    @Test func fillsEachPlaceholderWithItsValue() {
        let values: Placeholders = [.evidence: .text("RA-1"), .until: .date(Build.date("2026-02-15")), .graceDays: .integer(30)]
        #expect(
            render("{evidence} ran until {until}, {graceDays} days, {evidence}.", values) == "RA-1 ran until 2026-02-15, 30 days, RA-1.")
        #expect(render("Договор «{evidence}»", values) == "Договор «RA-1»")
    }

    @Test func placeholdersMayStartEndAndFollowEachOther() {
        let values: Placeholders = [.evidence: .text("Договор-1"), .line: .integer(12), .host: .text("")]
        #expect(render("{evidence}{line}{host}", values) == "Договор-112")
        #expect(render("{line}: «{evidence}» {file}", values) == "12: «Договор-1» {file}")
        #expect(render("{host}", values) == "")
    }

    @Test func namesWithoutValueStayAsWritten() {
        #expect(render("due {quarter}; {unknown}; {a{b}; {open", [.graceDays: .integer(1)]) == "due {quarter}; {unknown}; {a{b}; {open")
        #expect(render("no placeholder at all") == "no placeholder at all")
        #expect(render("") == "")
    }

    @Test func moneyIsWrittenInTheReportsLanguage() {
        let values: Placeholders = [.required: .money(Build.money("7500")), .actual: .exactMoney(Build.money("7499.9952"))]
        #expect(MessageTemplate("{required} / {actual}").render(values, language: .russian) == "7\u{00A0}500,00 / 7\u{00A0}499,9952")
    }

    @Test func placeholderValuesAreReplacedAndRemoved() {
        var values: Placeholders = [.file: .text("a.pdf")]
        values[.file] = .text("b.pdf")
        values[.line] = .integer(7)
        #expect(values[.file] == .text("b.pdf"))
        values[.file] = nil
        #expect(values[.file] == nil)
        #expect(values[.line] == .integer(7))
    }
}
