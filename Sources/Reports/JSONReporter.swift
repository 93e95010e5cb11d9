import Audit
import DossierModel
import DossierXML
import Foundation

/// The JSON report of `../spec/cli.md`: one object per dossier; a batch is
/// `{"dossiers": [...]}` with each dossier's `file`. Money is given as exact
/// decimal strings.
public struct JSONReporter: Reporter {
    public static let identifier = "json"

    public init() {}

    public func render(_ report: AuditReport) -> String {
        Self.encode(ReportDocument(report, includeFile: true)) + "\n"
    }

    public func batchWriter() -> any BatchWriter {
        Batch()
    }

    /// `{"dossiers": [ … ]}`, one object per dossier, streamed.
    struct Batch: BatchWriter {
        private var count = 0

        mutating func begin() -> String { "{\n  \"dossiers\" : [\n" }

        mutating func add(_ report: AuditReport) -> String {
            count += 1
            let object = Self.indented(JSONReporter.encode(ReportDocument(report, includeFile: true)))
            return (count > 1 ? ",\n" : "") + object
        }

        /// Every line of `object` four spaces further in. Byte by byte: the encoder's only
        /// line breaks are its own LFs (it escapes control characters inside strings).
        private static func indented(_ object: String) -> String {
            let indent = Array("    ".utf8)
            var bytes = indent
            bytes.reserveCapacity(object.utf8.count + object.utf8.count / 4)
            for byte in object.utf8 {
                bytes.append(byte)
                if byte == UInt8(ascii: "\n") { bytes.append(contentsOf: indent) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        mutating func end() -> String { (count > 0 ? "\n" : "") + "  ]\n}\n" }
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain value types cannot fail.
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }
}

/// The wire form of one report; nil values are written as `null`, not left out.
private struct ReportDocument: Encodable {
    let report: AuditReport
    let includeFile: Bool

    init(_ report: AuditReport, includeFile: Bool) {
        self.report = report
        self.includeFile = includeFile
    }

    enum Keys: String, CodingKey {
        case file, partner, program, asOf, language, valid, appliedTier, qualifiedTier, judgedTier, eligible
        case findings, errors, warnings, holdsUntil, uncheckedEvidence
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        if includeFile { try container.encode(report.file, forKey: .file) }
        if let partner = report.partner {
            try container.encode(["id": partner.id, "name": partner.name], forKey: .partner)
        } else {
            try container.encodeNil(forKey: .partner)
        }
        try container.encode(report.program.id, forKey: .program)
        try container.encode(report.asOf.description, forKey: .asOf)
        try container.encode(report.language, forKey: .language)
        try container.encode(report.valid, forKey: .valid)
        try container.encode(report.appliedTier, forKey: .appliedTier)
        try container.encode(report.qualifiedTier, forKey: .qualifiedTier)
        try container.encode(report.judgedTier, forKey: .judgedTier)
        try container.encode(report.eligible, forKey: .eligible)
        try container.encode(report.findings.map(FindingDocument.init), forKey: .findings)
        try container.encode(report.errors.map(DiagnosticDocument.init), forKey: .errors)
        try container.encode(report.warnings.map(DiagnosticDocument.init), forKey: .warnings)
        try container.encode(report.holdsUntil.map(LapseDocument.init), forKey: .holdsUntil)
        try container.encode(report.uncheckedEvidence.map(UncheckedDocument.init), forKey: .uncheckedEvidence)
    }
}

private struct FindingDocument: Encodable {
    let finding: Finding

    enum Keys: String, CodingKey { case requirement, tier, status, message, line, fix, gap, amounts }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(finding.requirement, forKey: .requirement)
        try container.encode(finding.tier, forKey: .tier)
        try container.encode(finding.status.rawValue, forKey: .status)
        try container.encode(finding.message, forKey: .message)
        try container.encode(finding.line, forKey: .line)
        try container.encode(finding.fix, forKey: .fix)
        try container.encode(finding.gap, forKey: .gap)
        if let amounts = finding.amounts {
            try container.encode([
                "actual": amounts.actual.description, "required": amounts.required.description,
                "shortfall": amounts.shortfall.description, "currency": amounts.currency,
            ], forKey: .amounts)
        }
    }
}

private struct DiagnosticDocument: Encodable {
    let message: String
    let line: Int
    let column: Int

    init(_ diagnostic: Diagnostic) {
        message = diagnostic.message
        line = diagnostic.line
        column = diagnostic.column
    }
}

private struct LapseDocument: Encodable {
    let date: String
    let requirement: String

    init(_ lapse: Lapse) {
        date = lapse.date.description
        requirement = lapse.requirement
    }
}

private struct UncheckedDocument: Encodable {
    let path: String
    let line: Int
    let reason: String

    init(_ evidence: UncheckedEvidence) {
        path = evidence.path
        line = evidence.line
        reason = evidence.reason.rawValue
    }
}
