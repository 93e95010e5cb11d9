import DossierModel

/// The history of recorded audits, whatever database keeps it. Every method may be
/// called from any task; writers wait for each other within the store's busy timeout.
public protocol AuditHistory: Sendable {
    /// Stores `recordings` in one transaction: each is new, or already recorded (same
    /// dossier bytes, programme digest and `asOf`), in which case the first record is kept.
    func record(_ recordings: [PreparedRecording]) async throws(HistoryError) -> [RecordingOutcome]

    /// The partner's records, oldest first (by `asOf`, then by when they were recorded).
    func records(ofPartner id: String) async throws(HistoryError) -> [AuditRecord]

    /// The latest record of every partner (by `asOf`, then by when it was recorded) that
    /// `filter` lets through, by partner id.
    func latestRecords(matching filter: PartnerFilter) async throws(HistoryError) -> [AuditRecord]

    /// The latest record of every partner among those with `asOf` on or before `date`, by partner id.
    func latestRecords(asOfOnOrBefore date: CalendarDate) async throws(HistoryError) -> [AuditRecord]

    /// The dossier bytes with this SHA-256, if some record holds them.
    func dossierBytes(sha256: String) async throws(HistoryError) -> [UInt8]?

    /// Closes the store; nothing may be called afterwards.
    func close() async
}

extension AuditHistory {
    /// Stores `recordings` in one transaction, as `record(_:)` stores them prepared.
    public func record(_ recordings: [Recording]) async throws(HistoryError) -> [RecordingOutcome] {
        try await record(recordings.map(PreparedRecording.init))
    }
}

/// Which partners `latestRecords(matching:)` lists, by their latest record.
public struct PartnerFilter: Sendable, Hashable {
    /// Only partners whose qualified tier is this one.
    public var qualifiedTier: String?
    /// Only partners not eligible for the tier they applied for.
    public var notEligible: Bool
    /// Only partners whose qualified tier lapses on or before this day.
    public var lapsingOnOrBefore: CalendarDate?

    public init(qualifiedTier: String? = nil, notEligible: Bool = false, lapsingOnOrBefore: CalendarDate? = nil) {
        self.qualifiedTier = qualifiedTier
        self.notEligible = notEligible
        self.lapsingOnOrBefore = lapsingOnOrBefore
    }
}
