import Audit
import Diagnostics
import DossierModel
import Programme

/// JUnit XML (the Ant/Jenkins schema) so CI systems show what is missing: one
/// `testsuite` per dossier, one `testcase` per requirement of the tier judged, a
/// `failure` for each unmet one (a `skipped` in a self-check, which is never a
/// failure), an `error` for an invalid dossier. A batch is `<testsuites>`.
/// Output is reproducible: the timestamp is the audit date, times are zero.
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"

    /// The reporter; it has no options.
    /// A reporter of this format; presentation options do not change it.
    public init(options: ReportOptions = ReportOptions()) {}

    public func render(_ report: AuditReport) -> String {
        Self.declaration + Self.suite(report, inBatch: false).xml(id: nil)
    }

    public func batchWriter() -> any BatchWriter {
        Batch()
    }

    /// `<testsuites>`, one suite per dossier as it arrives.
    struct Batch: BatchWriter {
        private var count = 0

        static func entry(for report: AuditReport) -> Suite { JUnitReporter.suite(report, inBatch: true) }

        mutating func begin() -> String { JUnitReporter.declaration + "<testsuites>\n" }

        mutating func add(_ report: AuditReport, entry: Suite) -> String {
            defer { count += 1 }
            return entry.xml(id: count)
        }

        mutating func end() -> String { "</testsuites>\n" }
    }

    // MARK: - Writing

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// A `testsuite` but for the `id` a suite inside `<testsuites>` needs, which is its place in the batch.
    struct Suite: Sendable {
        /// The start tag up to its last attributes.
        var opening: String
        /// What follows the start tag, end tag included.
        var content: String

        /// The suite, with `id` when it sits inside `<testsuites>`.
        func xml(id: Int?) -> String {
            opening + (id.map { " id=\"\($0)\"" } ?? "") + ">\n" + content
        }
    }

    /// One `testsuite`; `inBatch` adds the `package` a suite inside `<testsuites>` needs.
    static func suite(_ report: AuditReport, inBatch: Bool) -> Suite {
        let words = ReportStrings(language: report.language)
        let cases = testCases(report, words)
        let count = { (kind: TestCase.Kind) in cases.filter { $0.result?.kind == kind }.count }
        var attributes = [
            ("name", report.title), ("timestamp", "\(report.asOf)T00:00:00"), ("hostname", "localhost"),
            ("tests", String(cases.count)), ("failures", String(count(.failure))), ("errors", String(count(.error))),
            ("skipped", String(count(.skipped))), ("time", "0"),
        ]
        if inBatch { attributes.append(("package", report.file)) }
        let opening = "<testsuite" + attributes.map { " \($0.0)=\"\(x($0.1))\"" }.joined()
        var out =
            "  <properties>\n" + properties(report).map { "    <property name=\"\($0.0)\" value=\"\(x($0.1))\"/>\n" }.joined()
            + "  </properties>\n"
        out += cases.map(\.xml).joined()
        let notes = [report.holdsSentence(words), report.nextTierSentence(words)].compactMap { $0 }
        out += "  <system-out>\(x(notes.joined(separator: "\n")))</system-out>\n"
        let warnings = report.warnings.map { "\(words.location(line: $0.line, column: $0.column)): \($0.message)" }
        out += "  <system-err>\(x(warnings.joined(separator: "\n")))</system-err>\n"
        return Suite(opening: opening, content: out + "</testsuite>\n")
    }

    private static func properties(_ report: AuditReport) -> [(String, String)] {
        var values = [
            ("file", report.file), ("program", report.program.id), ("asOf", report.asOf.description), ("valid", String(report.valid)),
        ]
        if let partner = report.partner { values.append(("partner.id", partner.id)) }
        values += [
            ("appliedTier", report.appliedTier), ("qualifiedTier", report.qualifiedTier), ("judgedTier", report.judgedTier),
            ("holdsUntil", report.holdsUntil?.date.description), ("lapsingRequirement", report.holdsUntil?.requirement),
        ].compactMap { name, value in value.map { (name, $0) } }
        values.append(("eligible", String(report.eligible)))
        return values
    }

    /// The dossier's errors as one errored case, then a case per requirement of the tier judged.
    private static func testCases(_ report: AuditReport, _ words: ReportStrings) -> [TestCase] {
        var cases: [TestCase] = []
        if let first = report.errors.first {
            let details = report.errors.map { "\(words.location(line: $0.line, column: $0.column)): \($0.message)" }
            cases.append(
                TestCase(
                    name: words[.dossierValid], classname: "\(report.program.id).dossier",
                    result: .init(kind: .error, type: "invalid-dossier", message: first.message, text: details.joined(separator: "\n"))))
        }
        guard let tier = report.testedTier else { return cases }
        let selfCheck = report.appliedTier == nil
        for outcome in tier.outcomes {
            var result: TestCase.Result?
            if outcome.status != .met {
                let location = outcome.line.map { " (\(words.location(line: $0)))" } ?? ""
                let text = "\(words.status(outcome.status))\(location)\n\(outcome.message)\n\(words[.howToFix]): \(outcome.fix)"
                result =
                    selfCheck
                    ? .init(kind: .skipped, type: nil, message: words[.selfCheckNote], text: text)
                    : .init(kind: .failure, type: outcome.status.rawValue, message: outcome.message, text: text)
            }
            cases.append(
                TestCase(name: "\(outcome.requirement) — \(outcome.label)", classname: "\(report.program.id).\(tier.id)", result: result))
        }
        return cases
    }

    /// One `testcase`, passed when it has no result.
    private struct TestCase {
        enum Kind: String { case failure, error, skipped }

        struct Result {
            var kind: Kind
            var type: String?
            var message: String
            var text: String
        }

        var name: String
        var classname: String
        var result: Result?

        var xml: String {
            let open = "  <testcase name=\"\(x(name))\" classname=\"\(x(classname))\" time=\"0\""
            guard let result else { return open + "/>\n" }
            let type = result.type.map { " type=\"\(x($0))\"" } ?? ""
            let element = "<\(result.kind.rawValue)\(type) message=\"\(x(result.message))\">\(x(result.text))</\(result.kind.rawValue)>"
            return open + ">\n    " + element + "\n  </testcase>\n"
        }
    }

    private static func x(_ text: String) -> String { Markup.escape(text) }
}
