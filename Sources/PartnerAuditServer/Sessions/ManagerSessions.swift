import AuditStore
import Foundation
import NIOPosix

/// Signing managers in and out: passwords checked against their bcrypt hashes, failures
/// slowed down, sessions kept in the store (only each token's SHA-256), each with the
/// CSRF token its forms must carry.
struct ManagerSessions: Sendable {
    let store: ServerStore
    let settings: SessionSettings
    let throttle: LoginThrottle

    /// What a sign-in came to.
    enum SignIn: Sendable {
        /// Signed in: the session, and the token for the cookie (the store has only its digest).
        case signedIn(ManagerSession, token: String)
        /// The name or the password is wrong (which one is not said).
        case refused
        /// Too many failures for the name or the address: try again after this many seconds.
        case paused(retryAfter: Int)
    }

    /// Signs `name` in with `password` for a client at `address`.
    func signIn(name: String, password: String, address: String) async throws -> SignIn {
        let keys = LoginThrottle.keys(name: name, address: address)
        if let wait = await throttle.pause(for: keys, at: store.now()) { return .paused(retryAfter: wait) }
        let manager = try await store.history.manager(named: name)
        // An unknown name costs the same bcrypt check as a known one, so that names cannot be told by the time taken.
        let hash = manager?.passwordHash
        let matches = try await NIOThreadPool.singleton.runIfActive { PasswordHasher.verify(password, against: hash) }
        guard let manager, matches else {
            await throttle.failed(keys, at: store.now())
            return .refused
        }
        await throttle.succeeded(keys[0])
        let token = SessionToken.random()
        let now = store.now()
        let session = ManagerSession(
            tokenSHA256: SessionToken.sha256(token), manager: manager.name, csrfToken: SessionToken.random(), createdAt: now,
            expiresAt: now.addingTimeInterval(TimeInterval(settings.lifetime.components.seconds)))
        try await store.history.startSession(session)
        return .signedIn(session, token: token)
    }

    /// The live session whose token is `token`, if any.
    func session(token: String) async throws -> ManagerSession? {
        try await store.history.session(tokenSHA256: SessionToken.sha256(token), at: store.now())
    }

    /// Ends `session`.
    func signOut(_ session: ManagerSession) async throws {
        try await store.history.endSession(tokenSHA256: session.tokenSHA256)
    }
}
