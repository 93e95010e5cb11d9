import GRDB

/// A `record` row as SQLite reads and writes it.
extension RecordRow: FetchableRecord {
    /// Runs `insert`, the `INSERT` of every column but `id` in the order of `CodingKeys`,
    /// with this row's values; its two JSON columns, the largest, are bound where they lie.
    func run(_ insert: Statement) throws {
        var attachmentsJSON = attachmentsJSON
        var reportJSON = reportJSON
        try attachmentsJSON.withUTF8 { attachmentsJSON in
            try reportJSON.withUTF8 { reportJSON in
                try insert.run { bind in bindInsert(&bind, attachmentsJSON: attachmentsJSON, reportJSON: reportJSON) }
            }
        }
    }

    private func bindInsert(
        _ bind: inout ParameterBinder, attachmentsJSON: UnsafeBufferPointer<UInt8>, reportJSON: UnsafeBufferPointer<UInt8>
    ) {
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
        bind.text(borrowing: attachmentsJSON)
        bind.text(borrowing: reportJSON)
    }
}
