import Audit
import DossierXML
import Foundation

/// SARIF 2.1.0, so code hosts annotate dossiers kept in a repository: one run whose
/// rules are the requirement ids, one result per unmet requirement of the tier judged,
/// located at the dossier line of its evidence, and one per error or warning about the
/// dossier itself. A self-check's results are notes, never errors.
///
/// One dossier or many, the document is a single run; its results are written as the
/// reports arrive and the tool (with the rules seen) comes last, which JSON allows.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// The reporter; it has no options.
    public init() {}

    public func render(_ report: AuditReport) -> String {
        render(batch: [report])
    }

    public func batchWriter() -> any BatchWriter {
        Batch()
    }

    struct Batch: BatchWriter {
        private var rules: [Rule] = []
        private var results = 0
        private var language = "en"

        mutating func begin() -> String {
            "{\n  \"$schema\" : \"\(SARIFReporter.schema)\",\n  \"version\" : \"2.1.0\",\n  \"runs\" : [\n    {\n      \"results\" : ["
        }

        mutating func add(_ report: AuditReport) -> String {
            let words = ReportStrings(language: report.language)
            if results == 0 { language = report.language }
            for (id, label) in report.requirementRows { rule(id, label) }
            var out: [Result] = []
            let selfCheck = report.appliedTier == nil
            for finding in report.findings {
                out.append(Result(
                    ruleId: finding.requirement, ruleIndex: rule(finding.requirement, finding.label),
                    level: selfCheck ? "note" : "error", message: Text(text: finding.message),
                    locations: [Location(report.file, line: finding.line, column: nil)],
                    properties: ["tier": finding.tier, "status": finding.status.rawValue, "fix": finding.fix, "gap": finding.gap ?? ""]))
            }
            for diagnostic in report.errors + report.warnings {
                let isError = diagnostic.severity == .error
                let id = isError ? "dossier.error" : "dossier.warning"
                out.append(Result(
                    ruleId: id, ruleIndex: rule(id, words[isError ? .dossierErrorRule : .dossierWarningRule]),
                    level: isError ? "error" : "warning", message: Text(text: diagnostic.message),
                    locations: [Location(report.file, line: diagnostic.line, column: diagnostic.column)], properties: nil))
            }
            let text = out.enumerated().map { index, result in
                (results + index == 0 ? "\n" : ",\n") + Self.indent(JSONReporter.encode(result), by: 8)
            }
            results += out.count
            return text.joined()
        }

        mutating func end() -> String {
            let tool = Tool(driver: Driver(name: "partner-audit", rules: rules))
            let closing = results == 0 ? "]" : "\n      ]"
            return closing + ",\n      \"language\" : \"\(language)\",\n      \"tool\" : "
                + Self.indent(JSONReporter.encode(tool), by: 6, firstLine: false) + "\n    }\n  ]\n}\n"
        }

        /// The index of rule `id`, added with `label` as its description when new.
        @discardableResult
        private mutating func rule(_ id: String, _ label: String) -> Int {
            if let index = rules.firstIndex(where: { $0.id == id }) { return index }
            rules.append(Rule(id: id, shortDescription: Text(text: label)))
            return rules.count - 1
        }

        /// `json` indented by `width` spaces to sit inside the run; the first line left
        /// as it is when it follows a key.
        private static func indent(_ json: String, by width: Int, firstLine: Bool = true) -> String {
            let margin = String(repeating: " ", count: width)
            let lines = json.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.enumerated().map { index, line in index == 0 && !firstLine ? String(line) : margin + line }
                .joined(separator: "\n")
        }
    }

    // MARK: - Wire form

    struct Text: Encodable {
        var text: String
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Text
    }

    struct Driver: Encodable {
        var name: String
        var rules: [Rule]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var properties: [String: String]?
    }

    /// The dossier file, and the line (and column) when known.
    struct Location: Encodable {
        struct Physical: Encodable {
            var artifactLocation: [String: String]
            var region: Region?
        }

        struct Region: Encodable {
            var startLine: Int
            var startColumn: Int?
        }

        var physicalLocation: Physical

        init(_ file: String, line: Int?, column: Int?) {
            physicalLocation = Physical(
                artifactLocation: ["uri": Self.uri(file)], region: line.map { Region(startLine: $0, startColumn: column) })
        }

        /// A relative path as a relative reference; an absolute one as a `file:` URI.
        static func uri(_ path: String) -> String {
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            return path.hasPrefix("/") ? "file://" + encoded : encoded
        }
    }
}
