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
        let raw = error.pointee
        let severity: Diagnostic.Severity = raw.level == XML_ERR_WARNING ? .warning : .error
        let message = raw.message.map { String(cString: $0) } ?? "unknown XML error (code \(raw.code))"
        append(severity, message.trimmingTrailingNewlines(), line: Int(raw.line), column: Int(raw.int2))
    }

    /// The collector a parser context carries.
    static func from(parser: xmlParserCtxtPtr) -> DiagnosticCollector? {
        guard let opaque = parser.pointee._private else { return nil }
        return Unmanaged<DiagnosticCollector>.fromOpaque(opaque).takeUnretainedValue()
    }
}
