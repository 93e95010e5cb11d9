import Diagnostics
import DossierXML
import Foundation
import Programme
import Testing

/// Programmes that must be refused, each with a diagnostic naming the problem where it is.
@Suite struct BrokenProgrammeTests {
    @Test(arguments: [
        ("broken-dangling-ref.xml", 37, "tier-require-ref"),
        ("broken-duplicate-id.xml", 19, "requirement-id"),
        ("broken-cycle.xml", 33, "tier cycle: bronze → gold → silver → bronze"),
    ])
    func brokenFixture(name: String, line: Int, problem: String) throws {
        let path = ProgrammeFixtures.fixture(name)
        let diagnostics = ProgrammeFixtures.refusal(try ProgrammeFixtures.loader().load(file: path))
        #expect(diagnostics.contains { $0.line == line && $0.message.contains(problem) }, "\(diagnostics)")
        #expect(diagnostics.allSatisfy { $0.file == path && $0.severity == .error })
    }

    @Test func cycleIsReportedOnceAtTheExtendsAttribute() throws {
        let diagnostics = ProgrammeFixtures.refusal(
            try ProgrammeFixtures.loader().load(file: ProgrammeFixtures.fixture("broken-cycle.xml")))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 33)
        #expect(diagnostics.first?.column == 23)
    }

    /// The Kerio programme with one mistake edited in, and what the loader must say about it.
    struct Edit: Sendable, CustomTestStringConvertible {
        let name: String
        var replacements: [(String, String)] = []
        /// Markers of lines to delete.
        var removedLines: [String] = []
        /// A fragment of the expected message.
        let problem: String
        /// Text of the edited file where the diagnostic must be: its line, and its column when `atColumn`.
        let marker: String
        var atColumn = false

        var testDescription: String { name }

        static let all: [Edit] = [
            Edit(
                name: "placeholder the status does not offer",
                replacements: [
                    ("Reseller agreement {evidence} is not signed", "Reseller agreement {evidence} (valid until {until}) is not signed")
                ],
                problem: "requirement contract.reseller-agreement: the message for status unsigned in en uses {until}",
                marker: "(valid until {until})"),
            Edit(
                name: "status placeholder in a fix",
                replacements: [
                    ("Technical Specialist, valid on {asOf}.</fix>", "Technical Specialist, valid on {asOf}, such as {holder}.</fix>")
                ],
                problem: "requirement certification.technical: the fix in en uses {holder}",
                marker: "such as {holder}"),
            Edit(
                name: "default gap shown for a status lacking its placeholder",
                removedLines: [#"<gap status="unverifiable" lang="en">"#, #"<gap status="unverifiable" lang="ru">"#],
                problem:
                    "requirement sales.annual-retail-volume: the default gap (shown for insufficient, unverifiable) in en uses {shortfall}",
                marker: #"<gap lang="en">{shortfall}"#),
            Edit(
                name: "a status with no gap",
                removedLines: [#"<gap lang="en">{shortfall}"#, #"<gap lang="ru">еще {shortfall}"#],
                problem: "requirement sales.annual-retail-volume: no gap for status insufficient, and no default gap",
                marker: #"<retail-volume id="sales.annual-retail-volume""#),
            Edit(
                name: "label missing in Russian",
                removedLines: [#"<label lang="ru">Сертифицированный</label>"#],
                problem: "tier certified: no label in ru",
                marker: #"<label lang="en">Certified</label>"#),
            Edit(
                name: "text in an undeclared language",
                replacements: [
                    (
                        #"<label lang="ru">Сертифицированный</label>"#,
                        #"<label lang="ru">Сертифицированный</label><label lang="de">Zertifiziert</label>"#
                    )
                ],
                problem: "tier certified: label in de, which is not one of the programme's languages (en, ru)",
                marker: #"lang="de""#, atColumn: true),
            Edit(
                name: "benefit value missing in Russian",
                removedLines: [#"<value lang="ru">Ускоренная</value>"#],
                problem: "tier certified, benefit training.technical-support: no value in ru",
                marker: #"<value lang="en">accelerated</value>"#),
            Edit(
                name: "no message for a status",
                removedLines: [
                    #"<message status="expired" lang="en">Non-disclosure agreement"#,
                    #"<message status="expired" lang="ru">Соглашение о неразглашении"#,
                ],
                problem: "requirement contract.nda: no message for status expired",
                marker: #"<contract id="contract.nda""#),
            Edit(
                name: "message missing in one language",
                removedLines: [#"<message status="tampered" lang="ru">Файл {file}, приложенный к соглашению о неразглашении"#],
                problem: "requirement contract.nda: no message for status tampered in ru",
                marker: "The file {file} attached to non-disclosure agreement"),
            Edit(
                name: "threshold on a contract",
                replacements: [(#"<require ref="contract.nda"/>"#, #"<require ref="contract.nda" threshold="10.00"/>"#)],
                problem: "threshold is not a parameter of contract.nda, a contract requirement: it has no parameter a tier can override",
                marker: #"threshold="10.00""#, atColumn: true),
            Edit(
                name: "another kind's parameter",
                replacements: [(#"<require ref="marketing.website-ad"/>"#, #"<require ref="marketing.website-ad" grace-days="10"/>"#)],
                problem:
                    "grace-days is not a parameter of marketing.website-ad, a website-ad requirement: a tier can override only max-age-days",
                marker: #"grace-days="10""#, atColumn: true),
            Edit(
                name: "two tiers extending each other",
                replacements: [(#"<tier id="certified" extends="authorized">"#, #"<tier id="certified" extends="preferred">"#)],
                problem: "tier cycle: certified → preferred → certified",
                marker: #"extends="preferred""#, atColumn: true),
            Edit(
                name: "extending a later tier",
                replacements: [
                    (#"<tier id="authorized">"#, #"<tier id="authorized" extends="preferred">"#),
                    (#"<tier id="preferred" extends="certified">"#, #"<tier id="preferred">"#),
                ],
                problem: "tier authorized extends preferred, which is listed after it",
                marker: #"extends="preferred""#, atColumn: true),
            Edit(
                name: "a tier extending itself",
                replacements: [(#"<tier id="authorized">"#, #"<tier id="authorized" extends="authorized">"#)],
                problem: "tier authorized extends itself",
                marker: #"extends="authorized">"#, atColumn: true),
            Edit(
                name: "language listed twice",
                replacements: [(#"languages="en ru""#, #"languages="en ru en""#)],
                problem: "language en is listed twice",
                marker: #"languages="#, atColumn: true),
            Edit(
                name: "placeholder of another kind (schema)",
                replacements: [("No non-disclosure agreement is on file.", "No non-disclosure agreement of {holder} is on file.")],
                problem: "pattern",
                marker: "of {holder} is on file"),
        ]
    }

    @Test(arguments: Edit.all)
    func editedKerioProgrammeIsRefused(edit: Edit) throws {
        var text = try ProgrammeFixtures.kerioText()
        for (original, replacement) in edit.replacements {
            #expect(text.components(separatedBy: original).count == 2, "\(original) must occur once")
            text = text.replacingOccurrences(of: original, with: replacement)
        }
        for marker in edit.removedLines {
            let lines = text.components(separatedBy: "\n")
            #expect(lines.filter { $0.contains(marker) }.count == 1, "\(marker) must occur on one line")
            text = lines.filter { !$0.contains(marker) }.joined(separator: "\n")
        }
        let expected = try #require(ProgrammeFixtures.position(of: edit.marker, in: text))
        let diagnostics = ProgrammeFixtures.refusal(try ProgrammeFixtures.load(text: text))
        let matching = diagnostics.filter { $0.message.contains(edit.problem) }
        #expect(!matching.isEmpty, "\(diagnostics)")
        #expect(matching.contains { $0.line == expected.line && (!edit.atColumn || $0.column == expected.column) }, "\(matching)")
        #expect(diagnostics.allSatisfy { $0.file == "edited-program.xml" })
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        let text = try ProgrammeFixtures.kerioText()
            .replacingOccurrences(of: #"<require ref="contract.nda"/>"#, with: #"<require ref="contract.nda" threshold="1.00"/>"#)
            .replacingOccurrences(of: #"<label lang="ru">Предпочтительный</label>"#, with: "")
            .replacingOccurrences(of: #"<tier id="certified" extends="authorized">"#, with: #"<tier id="certified" extends="preferred">"#)
        let messages = ProgrammeFixtures.refusal(try ProgrammeFixtures.load(text: text)).map(\.message)
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains { $0.contains("threshold is not a parameter") })
        #expect(messages.contains { $0.contains("tier preferred: no label in ru") })
        #expect(messages.contains { $0.contains("tier cycle") })
    }
}
