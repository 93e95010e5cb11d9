import CLibXML2

/// A parsed, well-formed XML document, owned by Swift: the libxml2 tree is freed
/// when the last reference (the tree or any element view of it) goes away.
///
/// Parsing is safe for untrusted input: nothing is read from the network or the
/// file system, no external DTD or entity is ever loaded (a DOCTYPE naming one is
/// refused as soon as it is seen), internal entities expand within libxml2's
/// amplification limits, XInclude is never processed, and libxml2's depth and
/// size limits stay on.
public final class XMLTree {
    /// The file name used in diagnostics.
    public let file: String
    /// Warnings libxml2 reported on a document it accepted.
    public let warnings: [Diagnostic]

    let document: xmlDocPtr
    let source: SourceText

    private init(file: String, document: xmlDocPtr, source: SourceText, warnings: [Diagnostic]) {
        self.file = file
        self.document = document
        self.source = source
        self.warnings = warnings
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The document element.
    public var root: Element {
        Element(tree: self, node: xmlDocGetRootElement(document))
    }

    /// Reads and parses the file at `path`, refusing it if it is larger than `limits` allow.
    public static func parse(file path: String, limits: XMLLimits = XMLLimits()) throws(XMLFailure) -> XMLTree {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, maxBytes: limits.maxBytes)
        } catch {
            throw XMLFailure([.fileError(error.message, file: path)])
        }
        return try parse(bytes: bytes, file: path, limits: limits)
    }

    /// Parses a document held in memory; `file` names it in diagnostics.
    public static func parse(bytes: [UInt8], file: String, limits: XMLLimits = XMLLimits()) throws(XMLFailure) -> XMLTree {
        _ = LibXML2Setup.ready
        guard bytes.count <= limits.maxBytes else {
            throw XMLFailure([.fileError(FileReader.tooLarge(bytes.count, limit: limits.maxBytes), file: file)])
        }
        let encoding: InputSniffer.Encoding
        switch InputSniffer(bytes: bytes).encoding() {
        case .success(let found): encoding = found
        case .failure(let refusal):
            throw XMLFailure([Diagnostic(.error, refusal.message, at: SourceLocation(file: file, line: 1, column: refusal.column))])
        }
        let collector = DiagnosticCollector(file: file)
        let document: xmlDocPtr? = withExtendedLifetime(collector) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    SafeParser.parse(chars, collector: collector)
                }
            }
        }
        guard let document, !collector.hasErrors, xmlDocGetRootElement(document) != nil else {
            if let document { xmlFreeDoc(document) }
            var diagnostics = collector.diagnostics.filter { $0.severity == .error }
            if diagnostics.isEmpty { diagnostics = [.fileError("the document has no root element", file: file)] }
            throw XMLFailure(diagnostics)
        }
        return XMLTree(
            file: file, document: document,
            source: SourceText(bytes: encoding == .utf8 ? bytes : []),
            warnings: collector.diagnostics)
    }
}
