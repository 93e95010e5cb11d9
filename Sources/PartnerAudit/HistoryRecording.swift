import AttachmentSources
import Audit
import AuditStore
import Crypto
import DossierModel
import DossierXML
import Foundation
import Reports

/// A dossier audited for the history: its report, the bytes it was judged from (nil
/// when the file could not be read at all) and what was known of its attached files.
public struct HistoryAudit: Sendable {
    public var report: AuditReport
    public var bytes: [UInt8]?
    public var attachments: [AttachmentCheck]

    public init(report: AuditReport, bytes: [UInt8]?, attachments: [AttachmentCheck]) {
        self.report = report
        self.bytes = bytes
        self.attachments = attachments
    }
}

/// Who records, with which tool and programme: what every record of a run shares.
public struct RecordingContext: Sendable {
    public var programmeSHA256: String
    public var recordedBy: String
    public var toolVersion: String

    public init(programmeSHA256: String, recordedBy: String, toolVersion: String = ToolVersion.current) {
        self.programmeSHA256 = programmeSHA256
        self.recordedBy = recordedBy
        self.toolVersion = toolVersion
    }

    /// The context of a command-line run: `cli:<user>`, the user from `$USER`, else the name of the process's uid.
    public static func commandLine(programFile: String?) throws -> RecordingContext {
        let user =
            ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 }
            ?? getpwuid(getuid()).flatMap { String(validatingCString: $0.pointee.pw_name) } ?? "uid-\(getuid())"
        return RecordingContext(programmeSHA256: try AuditSession.programmeSHA256(programFile: programFile), recordedBy: "cli:\(user)")
    }

    /// The recording of `audit`, made now; nil when the file could not be read at all.
    public func recording(of audit: HistoryAudit, at date: Date = Date()) -> Recording? {
        guard let bytes = audit.bytes else { return nil }
        let report = audit.report
        let record = AuditRecord(
            partnerID: report.partner?.id, partnerName: report.partner?.name, dossierSHA256: Self.sha256(bytes),
            dossierSize: bytes.count, file: report.file, programmeID: report.program.id, programmeSHA256: programmeSHA256,
            asOf: report.asOf, recordedAt: date, recordedBy: recordedBy, toolVersion: toolVersion, valid: report.valid,
            appliedTier: report.appliedTier, qualifiedTier: report.qualifiedTier, eligible: report.eligible,
            holdsUntil: report.holdsUntil?.date, lapsingRequirement: report.holdsUntil?.requirement,
            attachments: audit.attachments, reportJSON: JSONReporter().render(report))
        return Recording(record: record, dossierBytes: bytes)
    }

    /// SHA-256 in lower-case hex, hashed from the bytes where they lie.
    static func sha256(_ bytes: some ContiguousBytes) -> String {
        bytes.withUnsafeBytes { SHA256.hash(data: $0) }.lowercaseHex
    }
}

/// The version written into every record.
public enum ToolVersion {
    public static let current = "0.1.0"
}

extension AuditSession {
    /// SHA-256 of the programme file audited against (the shipped Kerio programme when nil).
    public static func programmeSHA256(programFile: String?) throws -> String {
        let path = try programFile ?? SchemaLocator.directory().get().appendingPathComponent("kerio/program.xml").path
        return RecordingContext.sha256(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Reads, validates and audits one dossier file as `check(file:asOf:tier:)` does,
    /// keeping the bytes judged and the attachment verdicts for the history.
    public func checkForHistory(file path: String, asOf: CalendarDate, tier: String? = nil) -> HistoryAudit {
        let bytes: [UInt8]
        do {
            bytes = try XMLTree.readBytes(file: path, limits: reader.limits)
        } catch {
            let report = auditor.invalid(file: path, errors: error.diagnostics, asOf: asOf, tier: tier)
            return HistoryAudit(report: report, bytes: nil, attachments: [])
        }
        let reading = reader.read(bytes: bytes, named: path)
        guard let dossier = reading.dossier else {
            let report = auditor.invalid(file: path, errors: reading.errors, warnings: reading.warnings, asOf: asOf, tier: tier)
            return HistoryAudit(report: report, bytes: bytes, attachments: [])
        }
        guard checkAttachments else {
            let report = auditor.audit(dossier, asOf: asOf, tier: tier, attachments: AttachmentVerdicts(), warnings: reading.warnings)
            return HistoryAudit(report: report, bytes: bytes, attachments: AttachmentCheck.checks(of: dossier, AttachmentVerdicts()))
        }
        switch FolderAttachments(beside: path).verdicts(for: dossier, language: auditor.language) {
        case .success(let verdicts):
            let report = auditor.audit(dossier, asOf: asOf, tier: tier, attachments: verdicts, warnings: reading.warnings)
            return HistoryAudit(report: report, bytes: bytes, attachments: AttachmentCheck.checks(of: dossier, verdicts))
        case .failure(let failure):
            let report = auditor.invalid(dossier, errors: failure.diagnostics, warnings: reading.warnings, asOf: asOf, tier: tier)
            return HistoryAudit(report: report, bytes: bytes, attachments: [])
        }
    }
}

extension AttachmentCheck {
    /// What `verdicts` say of each file `dossier` attaches, each path once, in document order.
    public static func checks(of dossier: Dossier, _ verdicts: AttachmentVerdicts) -> [AttachmentCheck] {
        let attachments = dossier.attachments
        var checks: [AttachmentCheck] = []
        checks.reserveCapacity(attachments.count)
        // A path seen before is found among the checks made when there are few (a dossier
        // attaches a handful of files; hashing each path cost more), and by hashing when many.
        var seen: Set<String>? = attachments.count > fewAttachments ? Set(minimumCapacity: attachments.count) : nil
        for attachment in attachments {
            let isNew = seen?.insert(attachment.path).inserted ?? !checks.contains { $0.file == attachment.path }
            if isNew { checks.append(check(of: attachment, verdicts.verdict(for: attachment))) }
        }
        return checks
    }

    /// The most attachments whose paths are compared one with another rather than hashed.
    static let fewAttachments = 16

    /// What `verdict` says of `attachment`.
    private static func check(of attachment: Attachment, _ verdict: AttachmentVerdicts.Verdict) -> AttachmentCheck {
        let expected = attachment.sha256.map(lowercased)
        switch verdict {
        case .intact: return AttachmentCheck(file: attachment.path, expectedSHA256: expected, actualSHA256: expected, notChecked: nil)
        case .tampered(let actual):
            return AttachmentCheck(file: attachment.path, expectedSHA256: expected, actualSHA256: actual, notChecked: nil)
        case .noDigest:
            return AttachmentCheck(
                file: attachment.path, expectedSHA256: nil, actualSHA256: nil, notChecked: UncheckedEvidence.Reason.noDigest.rawValue)
        case .absent(let reason):
            return AttachmentCheck(file: attachment.path, expectedSHA256: expected, actualSHA256: nil, notChecked: reason.rawValue)
        case .skipped:
            return AttachmentCheck(
                file: attachment.path, expectedSHA256: expected, actualSHA256: nil, notChecked: UncheckedEvidence.Reason.skipped.rawValue)
        }
    }

    /// `digest` in lower case, copied only when it has an upper-case letter.
    /// Its bytes are looked at where they lie: through `utf8`'s iterator, a byte at a time,
    /// the look cost a recorded dossier some 7,000 instructions.
    private static func lowercased(_ digest: String) -> String {
        var digest = digest
        let hasUpperCase = digest.withUTF8 { $0.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) } }
        return hasUpperCase ? digest.lowercased() : digest
    }

    /// The verdict this check records, as the auditor takes it.
    var verdict: AttachmentVerdicts.Verdict {
        if let notChecked {
            switch UncheckedEvidence.Reason(rawValue: notChecked) {
            case .noDigest: return .noDigest
            case .notFound: return .absent(reason: .notFound)
            case .notReadable: return .absent(reason: .notReadable)
            case .skipped, nil: return .skipped
            }
        }
        guard let actualSHA256, actualSHA256 != expectedSHA256 else { return .intact }
        return .tampered(actual: actualSHA256)
    }
}
