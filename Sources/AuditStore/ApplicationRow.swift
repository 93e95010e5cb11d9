import Foundation

/// A row of the `application` table, as both databases store an `Application` (its record
/// apart, in `record`). The decision's columns are all null while the application is pending.
struct ApplicationRow: Codable, Sendable {
    var id: String
    var recordID: Int64
    var tier: String
    var receiptSHA256: String
    var submittedAt: String
    var status: String
    var decidedBy: String?
    var decidedAt: String?
    var comment: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case recordID = "record_id"
        case tier
        case receiptSHA256 = "receipt_sha256"
        case submittedAt = "submitted_at"
        case status
        case decidedBy = "decided_by"
        case decidedAt = "decided_at"
        case comment
    }

    init(
        id: String, recordID: Int64, tier: String, receiptSHA256: String, submittedAt: String, status: String, decidedBy: String?,
        decidedAt: String?, comment: String?
    ) {
        self.id = id
        self.recordID = recordID
        self.tier = tier
        self.receiptSHA256 = receiptSHA256
        self.submittedAt = submittedAt
        self.status = status
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.comment = comment
    }

    /// A new, pending application filed on the record `recordID`.
    init(_ application: NewApplication, recordID: Int64) {
        self.init(
            id: application.id, recordID: recordID, tier: application.tier, receiptSHA256: application.receiptSHA256,
            submittedAt: StoredTime.text(application.submittedAt), status: ApplicationStatus.pending.rawValue, decidedBy: nil,
            decidedAt: nil, comment: nil)
    }

    /// The application the row holds, filed on `record`; a row that does not read as one is damage.
    func application(record: AuditRecord) throws(HistoryError) -> Application {
        guard let status = ApplicationStatus(rawValue: status) else {
            throw .damaged("", reason: "application \(id): bad status \"\(self.status)\"")
        }
        var decision: Decision?
        if status != .pending {
            guard let decidedBy, let decidedAt, let comment else {
                throw .damaged("", reason: "application \(id): \(status.rawValue) without who decided, when and why")
            }
            decision = Decision(
                status: status, comment: comment, manager: decidedBy,
                decidedAt: try StoredTime.date(decidedAt, "application \(id): decided_at"))
        }
        return Application(
            id: id, tier: tier, receiptSHA256: receiptSHA256,
            submittedAt: try StoredTime.date(submittedAt, "application \(id): submitted_at"), record: record, status: status,
            decision: decision)
    }
}
