internal import CLibXML2

/// What one parse's SAX events go to: the errors of the parser and of a schema
/// validator plugged into the same stream, and the elements and text, which a
/// subclass turns into a tree (`TreeBuilder`) or hands on as they come (`EventForwarder`).
///
/// It is reached from C callbacks through the parser context's `_private` pointer,
/// which libxml2 also hands to the contexts it makes for entity content.
class SAXReceiver {
    /// Well-formedness errors and parser warnings.
    let collector: DiagnosticCollector
    /// The schema's errors and warnings.
    let validity: DiagnosticCollector
    /// Whether the document has a DOCTYPE (internal entities may then expand its text).
    var sawDoctype = false
    /// How many elements have started and not ended, as the events went by.
    var openElements = 0

    init(collector: DiagnosticCollector) {
        self.collector = collector
        validity = DiagnosticCollector(file: collector.file)
    }

    /// Runs `body` with the receiver a parser context carries, if it has one.
    static func with(_ context: UnsafeMutableRawPointer?, _ body: (SAXReceiver) -> Void) {
        guard let opaque = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return }
        // The parse keeps the receiver alive, so the reference needs no retain of its own.
        Unmanaged<SAXReceiver>.fromOpaque(opaque)._withUnsafeGuaranteedRef(body)
    }

    /// A start tag; its attributes are five pointers each (local name, prefix, URI,
    /// value start, value end), valid during this call only. Nothing by default.
    func startElement(
        name: UnsafePointer<xmlChar>, namespaceURI: UnsafePointer<xmlChar>?,
        attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {}

    /// An end tag. Nothing by default.
    func endElement() {}

    /// Character data. Nothing by default.
    func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {}

    /// A schema validity error; by default at the line libxml2 gives.
    func validityError(_ error: UnsafePointer<xmlError>) {
        let (severity, message) = DiagnosticCollector.read(error)
        validity.append(severity, message, line: Int(error.pointee.line), column: 1)
    }
}
