import Foundation
import PartnerAudit
import Programme
import Reports
import Testing
import _TestSupport

/// Every format's output compared with a reviewed copy in `Golden/`.
///
/// After a deliberate change of output, regenerate the copies and review the diff:
///
///     UPDATE_GOLDEN=1 swift test --filter GoldenFileTests
///     git diff Tests/PartnerAuditTests/Golden
@Suite struct GoldenFileTests {
    /// One golden file: what is rendered, in which language and format.
    struct Case: Sendable, CustomTestStringConvertible {
        enum Source: Sendable {
            case sample(String)
            case batch
            case programme
        }

        let source: Source
        let language: Language
        let format: String

        /// `<sample>.<format>`, `<sample>.ru.<format>`, `batch.<format>`, `programme.<lang>.<format>`.
        var fileName: String {
            let base: String
            switch source {
            case .sample(let name): base = String(name.dropLast(".xml".count))
            case .batch: base = "batch"
            case .programme: return "programme.\(language.code).\(format)"
            }
            return language == .english ? "\(base).\(format)" : "\(base).\(language.code).\(format)"
        }

        var testDescription: String { fileName }

        func render() throws -> String {
            switch source {
            case .sample(let name):
                return Fixture.reporters[format]!.render(try Fixture.report(name, session: language.code))
            case .batch:
                let reports = try GoldenFileTests.samples.map { try Fixture.report($0, session: language.code) }
                return Fixture.reporters[format]!.render(batch: reports)
            case .programme:
                let programme = try Fixture.session(language.code).programme
                return ProgrammeRenderer(programme: programme, language: language).render(ProgrammeRenderer.Format(rawValue: format)!)
            }
        }
    }

    static let samples = ["fail-insufficient-kovacs.xml", "preferred-borei.xml", "self-check-lodzkie.xml", "invalid-schema.xml"]
    static let russianSamples = ["fail-insufficient-kovacs.xml", "self-check-lodzkie.xml"]

    static let cases: [Case] =
        Fixture.formatNames.flatMap { format in
            samples.map { Case(source: .sample($0), language: .english, format: format) }
                + russianSamples.map { Case(source: .sample($0), language: .russian, format: format) }
                + Language.allCases.map { Case(source: .batch, language: $0, format: format) }
        }
        + ProgrammeRenderer.Format.allCases.flatMap { format in
            Language.allCases.map { Case(source: .programme, language: $0, format: format.rawValue) }
        }

    @Test(arguments: cases)
    func matchesTheReviewedCopy(_ golden: Case) throws {
        let output = try golden.render()
        let file = Fixture.golden.appendingPathComponent(golden.fileName)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Fixture.golden, withIntermediateDirectories: true)
            try output.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        let outputLines = output.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let firstDifference = zip(outputLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(
            output == expected,
            """
            \(golden.fileName) differs from its golden copy \
            (first at line \((firstDifference?.offset ?? min(outputLines.count, expectedLines.count)) + 1)): \
            got \(firstDifference.map { "\"\($0.element.0)\"" } ?? "a different length"); \
            if the change is intended, run UPDATE_GOLDEN=1 swift test --filter GoldenFileTests and review the diff
            """)
    }
}
