import Audit
import Diagnostics
import DossierModel
import Programme

/// One CSV row per dossier (RFC 4180: CRLF line ends, fields with a comma, quote or
/// line break quoted, quotes doubled) under a fixed header, for spreadsheets and
/// scripts. Tiers and requirements are given by id; `missing` is
/// `requirement:status` pairs joined by `;`, `errors` one `line:column: message` per line.
public struct CSVReporter: Reporter {
    public static let identifier = "csv"
    static let header = [
        "file", "partner_id", "partner_name", "valid", "applied_tier", "qualified_tier", "eligible", "holds_until",
        "lapsing_requirement", "missing", "errors",
    ]

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
        static func entry(for report: AuditReport) -> String { CSVReporter.line(CSVReporter.fields(report)) }

        mutating func begin() -> String { CSVReporter.line(CSVReporter.header) }

        mutating func add(_ report: AuditReport, entry: String) -> String { entry }

        mutating func end() -> String { "" }
    }

    static func fields(_ report: AuditReport) -> [String] {
        [
            report.file, report.partner?.id ?? "", report.partner?.name ?? "", String(report.valid), report.appliedTier ?? "",
            report.qualifiedTier ?? "", String(report.eligible), report.holdsUntil?.date.description ?? "",
            report.holdsUntil?.requirement ?? "",
            report.findings.map { "\($0.requirement):\($0.status.rawValue)" }.joined(separator: ";"),
            report.errors.map { "\($0.line):\($0.column): \($0.message)" }.joined(separator: "\n"),
        ]
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// The field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a
    /// comma, a quote or a line break.
    static func quoted(_ field: String) -> String {
        // Looked for among the field's scalars, not its characters: a line break is a
        // character of its own (or CR LF), and telling characters apart cost a batch
        // some 3 % of its instructions.
        guard field.unicodeScalars.contains(where: needsQuotes) else { return field }
        return "\"" + String(field.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
    }

    /// A comma, a quote, or one of the scalars that `Character.isNewline` takes for a line break.
    private static func needsQuotes(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", "\"", "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }
}
