import DossierModel
import Foundation

/// The managers' side of the store: who may sign in, their sessions, the partners'
/// applications and the decisions on them, and the board's pages of latest verdicts.
/// Kept in the same database as the history, so that servers sharing one PostgreSQL
/// share sessions and applications too.
public protocol ReviewDesk: Sendable {
    // MARK: Managers

    /// Adds a manager with a bcrypt `passwordHash`; false when one of that name exists (it is left as it is).
    func addManager(named name: String, passwordHash: String, at date: Date) async throws(HistoryError) -> Bool

    /// The manager of that name, with the hash to check a password against.
    func manager(named name: String) async throws(HistoryError) -> Manager?

    /// Every manager, by name.
    func managers() async throws(HistoryError) -> [Manager]

    /// Removes the manager and ends their sessions; false when there was none of that name.
    /// Their decisions stay recorded under their name.
    func removeManager(named name: String) async throws(HistoryError) -> Bool

    // MARK: Sessions

    /// Stores a new session.
    func startSession(_ session: ManagerSession) async throws(HistoryError)

    /// The session whose token has this SHA-256, if it exists, has not expired at `date`
    /// and its manager still exists.
    func session(tokenSHA256: String, at date: Date) async throws(HistoryError) -> ManagerSession?

    /// Ends the session whose token has this SHA-256 (nothing when there is none).
    func endSession(tokenSHA256: String) async throws(HistoryError)

    // MARK: Applications

    /// Records the audit (as `AuditHistory.record` does, idempotently) and files an
    /// application for review on it, in one transaction.
    func submit(_ application: NewApplication, recording: Recording) async throws(HistoryError) -> Application

    /// The application with this id.
    func application(id: String) async throws(HistoryError) -> Application?

    /// Applications in `status` (every status when nil), oldest submission first, a page of them.
    func applications(status: ApplicationStatus?, page: PageRequest) async throws(HistoryError) -> Page<Application>

    /// Decides a pending application. An application is decided once: a decided one is
    /// returned unchanged as `.alreadyDecided`.
    func decide(applicationID id: String, _ decision: Decision) async throws(HistoryError) -> DecisionOutcome

    // MARK: Board

    /// The latest record of every partner that `filter` lets through, by partner id, a page of them.
    func latestRecords(matching filter: PartnerFilter, page: PageRequest) async throws(HistoryError) -> Page<AuditRecord>

    /// How many partners' latest records qualify for each tier (`nil`: for none).
    func qualifiedTierCounts() async throws(HistoryError) -> [String?: Int]

    /// The record with this id.
    func record(id: Int64) async throws(HistoryError) -> AuditRecord?
}

/// A store that keeps both the history and the managers' desk.
public typealias HistoryStore = AuditHistory & ReviewDesk

// MARK: - Managers and sessions

/// A partner manager who may sign in to the managers' pages.
public struct Manager: Sendable, Hashable {
    public var name: String
    /// The bcrypt hash of the password; the password itself is never stored.
    public var passwordHash: String
    public var createdAt: Date

    public init(name: String, passwordHash: String, createdAt: Date) {
        self.name = name
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}

/// A signed-in manager's session. The browser holds the token; the store keeps only its SHA-256.
public struct ManagerSession: Sendable, Hashable {
    /// SHA-256 of the session token (lower-case hex).
    public var tokenSHA256: String
    public var manager: String
    /// The token every form that changes something must carry.
    public var csrfToken: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(tokenSHA256: String, manager: String, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.tokenSHA256 = tokenSHA256
        self.manager = manager
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

// MARK: - Applications

/// Where an application stands.
public enum ApplicationStatus: String, Sendable, Hashable, CaseIterable {
    case pending
    case approved
    case rejected
}

/// An application as the partner submits it.
public struct NewApplication: Sendable, Hashable {
    /// The application's id: random, so that ids cannot be guessed from one another.
    public var id: String
    /// The tier applied for.
    public var tier: String
    /// SHA-256 of the receipt given to the partner (the receipt itself is not stored).
    public var receiptSHA256: String
    public var submittedAt: Date

    public init(id: String, tier: String, receiptSHA256: String, submittedAt: Date) {
        self.id = id
        self.tier = tier
        self.receiptSHA256 = receiptSHA256
        self.submittedAt = submittedAt
    }
}

/// A manager's decision on an application.
public struct Decision: Sendable, Hashable {
    /// `.approved` or `.rejected`.
    public var status: ApplicationStatus
    public var comment: String
    public var manager: String
    public var decidedAt: Date

    public init(status: ApplicationStatus, comment: String, manager: String, decidedAt: Date) {
        self.status = status
        self.comment = comment
        self.manager = manager
        self.decidedAt = decidedAt
    }
}

/// An application for review and, once decided, the decision.
public struct Application: Sendable, Hashable {
    public var id: String
    public var tier: String
    public var receiptSHA256: String
    public var submittedAt: Date
    /// The record of the audit the application was filed on.
    public var record: AuditRecord
    public var status: ApplicationStatus
    /// Who decided, when and why; nil while pending.
    public var decision: Decision?

    public init(
        id: String, tier: String, receiptSHA256: String, submittedAt: Date, record: AuditRecord, status: ApplicationStatus,
        decision: Decision?
    ) {
        self.id = id
        self.tier = tier
        self.receiptSHA256 = receiptSHA256
        self.submittedAt = submittedAt
        self.record = record
        self.status = status
        self.decision = decision
    }
}

/// What deciding an application did.
public enum DecisionOutcome: Sendable, Hashable {
    /// The decision is recorded; the application as it now stands.
    case decided(Application)
    /// The application had been decided before; it is unchanged.
    case alreadyDecided(Application)
    /// No application has that id.
    case notFound
}

// MARK: - Paging

/// Which page of a list to fetch.
public struct PageRequest: Sendable, Hashable {
    /// Items skipped before the page.
    public var offset: Int
    /// Most items on the page.
    public var limit: Int

    public init(offset: Int = 0, limit: Int = 50) {
        self.offset = offset
        self.limit = limit
    }
}

/// One page of a list, and how many items the whole list holds.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int

    public init(items: [Item], total: Int) {
        self.items = items
        self.total = total
    }
}
