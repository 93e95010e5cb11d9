import GRDB

/// A `record` row as SQLite reads and writes it.
extension RecordRow: FetchableRecord {
    /// Binds the values of every column but `id`, in the order of `CodingKeys`, for an `INSERT`.
    func bindInsert(_ bind: inout ParameterBinder) {
        bind.text(partnerID)
        bind.text(partnerName)
        bind.text(dossierSHA256)
        bind.integer(dossierSize)
        bind.text(file)
        bind.text(programmeID)
        bind.text(programmeSHA256)
        bind.text(asOf)
        bind.text(recordedAt)
        bind.text(recordedBy)
        bind.text(toolVersion)
        bind.bool(valid)
        bind.text(appliedTier)
        bind.text(qualifiedTier)
        bind.bool(eligible)
        bind.text(holdsUntil)
        bind.text(lapsingRequirement)
        bind.text(attachmentsJSON)
        bind.text(reportJSON)
    }
}
