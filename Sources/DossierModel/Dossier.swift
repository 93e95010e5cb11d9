import Foundation

/// A partner's dossier (format 1), as plain values.
public struct Dossier: Sendable, Hashable {
    /// The file it was read from, as given.
    public var file: String
    /// The programme it is for (`dossier/@program`).
    public var program: String
    /// The tier applied for; nil means "tell me what I qualify for".
    public var appliesFor: String?
    public var submitted: CalendarDate?
    public var partner: Partner
    public var contracts: [Contract]
    public var certificates: [Certificate]
    public var screenshots: [Screenshot]
    public var sales: Sales
    public var forecasts: [Forecast]
    public var quarterlyReports: [QuarterlyReport]
    /// The line of the `dossier` start tag.
    public var line: Int
}

/// The partner a dossier is about.
public struct Partner: Sendable, Hashable {
    public var id: String
    public var name: String
    public var country: String
    /// An absolute http(s) URL.
    public var website: String
    public var line: Int
}

/// A file a dossier refers to, relative to the dossier's folder.
public struct Attachment: Sendable, Hashable {
    public var path: String
    /// Lowercase hex SHA-256 the file must have, when given.
    public var sha256: String?
    public var line: Int
}
