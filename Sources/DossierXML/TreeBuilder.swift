internal import CLibXML2

/// Builds an `XMLTree`'s storage from libxml2's SAX events, and places the
/// errors of a schema validator plugged into the same event stream.
final class TreeBuilder: SAXReceiver {
    /// Everything the events change, in one value so that each event is one access.
    private var state: State

    init(file: String, source: SourceText, parser: xmlParserCtxtPtr, inputBytes: Int) {
        let collector = DiagnosticCollector(file: file)
        state = State(
            source: source, parser: parser, collector: collector,
            budget: inputBytes * Self.expansionFactor + Self.expansionAllowance)
        super.init(collector: collector)
    }

    /// How many times its own size a document's tree may take in memory, plus a fixed allowance.
    static let expansionFactor = 4
    static let expansionAllowance = 1 << 20

    /// The tree built so far.
    var storage: XMLTree.Storage { state.storage }

    override func startElement(
        name: UnsafePointer<xmlChar>, namespaceURI: UnsafePointer<xmlChar>?,
        attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        state.startElement(name: name, namespaceURI: namespaceURI, attributeCount: attributeCount, attributes: attributes)
    }

    override func endElement() {
        state.endElement()
    }

    override func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        state.characters(bytes, count: count)
    }

    /// Records a schema validity error at the start tag of the element it is about
    /// (or at the attribute it names), in the document's own lines and columns.
    override func validityError(_ error: UnsafePointer<xmlError>) {
        let (severity, message) = DiagnosticCollector.read(error)
        validity.append(severity, message) {
            let current = state.current
            guard current >= 0 else { return (Int(error.pointee.line), 1) }
            // Mostly the element of the last tag; for content that its parent does not
            // allow, the parent, which the message names.
            var index = current
            if let named = Self.elementNamed(in: message) {
                index =
                    Self.ancestor(of: current, named: named, in: state.storage)
                    ?? Self.referencing(named: named, keys: Self.keys(in: message), in: state.storage) ?? current
            }
            return XMLTree.location(of: state.storage.elements[Int(index)], attribute: Self.attributeNamed(in: message), in: state.source)
        }
    }

    /// `index` or its nearest ancestor with this name.
    private static func ancestor(of index: Int32, named name: String, in storage: XMLTree.Storage) -> Int32? {
        var candidate = index
        while candidate >= 0, storage.elements[Int(candidate)].name != name { candidate = storage.elements[Int(candidate)].parent }
        return candidate >= 0 ? candidate : nil
    }

    /// For a key reference checked at the end of its scope: the last element with this
    /// name that has an attribute holding the first key, else the last with this name.
    private static func referencing(named name: String, keys: [String], in storage: XMLTree.Storage) -> Int32? {
        let named = storage.elements.indices.reversed().filter { storage.elements[$0].name == name }
        let holding = named.first { index in
            let range = storage.elements[index].attributes
            return keys.first.map { key in
                storage.attributes[Int(range.lowerBound)..<Int(range.upperBound)].contains { storage.value(of: $0) == key }
            } ?? false
        }
        return (holding ?? named.first).map(Int32.init)
    }

    /// The values of `key-sequence ['a', 'b']` in a message.
    private static func keys(in message: String) -> [String] {
        guard let start = message.firstRange(of: "key-sequence [")?.upperBound,
            let end = message[start...].firstIndex(of: "]")
        else { return [] }
        return message[start..<end].split(separator: ",").map { part in
            var value = part.drop { $0 == " " }
            if value.first == "'" { value = value.dropFirst() }
            if value.last == "'" { value = value.dropLast() }
            return String(value)
        }
    }

    /// libxml2 names the element at the start of its message: `Element '{urn:…}sale': …`.
    static func elementNamed(in message: String) -> String? {
        guard message.hasPrefix("Element '"), let end = message.dropFirst(9).firstIndex(of: "'") else { return nil }
        let qualified = message[message.index(message.startIndex, offsetBy: 9)..<end]
        return String(qualified.split(separator: "}", omittingEmptySubsequences: false).last ?? qualified)
    }

    /// libxml2 names the attribute of an attribute-value error in its message: `attribute 'date': …`.
    private static func attributeNamed(in message: String) -> String? {
        guard let start = message.firstRange(of: "attribute '")?.upperBound,
            let end = message[start...].firstIndex(of: "'")
        else { return nil }
        return String(message[start..<end])
    }
}
