import CLibXML2

/// Gathers the errors libxml2 reports for one document. It is reached from C
/// callbacks through the parser context's `_private` pointer or a validation
/// context's user data, so no global error state is ever used.
final class DiagnosticCollector {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func append(_ severity: Diagnostic.Severity, _ message: String, line: Int, column: Int) {
        append(Diagnostic(severity, message, at: SourceLocation(file: file, line: max(line, 1), column: max(column, 1))))
    }

    /// Records an error at the parser's current position.
    func append(_ severity: Diagnostic.Severity, _ message: String, parser: xmlParserCtxtPtr) {
        append(severity, message, line: Int(xmlSAX2GetLineNumber(parser)), column: Int(xmlSAX2GetColumnNumber(parser)))
    }

    /// Records a libxml2 error at the line and column it gives.
    func append(_ error: UnsafePointer<xmlError>) {
        let (severity, message) = Self.read(error)
        append(severity, message, line: Int(error.pointee.line), column: Int(error.pointee.int2))
    }

    /// The severity of a libxml2 error and its message, without the trailing line break.
    static func read(_ error: UnsafePointer<xmlError>) -> (Diagnostic.Severity, String) {
        let raw = error.pointee
        let message = raw.message.map { String(cString: $0) } ?? "unknown XML error (code \(raw.code))"
        return (raw.level == XML_ERR_WARNING ? .warning : .error, message.trimmingTrailingNewlines())
    }

    /// The collector a parser context carries.
    static func from(parser: xmlParserCtxtPtr) -> DiagnosticCollector? {
        guard let opaque = parser.pointee._private else { return nil }
        return Unmanaged<DiagnosticCollector>.fromOpaque(opaque).takeUnretainedValue()
    }
}
