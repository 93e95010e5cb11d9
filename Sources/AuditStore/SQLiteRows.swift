import Foundation
import GRDB

/// A row of the `dossier` table: the bytes of one dossier, kept once per digest.
struct DossierRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "dossier"
    var sha256: String
    var size: Int
    var bytes: Data
}

extension RecordRow: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "record"

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
