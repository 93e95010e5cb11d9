import Foundation

/// A row of the `manager` table, as both databases store a `Manager`.
struct ManagerRow: Codable, Sendable {
    var name: String
    var passwordHash: String
    var createdAt: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case passwordHash = "password_hash"
        case createdAt = "created_at"
    }

    init(name: String, passwordHash: String, createdAt: String) {
        self.name = name
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }

    init(_ manager: Manager) {
        self.init(name: manager.name, passwordHash: manager.passwordHash, createdAt: StoredTime.text(manager.createdAt))
    }

    /// The manager the row holds; a row that does not read as one is damage.
    func manager() throws(HistoryError) -> Manager {
        Manager(name: name, passwordHash: passwordHash, createdAt: try StoredTime.date(createdAt, "manager \(name): created_at"))
    }
}
