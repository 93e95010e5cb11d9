import DossierModel
import Foundation

/// One recorded audit: what was judged, against what, when and by whom, and the verdict.
/// A record is never changed once stored.
public struct AuditRecord: Sendable, Hashable {
    /// The store's number for the record; nil until it is stored.
    public var id: Int64?
    /// The partner's id and name, nil when the dossier could not be read.
    public var partnerID: String?
    public var partnerName: String?
    /// SHA-256 of the dossier's bytes (lower-case hex) and their count; the bytes are kept once per digest.
    public var dossierSHA256: String
    public var dossierSize: Int
    /// The file name or path the dossier came from.
    public var file: String
    public var programmeID: String
    /// SHA-256 of the programme file audited against.
    public var programmeSHA256: String
    public var asOf: CalendarDate
    /// When the record was made (UTC, whole seconds) and by whom (`cli:<user>`, or a manager's name).
    public var recordedAt: Date
    public var recordedBy: String
    public var toolVersion: String
    /// Well-formed, schema-valid and readable.
    public var valid: Bool
    public var appliedTier: String?
    public var qualifiedTier: String?
    public var eligible: Bool
    /// The first day the qualified tier would no longer be met, and the requirement that lapses then.
    public var holdsUntil: CalendarDate?
    public var lapsingRequirement: String?
    /// What was known of each attached file.
    public var attachments: [AttachmentCheck]
    /// The audit's JSON report, with every finding and every error of an invalid dossier.
    public var reportJSON: String

    public init(
        id: Int64? = nil, partnerID: String?, partnerName: String?, dossierSHA256: String, dossierSize: Int, file: String,
        programmeID: String, programmeSHA256: String, asOf: CalendarDate, recordedAt: Date, recordedBy: String,
        toolVersion: String, valid: Bool, appliedTier: String?, qualifiedTier: String?, eligible: Bool,
        holdsUntil: CalendarDate?, lapsingRequirement: String?, attachments: [AttachmentCheck], reportJSON: String
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
        self.recordedAt = Date(timeIntervalSince1970: recordedAt.timeIntervalSince1970.rounded(.down))
        self.recordedBy = recordedBy
        self.toolVersion = toolVersion
        self.valid = valid
        self.appliedTier = appliedTier
        self.qualifiedTier = qualifiedTier
        self.eligible = eligible
        self.holdsUntil = holdsUntil
        self.lapsingRequirement = lapsingRequirement
        self.attachments = attachments
        self.reportJSON = reportJSON
    }
}

/// What was known of one attached file when the dossier was audited.
public struct AttachmentCheck: Sendable, Hashable, Codable {
    /// The path as the dossier writes it.
    public var file: String
    /// The SHA-256 the dossier gives, if any.
    public var expectedSHA256: String?
    /// The SHA-256 of the file as it was read, when it was read.
    public var actualSHA256: String?
    /// Why the file was not checked (`no-digest`, `not-found`, `not-readable`, `skipped`), nil when it was.
    public var notChecked: String?

    public init(file: String, expectedSHA256: String?, actualSHA256: String?, notChecked: String?) {
        self.file = file
        self.expectedSHA256 = expectedSHA256
        self.actualSHA256 = actualSHA256
        self.notChecked = notChecked
    }

    enum CodingKeys: String, CodingKey {
        case file
        case expectedSHA256 = "expected"
        case actualSHA256 = "actual"
        case notChecked
    }
}

/// A record to store, with the dossier bytes it was made from.
public struct Recording: Sendable {
    public var record: AuditRecord
    public var dossierBytes: [UInt8]

    public init(record: AuditRecord, dossierBytes: [UInt8]) {
        self.record = record
        self.dossierBytes = dossierBytes
    }
}

/// A recording in the form the stores write it: the record's columns, its attachment
/// checks already JSON, and the dossier's bytes. Made where the dossier is audited, so
/// that a batch holding a transaction's worth of recordings holds a few buffers for each
/// rather than the twenty-odd objects of its record, and frees those where they were made.
public struct PreparedRecording: Sendable {
    let row: RecordRow
    let dossierBytes: [UInt8]

    public init(_ recording: Recording) {
        row = RecordRow(recording.record)
        dossierBytes = recording.dossierBytes
    }

    /// How many bytes the dossier has.
    public var dossierSize: Int { dossierBytes.count }
}

/// What recording one audit did.
public enum RecordingOutcome: Sendable, Hashable {
    /// Stored as a new record with this id.
    case recorded(id: Int64)
    /// The same dossier bytes, programme and `asOf` were recorded before, as this record; it is kept.
    case alreadyRecorded(id: Int64)

    /// The id of the record that holds the audit.
    public var id: Int64 {
        switch self {
        case .recorded(let id), .alreadyRecorded(let id): id
        }
    }
}

extension [AttachmentCheck] {
    /// The checks as the store keeps them: a JSON array, keys sorted (written by hand, as
    /// bytes: a `JSONEncoder` per record cost more than the rest of storing it).
    var json: String {
        var out: [UInt8] = []
        out.reserveCapacity(count * 200 + 2)
        out.append(UInt8(ascii: "["))
        for (index, check) in enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: #"{"actual":"#.utf8)
            Self.append(check.actualSHA256, to: &out)
            out.append(contentsOf: #","expected":"#.utf8)
            Self.append(check.expectedSHA256, to: &out)
            out.append(contentsOf: #","file":"#.utf8)
            Self.append(check.file, to: &out)
            out.append(contentsOf: #","notChecked":"#.utf8)
            Self.append(check.notChecked, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` as a JSON string, or `null`: quote and backslash escaped with a backslash,
    /// control characters as `\u00XX`; the runs between them copied whole.
    private static func append(_ text: String?, to out: inout [UInt8]) {
        guard var text else { return out.append(contentsOf: "null".utf8) }
        out.append(UInt8(ascii: "\""))
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                out.append(UInt8(ascii: "\\"))
                if byte < 0x20 {
                    out.append(contentsOf: "u00".utf8)
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0xF)])
                } else {
                    out.append(byte)
                }
                start = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = [UInt8]("0123456789abcdef".utf8)

    /// The checks from their JSON array.
    init(json: String) throws {
        self = try JSONDecoder().decode([AttachmentCheck].self, from: Data(json.utf8))
    }
}
