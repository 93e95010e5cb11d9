import GRDB

/// A `record` row as SQLite reads and writes it.
extension RecordRow: FetchableRecord {
    /// The values of every column but `id`, in the order of `CodingKeys`, for an `INSERT`.
    var insertArguments: StatementArguments {
        [
            partnerID, partnerName, dossierSHA256, dossierSize, file, programmeID, programmeSHA256, asOf, recordedAt, recordedBy,
            toolVersion, valid, appliedTier, qualifiedTier, eligible, holdsUntil, lapsingRequirement, attachmentsJSON, reportJSON,
        ]
    }
}
