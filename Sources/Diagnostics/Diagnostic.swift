/// One problem found while reading or validating a document.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case warning, error
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// An error about a whole file (unreadable, too large, not XML at all), placed at its start.
    public static func fileError(_ message: String, file: String) -> Diagnostic {
        Diagnostic(.error, message, at: SourceLocation(file: file, line: 1, column: 1))
    }

    public var file: String { location.file }
    public var line: Int { location.line }
    public var column: Int { location.column }

    /// `file:line:column: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
