internal import CLibXML2
import Diagnostics

/// Gathers the errors libxml2 reports for one document. It is reached from C
/// callbacks through the parser context's `_private` pointer or a validation
/// context's user data, so no global error state is ever used.
final class DiagnosticCollector {
    let file: String
    /// The diagnostics listed, up to each severity's `limit`: a hostile document can
    /// raise one per element, and holding millions of them would exhaust memory.
    private var kept: [Diagnostic] = []
    /// Those of each severity past its limit: how many, and where the first is.
    private var omitted: [Diagnostic.Severity: (count: Int, first: SourceLocation)] = [:]
    private var keptErrors = 0
    private var keptWarnings = 0

    /// How many diagnostics of `severity` are listed for one document: every error of
    /// any real dossier (a report lists each error), the first hundred warnings.
    static func limit(for severity: Diagnostic.Severity) -> Int {
        severity == .error ? 10_000 : 100
    }

    init(file: String) {
        self.file = file
    }

    var hasErrors: Bool { keptErrors > 0 }

    /// The diagnostics kept, then for each severity one that counts those left out.
    var diagnostics: [Diagnostic] {
        kept
            + [Diagnostic.Severity.error, .warning].compactMap { severity in
                omitted[severity].map { count, first in
                    Diagnostic(
                        severity,
                        "\(count) more \(severity == .error ? "error" : "warning")\(count == 1 ? "" : "s") from here on not listed",
                        at: first)
                }
            }
    }

    func append(_ diagnostic: Diagnostic) {
        guard !isFull(diagnostic.severity) else {
            omitted[diagnostic.severity, default: (0, diagnostic.location)].count += 1
            return
        }
        if diagnostic.severity == .error { keptErrors += 1 } else { keptWarnings += 1 }
        kept.append(diagnostic)
    }

    func append(_ severity: Diagnostic.Severity, _ message: String, line: Int, column: Int) {
        append(Diagnostic(severity, message, at: SourceLocation(file: file, line: max(line, 1), column: max(column, 1))))
    }

    /// Records a diagnostic whose place `locate` works out, only when it is needed: for
    /// one that is listed, or the first left out (where the counting line points).
    func append(_ severity: Diagnostic.Severity, _ message: String, locatedBy locate: () -> (line: Int, column: Int)) {
        if isFull(severity), omitted[severity] != nil {
            omitted[severity]?.count += 1
            return
        }
        let (line, column) = locate()
        append(severity, message, line: line, column: column)
    }

    /// Whether `severity` has all the diagnostics it lists.
    private func isFull(_ severity: Diagnostic.Severity) -> Bool {
        (severity == .error ? keptErrors : keptWarnings) >= Self.limit(for: severity)
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
}
