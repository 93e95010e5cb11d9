import Foundation

/// A row of the `session` table, as both databases store a `ManagerSession`.
struct SessionRow: Codable, Sendable {
    var tokenSHA256: String
    var manager: String
    var csrfToken: String
    var createdAt: String
    var expiresAt: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case tokenSHA256 = "token_sha256"
        case manager
        case csrfToken = "csrf_token"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
    }

    init(tokenSHA256: String, manager: String, csrfToken: String, createdAt: String, expiresAt: String) {
        self.tokenSHA256 = tokenSHA256
        self.manager = manager
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }

    init(_ session: ManagerSession) {
        self.init(
            tokenSHA256: session.tokenSHA256, manager: session.manager, csrfToken: session.csrfToken,
            createdAt: StoredTime.text(session.createdAt), expiresAt: StoredTime.text(session.expiresAt))
    }

    /// The session the row holds; a row that does not read as one is damage.
    func session() throws(HistoryError) -> ManagerSession {
        ManagerSession(
            tokenSHA256: tokenSHA256, manager: manager, csrfToken: csrfToken,
            createdAt: try StoredTime.date(createdAt, "session of \(manager): created_at"),
            expiresAt: try StoredTime.date(expiresAt, "session of \(manager): expires_at"))
    }
}
