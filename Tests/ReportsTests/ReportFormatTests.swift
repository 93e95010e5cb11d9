import Audit
import DossierModel
import DossierXML
import Foundation
import Reports
import Testing
import _TestSupport

/// Every format is produced for every sample, says what people need (holds-until,
/// the next tier's gap), escapes what dossiers contain, and streams batches.
@Suite struct ReportFormatTests {
    @Test(arguments: Fixture.sampleNames)
    func everyFormatIsProducedForEverySample(_ sample: String) throws {
        for language in ["en", "ru"] {
            let report = try Fixture.report(sample, session: language)
            for format in Fixture.formatNames {
                let output = Fixture.reporters[format]!.render(report)
                #expect(output.unicodeScalars.last == "\n" && output.count > 50, "\(format) of \(sample)")
                switch format {
                case "json", "sarif": #expect(throws: Never.self) { try JSONValue.parse(output) }
                case "junit": #expect(throws: Never.self) { try XMLTree.parse(bytes: Array(output.utf8), file: sample) }
                case "csv": #expect(CSVTable.parse(output)?.map(\.count) == [11, 11])
                case "html": try expectSelfContained(output)
                default: break
                }
            }
        }
    }

    private func expectSelfContained(_ html: String) throws {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang="))
        #expect(html.contains("<style>") && html.contains("@media print"))
        for external in ["<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import"] {
            #expect(!html.contains(external), "the page loads something: \(external)")
        }
    }

    @Test func holdsUntilIsInEveryFormatButSARIF() throws {
        let report = try Fixture.report("preferred-borei.xml")
        #expect(report.holdsUntil?.date.description == "2026-12-10")
        for format in Fixture.formatNames where format != "sarif" {
            #expect(Fixture.reporters[format]!.render(report).contains("2026-12-10"), "\(format)")
        }
        let text = TextReporter().render(report)
        #expect(text.contains("Preferred holds until 2026-12-10: on that day Annual sales volume (retail sales) stops being met"))
    }

    @Test func theNextTiersGapIsInPlainWords() throws {
        let kovacs = try Fixture.report("fail-insufficient-kovacs.xml")
        for format in Fixture.formatNames where format != "csv" {
            #expect(Fixture.reporters[format]!.render(kovacs).contains("659.50 USD more retail sales"), "\(format)")
        }
        let lodzkie = try Fixture.report("self-check-lodzkie.xml", session: "ru")
        #expect(
            TextReporter().render(lodzkie).contains(
                "Для следующего уровня, «Предпочтительный», нужно: прогноз продаж на 2027-Q1; квартальный отчет о деловых операциях за 2026-Q3."
            ))
    }

    @Test func aSelfCheckIsNeverAFailure() throws {
        let report = try Fixture.report("self-check-lodzkie.xml")
        #expect(!JUnitReporter().render(report).contains("<failure"))
        #expect(!SARIFReporter().render(report).contains(#""level" : "error""#))
        #expect(TextReporter().render(report).contains("this is a self-check, not a failure"))
    }

    // MARK: - Escaping

    private func hostile() throws -> AuditReport {
        var report = try Fixture.report("fail-insufficient-kovacs.xml")
        report.partner?.name = #"<script>alert("x")</script> & *Co*, | "Ltd""#
        report.findings[0].message = "a\u{1}b <b>c</b>\nd"
        return report
    }

    @Test func htmlEscapesEveryText() throws {
        let html = HTMLReporter().render(try hostile())
        #expect(!html.contains("<script>") && !html.contains("<b>c</b>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; *Co*"))
    }

    @Test func markdownEscapesEveryText() throws {
        let markdown = MarkdownReporter().render(try hostile())
        #expect(markdown.contains(#"\<script\>alert("x")\</script\> \& \*Co\*, \| "Ltd""#))
        #expect(markdown.contains(#"a\#u{1}b \<b\>c\</b\> d"#))
    }

    @Test func junitStaysWellFormedWithAnyText() throws {
        let xml = JUnitReporter().render(try hostile())
        let tree = try XMLTree.parse(bytes: Array(xml.utf8), file: "hostile.xml")
        #expect(tree.root.attribute("name") == #"<script>alert("x")</script> & *Co*, | "Ltd" (KP-003602)"#)
    }

    @Test func csvQuotesAsRFC4180Says() throws {
        let csv = CSVReporter().render(try hostile())
        #expect(csv.contains(#","<script>alert(""x"")</script> & *Co*, | ""Ltd""","#))
        #expect(csv.hasSuffix("\r\n"))
        let rows = try #require(CSVTable.parse(csv))
        #expect(
            rows[0] == [
                "file", "partner_id", "partner_name", "valid", "applied_tier", "qualified_tier", "eligible",
                "holds_until", "lapsing_requirement", "missing", "errors",
            ])
        #expect(rows[1][2] == #"<script>alert("x")</script> & *Co*, | "Ltd""#)
        #expect(rows[1][9] == "sales.annual-retail-volume:insufficient")
        let invalid = try #require(CSVTable.parse(CSVReporter().render(try Fixture.report("invalid-schema.xml"))))
        #expect(invalid[1][10].split(separator: "\n").count == 3)
    }

    // MARK: - Batches

    @Test func theDashboardCountsAndListsWhatNeedsAttention() throws {
        let reports = try Fixture.sampleNames.map { try Fixture.report($0) }
        let html = HTMLReporter().render(batch: reports)
        try expectSelfContained(html)
        let start = try #require(html.range(of: "<section class=\"dossiers\">")).upperBound
        let end = try #require(html.range(of: "</section>", range: start..<html.endIndex)).lowerBound
        #expect(html[start..<end].matches(of: /<tr><td>Samples\//).count == reports.count)
        #expect(html.contains("<div class=\"card\"><b>\(reports.count)</b>Total</div>"))
        #expect(html.contains("<div class=\"card invalid\"><b>\(reports.filter { !$0.valid }.count)</b>invalid</div>"))
        let lists = String(html[html.range(of: "<section class=\"overview\">")!.lowerBound...])
        #expect(lists.contains("Kovács és Társa Informatikai Kft. (KP-003602)"))
        #expect(lists.contains("Tier lapsing within 30 days"))
        #expect(lists.contains("<td>2026-12-10</td>") && lists.contains("<td>2026-12-03</td>"))
        #expect(!lists.contains("<td>2027-06-01</td>"))
    }

    @Test func theTextTotalCountsOneDossierOrMany() throws {
        let one = try Fixture.report("preferred-borei.xml")
        #expect(TextReporter().render(batch: [one]).hasSuffix("  Total: 1 dossier\n"))
        #expect(TextReporter().render(batch: [one, one]).hasSuffix("  Total: 2 dossiers\n"))
    }

    @Test func theLapsingWindowIsAnOption() throws {
        // Brückner's tier lapses in 9 days, Borei's in 16.
        let reports = try ["preferred-borei.xml", "certified-brueckner.xml"].map { try Fixture.report($0) }
        let summary = MarkdownReporter(options: ReportOptions(lapsingWithinDays: 10)).render(batch: reports)
        let list = try #require(summary.range(of: "### Tier lapsing within 10 days")).upperBound
        #expect(summary[list...].contains("2026-12-03"))
        #expect(!summary[list...].contains("2026-12-10"))
    }

    @Test(arguments: Fixture.formatNames)
    func batchWritersWriteEachDossierAsItComes(_ format: String) throws {
        var writer = Fixture.reporters[format]!.batchWriter()
        var output = writer.begin()
        for sample in Fixture.sampleNames {
            let report = try Fixture.report(sample)
            let part = writer.add(report)
            // SARIF writes results only: a dossier with nothing to report adds none.
            let hasResults = !(report.findings.isEmpty && report.errors.isEmpty && report.warnings.isEmpty)
            #expect(!part.isEmpty || (format == "sarif" && !hasResults), "\(format) wrote nothing for \(sample)")
            output += part
        }
        output += writer.end()
        #expect(output == Fixture.reporters[format]!.render(batch: try Fixture.sampleNames.map { try Fixture.report($0) }))
    }

    @Test func colourOnlyWhenAsked() throws {
        let report = try Fixture.report("fail-insufficient-kovacs.xml")
        #expect(TextReporter(options: ReportOptions(colour: true)).render(report).contains("\u{1B}[31m"))
        #expect(!TextReporter().render(report).contains("\u{1B}["))
    }
}
