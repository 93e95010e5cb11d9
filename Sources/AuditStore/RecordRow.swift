import DossierModel
import Foundation

/// A row of the `record` table, as both databases store an `AuditRecord`: dates as
/// `YYYY-MM-DD` text, the recording time as ISO 8601 text in UTC, the attachment checks as JSON.
struct RecordRow: Codable, Sendable {
    var id: Int64?
    var partnerID: String?
    var partnerName: String?
    var dossierSHA256: String
    var dossierSize: Int
    var file: String
    var programmeID: String
    var programmeSHA256: String
    var asOf: String
    var recordedAt: String
    var recordedBy: String
    var toolVersion: String
    var valid: Bool
    var appliedTier: String?
    var qualifiedTier: String?
    var eligible: Bool
    var holdsUntil: String?
    var lapsingRequirement: String?
    var attachmentsJSON: String
    var reportJSON: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case partnerID = "partner_id"
        case partnerName = "partner_name"
        case dossierSHA256 = "dossier_sha256"
        case dossierSize = "dossier_size"
        case file
        case programmeID = "programme_id"
        case programmeSHA256 = "programme_sha256"
        case asOf = "as_of"
        case recordedAt = "recorded_at"
        case recordedBy = "recorded_by"
        case toolVersion = "tool_version"
        case valid
        case appliedTier = "applied_tier"
        case qualifiedTier = "qualified_tier"
        case eligible
        case holdsUntil = "holds_until"
        case lapsingRequirement = "lapsing_requirement"
        case attachmentsJSON = "attachments_json"
        case reportJSON = "report_json"
    }

    init(
        id: Int64?, partnerID: String?, partnerName: String?, dossierSHA256: String, dossierSize: Int, file: String,
        programmeID: String, programmeSHA256: String, asOf: String, recordedAt: String, recordedBy: String, toolVersion: String,
        valid: Bool, appliedTier: String?, qualifiedTier: String?, eligible: Bool, holdsUntil: String?,
        lapsingRequirement: String?, attachmentsJSON: String, reportJSON: String
    ) {
        self.id = id
        self.partnerID = partnerID
        self.partnerName = partnerName
        self.dossierSHA256 = dossierSHA256
        self.dossierSize = dossierSize
        self.file = file
        self.programmeID = programmeID
        self.programmeSHA256 = programmeSHA256
        self.asOf = asOf
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
        self.toolVersion = toolVersion
        self.valid = valid
        self.appliedTier = appliedTier
        self.qualifiedTier = qualifiedTier
        self.eligible = eligible
        self.holdsUntil = holdsUntil
        self.lapsingRequirement = lapsingRequirement
        self.attachmentsJSON = attachmentsJSON
        self.reportJSON = reportJSON
    }

    init(_ record: AuditRecord) {
        self.init(
            id: record.id, partnerID: record.partnerID, partnerName: record.partnerName, dossierSHA256: record.dossierSHA256,
            dossierSize: record.dossierSize, file: record.file, programmeID: record.programmeID,
            programmeSHA256: record.programmeSHA256, asOf: record.asOf.description,
            recordedAt: Self.timestamp(record.recordedAt), recordedBy: record.recordedBy, toolVersion: record.toolVersion,
            valid: record.valid, appliedTier: record.appliedTier, qualifiedTier: record.qualifiedTier, eligible: record.eligible,
            holdsUntil: record.holdsUntil?.description, lapsingRequirement: record.lapsingRequirement,
            attachmentsJSON: record.attachments.json, reportJSON: record.reportJSON)
    }

    /// `date` as ISO 8601 text in UTC, to the second (`2026-11-24T09:30:00Z`).
    /// Written digit by digit: a batch writes one for every record.
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let year = Int(parts.tm_year) + 1900
        guard (0...9999).contains(year) else {
            func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
            return "\(year)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
                + "T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
        }
        return String(unsafeUninitializedCapacity: 20) { text in
            var end = 0
            func write(_ value: Int32, digits: Int, then separator: Unicode.Scalar) {
                var rest = value
                for position in (end..<end + digits).reversed() {
                    text[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                text[end + digits] = UInt8(ascii: separator)
                end += digits + 1
            }
            write(Int32(year), digits: 4, then: "-")
            write(parts.tm_mon + 1, digits: 2, then: "-")
            write(parts.tm_mday, digits: 2, then: "T")
            write(parts.tm_hour, digits: 2, then: ":")
            write(parts.tm_min, digits: 2, then: ":")
            write(parts.tm_sec, digits: 2, then: "Z")
            return end
        }
    }

    /// The record the row holds; a row that does not read as one is damage.
    func record() throws(HistoryError) -> AuditRecord {
        func date(_ text: String, _ column: String) throws(HistoryError) -> CalendarDate {
            guard let date = CalendarDate(text) else { throw .damaged("", reason: "record \(id ?? 0): bad \(column) \"\(text)\"") }
            return date
        }
        guard let recorded = try? Date(recordedAt, strategy: .iso8601) else {
            throw .damaged("", reason: "record \(id ?? 0): bad recorded_at \"\(recordedAt)\"")
        }
        guard let attachments = try? [AttachmentCheck](json: attachmentsJSON) else {
            throw .damaged("", reason: "record \(id ?? 0): bad attachments_json")
        }
        return AuditRecord(
            id: id, partnerID: partnerID, partnerName: partnerName, dossierSHA256: dossierSHA256, dossierSize: dossierSize,
            file: file, programmeID: programmeID, programmeSHA256: programmeSHA256, asOf: try date(asOf, "as_of"),
            recordedAt: recorded, recordedBy: recordedBy, toolVersion: toolVersion, valid: valid, appliedTier: appliedTier,
            qualifiedTier: qualifiedTier, eligible: eligible,
            holdsUntil: try holdsUntil.map { text throws(HistoryError) in try date(text, "holds_until") },
            lapsingRequirement: lapsingRequirement, attachments: attachments, reportJSON: reportJSON)
    }
}
