import Audit
import Diagnostics
import DossierModel
import Foundation
import Programme

/// The JSON report of the command-line contract (`cli.md`): one object per dossier; a batch is
/// `{"dossiers": [...]}` with each dossier's `file`. Money is given as exact
/// decimal strings; absent values are written as `null`, not left out.
public struct JSONReporter: Reporter {
    public static let identifier = "json"

    /// A reporter of this format; presentation options do not change it.
    public init(options: ReportOptions = ReportOptions()) {}

    public func render(_ report: AuditReport) -> String {
        var json = JSONWriter()
        json.report(report)
        return json.document()
    }

    public func batchWriter() -> any BatchWriter {
        Batch()
    }

    /// `{"dossiers": [ … ]}`, one object per dossier, streamed.
    struct Batch: BatchWriter {
        private var count = 0

        /// The dossier's object two levels in, laid out as if the whole document were written at once.
        static func entry(for report: AuditReport) -> String {
            var json = JSONWriter(margin: 4, indentingFirstLine: true)
            json.report(report)
            return json.text
        }

        mutating func begin() -> String { "{\n  \"dossiers\" : [\n" }

        mutating func add(_ report: AuditReport, entry: String) -> String {
            count += 1
            return (count > 1 ? ",\n" : "") + entry
        }

        mutating func end() -> String { (count > 0 ? "\n" : "") + "  ]\n}\n" }
    }
}

/// The wire form of a report, keys in sorted order.
extension JSONWriter {
    mutating func report(_ report: AuditReport) {
        object { json in
            json.key("appliedTier")
            json.string(report.appliedTier)
            json.key("asOf")
            json.string(report.asOf.description)
            json.key("eligible")
            json.bool(report.eligible)
            json.key("errors")
            json.array(report.errors) { $0.diagnostic($1) }
            json.key("file")
            json.string(report.file)
            json.key("findings")
            json.array(report.findings) { $0.finding($1) }
            json.key("holdsUntil")
            json.lapse(report.holdsUntil)
            json.key("judgedTier")
            json.string(report.judgedTier)
            json.key("language")
            json.string(report.language.code)
            json.key("partner")
            if let partner = report.partner {
                json.object { json in
                    json.key("id")
                    json.string(partner.id)
                    json.key("name")
                    json.string(partner.name)
                }
            } else {
                json.null()
            }
            json.key("program")
            json.string(report.program.id)
            json.key("qualifiedTier")
            json.string(report.qualifiedTier)
            json.key("uncheckedEvidence")
            json.array(report.uncheckedEvidence) { json, evidence in
                json.object { json in
                    json.key("line")
                    json.number(evidence.line)
                    json.key("path")
                    json.string(evidence.path)
                    json.key("reason")
                    json.string(evidence.reason.rawValue)
                }
            }
            json.key("valid")
            json.bool(report.valid)
            json.key("warnings")
            json.array(report.warnings) { $0.diagnostic($1) }
        }
    }

    /// `{"date", "requirement"}` of the day a tier lapses, or null when it never does.
    mutating func lapse(_ lapse: Lapse?) {
        guard let lapse else { return null() }
        object { json in
            json.key("date")
            json.string(lapse.date.description)
            json.key("requirement")
            json.string(lapse.requirement)
        }
    }

    private mutating func finding(_ finding: Finding) {
        object { json in
            if let amounts = finding.amounts {
                json.key("amounts")
                json.object { json in
                    json.key("actual")
                    json.string(amounts.actual.description)
                    json.key("currency")
                    json.string(amounts.currency)
                    json.key("required")
                    json.string(amounts.required.description)
                    json.key("shortfall")
                    json.string(amounts.shortfall.description)
                }
            }
            json.key("fix")
            json.string(finding.fix)
            json.key("gap")
            json.string(finding.gap)
            json.key("line")
            json.number(finding.line)
            json.key("message")
            json.string(finding.message)
            json.key("requirement")
            json.string(finding.requirement)
            json.key("status")
            json.string(finding.status.rawValue)
            json.key("tier")
            json.string(finding.tier)
        }
    }

    private mutating func diagnostic(_ diagnostic: Diagnostic) {
        object { json in
            json.key("column")
            json.number(diagnostic.column)
            json.key("line")
            json.number(diagnostic.line)
            json.key("message")
            json.string(diagnostic.message)
        }
    }
}
