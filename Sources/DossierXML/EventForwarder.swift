internal import CLibXML2

/// Hands libxml2's SAX events on to an `XMLEventHandler` as they come, keeping only
/// the elements open at the current point: memory stays flat however long the document.
final class EventForwarder: SAXReceiver {
    private let handler: any XMLEventHandler
    private let parser: xmlParserCtxtPtr
    /// The name and line of each element open at the current point of the parse.
    private var open: [(name: String, line: Int)] = []
    /// The line of the last start or end tag: where a validity error is about.
    private var current = 1
    /// Each distinct name is one pointer in libxml2's dictionary for the whole parse.
    private var names: [UnsafePointer<xmlChar>: String] = [:]
    /// The last name and namespace looked up: most elements repeat them.
    private var lastName: (pointer: UnsafePointer<xmlChar>, name: String)?
    private var lastNamespace: (pointer: UnsafePointer<xmlChar>, name: String)?
    /// Whether the start tags' lines were found in the text libxml2 reads: else each is
    /// the line the parser is on at the end of its tag.
    private(set) var exactLines = true

    init(handler: any XMLEventHandler, parser: xmlParserCtxtPtr, file: String) {
        self.handler = handler
        self.parser = parser
        super.init(collector: DiagnosticCollector(file: file))
    }

    override func startElement(
        name: UnsafePointer<xmlChar>, namespaceURI: UnsafePointer<xmlChar>?,
        attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        let line = startLine(named: name)
        let tag = XMLStartTag(
            name: interned(name, last: &lastName), namespaceURI: namespaceURI.map { interned($0, last: &lastNamespace) }, line: line,
            attributeCount: attributeCount, attributes: attributes)
        open.append((tag.name, line))
        current = line
        handler.start(tag)
    }

    override func endElement() {
        guard let closed = open.popLast() else { return }
        current = closed.line
        handler.end()
    }

    override func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        guard !open.isEmpty else { return }
        handler.characters(UnsafeBufferPointer(start: bytes, count: count))
    }

    /// At the line of the open element the message names, else of the last tag.
    override func validityError(_ error: UnsafePointer<xmlError>) {
        let (severity, message) = DiagnosticCollector.read(error)
        let named = TreeBuilder.elementNamed(in: message)
        let line = named.flatMap { name in open.last { $0.name == name }?.line } ?? current
        validity.append(severity, message, line: line, column: 1)
    }

    /// The line on which the start tag just read begins: libxml2 is at its end, and its
    /// input buffer still holds the whole tag (the push parser shrinks it only between
    /// constructs). When the text there is not that tag, the line libxml2 is on.
    private func startLine(named name: UnsafePointer<xmlChar>) -> Int {
        let line = Int(xmlSAX2GetLineNumber(parser))
        guard let input = parser.pointee.input, let base = input.pointee.base, let cur = input.pointee.cur else {
            exactLines = false
            return line
        }
        let text = UnsafeBufferPointer(start: base, count: cur - base)
        guard let found = SourceText.tagStartAndLineBreaks(in: text, before: text.count, named: name) else {
            exactLines = false
            return line
        }
        return line - found.lineBreaks
    }

    private func interned(_ name: UnsafePointer<xmlChar>, last: inout (pointer: UnsafePointer<xmlChar>, name: String)?) -> String {
        if let last, last.pointer == name { return last.name }
        let string: String
        if let known = names[name] {
            string = known
        } else {
            string = String(cString: name)
            names[name] = string
        }
        last = (name, string)
        return string
    }
}
