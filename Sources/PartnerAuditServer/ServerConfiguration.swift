import AuditStore
import Foundation

/// Where the server listens, what it audits against and the limits it enforces.
public struct ServerConfiguration: Sendable {
    /// Address to listen on; loopback unless told otherwise.
    public var host: String
    /// Port to listen on; 0 lets the system choose.
    public var port: Int
    /// Programme to audit against; the shipped Kerio programme when nil.
    public var programFile: String?
    /// Sizes and counts of an upload.
    public var limits: UploadLimits
    /// Audits run at once (one per core by default).
    public var auditsInFlight: Int
    /// Requests that may wait for an audit beyond those in flight; past them the answer is 503.
    public var auditQueue: Int
    /// Seconds a client has to send more of its request before the connection is dropped.
    public var readTimeoutSeconds: Int
    /// The history and the managers' desk; nil serves the self-check pages alone (no `/login`, `/manage`, applications).
    public var database: StoreLocation?
    /// How managers sign in and stay signed in.
    public var sessions: SessionSettings

    public init(
        host: String = "127.0.0.1", port: Int = 8080, programFile: String? = nil, limits: UploadLimits = UploadLimits(),
        auditsInFlight: Int = ProcessInfo.processInfo.activeProcessorCount, auditQueue: Int = 256, readTimeoutSeconds: Int = 30,
        database: StoreLocation? = nil, sessions: SessionSettings = SessionSettings()
    ) {
        self.host = host
        self.port = port
        self.programFile = programFile
        self.limits = limits
        self.auditsInFlight = auditsInFlight
        self.auditQueue = auditQueue
        self.readTimeoutSeconds = readTimeoutSeconds
        self.database = database
        self.sessions = sessions
    }
}

/// The managers' sessions: how long one lasts, when its cookie is `Secure`, and whether
/// a proxy in front of the server is trusted to say who the client is.
public struct SessionSettings: Sendable {
    /// How long a session lasts after sign-in; it is not extended by use.
    public var lifetime: Duration
    /// Mark the session cookie `Secure` on every answer (TLS ends at a proxy that does not say so).
    public var secureCookies: Bool
    /// Trust `X-Forwarded-For` (its last address is the client's) and `X-Forwarded-Proto`
    /// (`https` makes the cookie `Secure`): only for a server reachable through that proxy alone.
    public var trustProxy: Bool

    public init(lifetime: Duration = .seconds(8 * 60 * 60), secureCookies: Bool = false, trustProxy: Bool = false) {
        self.lifetime = lifetime
        self.secureCookies = secureCookies
        self.trustProxy = trustProxy
    }
}

/// The limits of `http.md` on one upload.
public struct UploadLimits: Sendable {
    /// Largest dossier, in bytes (the command line's `--max-size`).
    public var maxDossierBytes: Int
    /// Largest request body, in bytes.
    public var maxBodyBytes: Int
    /// Most attachments in one upload.
    public var maxAttachments: Int
    /// Most entries in a bundle.
    public var maxBundleEntries: Int
    /// Largest bundle once expanded, all entries together, in bytes.
    public var maxBundleBytes: Int
    /// Largest ratio of an entry's expanded size to its compressed size.
    public var maxCompressionRatio: Int

    public static let mebibyte = 1024 * 1024

    public init(
        maxDossierBytes: Int = 16 * mebibyte, maxBodyBytes: Int = 64 * mebibyte, maxAttachments: Int = 200,
        maxBundleEntries: Int = 1000, maxBundleBytes: Int = 64 * mebibyte, maxCompressionRatio: Int = 100
    ) {
        self.maxDossierBytes = maxDossierBytes
        self.maxBodyBytes = maxBodyBytes
        self.maxAttachments = maxAttachments
        self.maxBundleEntries = maxBundleEntries
        self.maxBundleBytes = maxBundleBytes
        self.maxCompressionRatio = maxCompressionRatio
    }
}
