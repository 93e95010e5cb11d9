import Audit
import Diagnostics
import Foundation
import Programme

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
    /// A reporter of this format; presentation options do not change it.
    public init(options: ReportOptions = ReportOptions()) {}

    public func render(_ report: AuditReport) -> String {
        render(batch: [report])
    }

    public func batchWriter() -> any BatchWriter {
        Batch()
    }

    struct Batch: BatchWriter {
        private var rules: [Rule] = []
        /// Where each rule is in `rules`, by id.
        private var ruleIndices: [String: Int] = [:]
        private var results = 0
        private var language = Language.english

        /// What a dossier brings to the run: the rules its programme sets, then its results.
        struct Entry: Sendable {
            var rules: [Rule]
            var results: [Result]
        }

        static func entry(for report: AuditReport) -> Entry {
            let words = ReportStrings(language: report.language)
            var results: [Result] = []
            let selfCheck = report.appliedTier == nil
            for finding in report.findings {
                results.append(
                    Result(
                        rule: Rule(id: finding.requirement, label: finding.label),
                        level: selfCheck ? "note" : "error", message: finding.message,
                        location: Location(report.file, line: finding.line, column: nil),
                        properties: (fix: finding.fix, gap: finding.gap ?? "", status: finding.status.rawValue, tier: finding.tier)))
            }
            for diagnostic in report.errors + report.warnings {
                let isError = diagnostic.severity == .error
                results.append(
                    Result(
                        rule: Rule(
                            id: isError ? "dossier.error" : "dossier.warning",
                            label: words[isError ? .dossierErrorRule : .dossierWarningRule]),
                        level: isError ? "error" : "warning", message: diagnostic.message,
                        location: Location(report.file, line: diagnostic.line, column: diagnostic.column), properties: nil))
            }
            return Entry(rules: report.requirementRows.map { Rule(id: $0.id, label: $0.label) }, results: results)
        }

        mutating func begin() -> String {
            "{\n  \"$schema\" : \"\(SARIFReporter.schema)\",\n  \"version\" : \"2.1.0\",\n  \"runs\" : [\n    {\n      \"results\" : ["
        }

        mutating func add(_ report: AuditReport, entry: Entry) -> String {
            if results == 0 { language = report.language }
            for rule in entry.rules { index(of: rule) }
            var text = ""
            for result in entry.results {
                var json = JSONWriter(margin: 8, indentingFirstLine: true)
                json.result(result, ruleIndex: index(of: result.rule))
                text += (results == 0 ? "\n" : ",\n") + json.text
                results += 1
            }
            return text
        }

        mutating func end() -> String {
            var json = JSONWriter(margin: 6)
            json.tool(rules: rules)
            let closing = results == 0 ? "]" : "\n      ]"
            return closing + ",\n      \"language\" : \"\(language.code)\",\n      \"tool\" : " + json.text + "\n    }\n  ]\n}\n"
        }

        /// The index of `rule` in the run, which takes it as it is when its id is new.
        @discardableResult
        private mutating func index(of rule: Rule) -> Int {
            if let index = ruleIndices[rule.id] { return index }
            ruleIndices[rule.id] = rules.count
            rules.append(rule)
            return rules.count - 1
        }
    }

    // MARK: - Wire form

    struct Rule: Sendable {
        var id: String
        var label: String
    }

    struct Result: Sendable {
        var rule: Rule
        var level: String
        var message: String
        var location: Location
        /// What a requirement's result tells beyond its message.
        var properties: (fix: String, gap: String, status: String, tier: String)?
    }

    /// The dossier file, and the line (and column) when known.
    struct Location: Sendable {
        var uri: String
        var line: Int?
        var column: Int?

        init(_ file: String, line: Int?, column: Int?) {
            uri = Self.uri(file)
            self.line = line
            self.column = column
        }

        /// A relative path as a relative reference; an absolute one as a `file:` URI.
        static func uri(_ path: String) -> String {
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            return path.hasPrefix("/") ? "file://" + encoded : encoded
        }
    }
}

/// SARIF's objects, keys in sorted order.
extension JSONWriter {
    fileprivate mutating func result(_ result: SARIFReporter.Result, ruleIndex: Int) {
        object { json in
            json.key("level")
            json.string(result.level)
            json.key("locations")
            json.array([result.location]) { $0.location($1) }
            json.key("message")
            json.message(result.message)
            if let properties = result.properties {
                json.key("properties")
                json.object { json in
                    json.key("fix")
                    json.string(properties.fix)
                    json.key("gap")
                    json.string(properties.gap)
                    json.key("status")
                    json.string(properties.status)
                    json.key("tier")
                    json.string(properties.tier)
                }
            }
            json.key("ruleId")
            json.string(result.rule.id)
            json.key("ruleIndex")
            json.number(ruleIndex)
        }
    }

    private mutating func location(_ location: SARIFReporter.Location) {
        object { json in
            json.key("physicalLocation")
            json.object { json in
                json.key("artifactLocation")
                json.object { json in
                    json.key("uri")
                    json.string(location.uri)
                }
                if let line = location.line {
                    json.key("region")
                    json.object { json in
                        if let column = location.column {
                            json.key("startColumn")
                            json.number(column)
                        }
                        json.key("startLine")
                        json.number(line)
                    }
                }
            }
        }
    }

    fileprivate mutating func tool(rules: [SARIFReporter.Rule]) {
        object { json in
            json.key("driver")
            json.object { json in
                json.key("name")
                json.string("partner-audit")
                json.key("rules")
                json.array(rules) { json, rule in
                    json.object { json in
                        json.key("id")
                        json.string(rule.id)
                        json.key("shortDescription")
                        json.message(rule.label)
                    }
                }
            }
        }
    }

    /// SARIF's message object, `{"text": …}`.
    private mutating func message(_ text: String) {
        object { json in
            json.key("text")
            json.string(text)
        }
    }
}
