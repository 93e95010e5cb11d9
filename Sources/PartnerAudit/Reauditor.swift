import Audit
import AuditStore
import DossierModel

/// Judges recorded dossiers again on another date, from the bytes the history keeps and
/// with the attachment verdicts as they were recorded: no file is opened.
public struct Reauditor: Sendable {
    public let session: AuditSession

    public init(session: AuditSession) {
        self.session = session
    }

    /// The audit of `record`'s dossier, held in `bytes`, on `asOf`, for the tier it was judged for.
    public func audit(_ record: AuditRecord, bytes: [UInt8], asOf: CalendarDate) -> HistoryAudit {
        let auditor = session.auditor
        let reading = session.reader.read(bytes: bytes, named: record.file)
        guard let dossier = reading.dossier else {
            let report = auditor.invalid(
                file: record.file, errors: reading.errors, warnings: reading.warnings, asOf: asOf, tier: record.appliedTier)
            return HistoryAudit(report: report, bytes: bytes, attachments: [])
        }
        let verdicts = AttachmentVerdicts(
            Dictionary(record.attachments.map { ($0.file, $0.verdict) }, uniquingKeysWith: { first, _ in first }))
        let report = auditor.audit(dossier, asOf: asOf, tier: record.appliedTier, attachments: verdicts, warnings: reading.warnings)
        return HistoryAudit(report: report, bytes: bytes, attachments: record.attachments)
    }
}
