import CLibXML2

/// Builds an `XMLTree`'s storage from libxml2's SAX events, and places the
/// errors of a schema validator plugged into the same event stream.
///
/// It is reached from C callbacks through the parser context's `_private`
/// pointer, which libxml2 also hands to the contexts it makes for entity content.
final class TreeBuilder {
    /// Well-formedness errors and parser warnings.
    let collector: DiagnosticCollector
    /// The schema's errors and warnings.
    let validity: DiagnosticCollector
    private(set) var storage = XMLTree.Storage()
    /// The elements open at the current point of the parse.
    private var open: [Int32] = []
    /// The element of the last start or end tag: the one a validity error is about,
    /// since the validator sees each event just after this builder does.
    private var current: Int32 = -1
    private let source: SourceText
    /// The outermost parser: its position is the position in the file, also while
    /// the content of an entity is being parsed.
    private let parser: xmlParserCtxtPtr
    /// Bytes of names, attribute values and text the tree may still take in. Entities
    /// let a small document expand into a huge one; libxml2 bounds that when it builds
    /// its own tree but not for every event stream, so the builder does.
    private var budget: Int
    private var names: [UnsafePointer<xmlChar>: String] = [:]

    init(file: String, source: SourceText, parser: xmlParserCtxtPtr, inputBytes: Int) {
        budget = inputBytes * Self.expansionFactor + Self.expansionAllowance
        collector = DiagnosticCollector(file: file)
        validity = DiagnosticCollector(file: file)
        self.source = source
        self.parser = parser
    }

    /// How many times its own size a document may expand to, plus a fixed allowance.
    static let expansionFactor = 4
    static let expansionAllowance = 1 << 20

    /// The builder a parser context carries.
    static func from(_ context: UnsafeMutableRawPointer?) -> TreeBuilder? {
        guard let opaque = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
        return Unmanaged<TreeBuilder>.fromOpaque(opaque).takeUnretainedValue()
    }

    func startElement(
        name: UnsafePointer<xmlChar>, namespaceURI: UnsafePointer<xmlChar>?,
        attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        let index = Int32(storage.elements.count)
        let parent = open.last ?? -1
        let tag = startTag(named: name)
        let firstAttribute = Int32(storage.attributes.count)
        // Each attribute is five pointers: local name, prefix, URI, value start, value end.
        // Only attributes in no namespace are kept: the only ones `attribute(_:)` reads.
        for offset in 0..<attributeCount {
            guard let base = attributes?.advanced(by: offset * 5), base[2] == nil,
                  let local = base[0], let start = base[3], let end = base[4]
            else { continue }
            charge(end - start + 16)
            let valueStart = Int32(clamping: storage.attributeText.count)
            storage.attributeText.append(contentsOf: UnsafeBufferPointer(start: start, count: end - start))
            storage.attributes.append(XMLTree.Storage.Attribute(
                name: interned(local), value: valueStart..<Int32(clamping: storage.attributeText.count)))
        }
        let textStart = Int32(clamping: storage.text.count)
        let element = XMLTree.Storage.Node(
            name: interned(name), namespace: namespaceURI.map { storage.namespaceIndex(interned($0)) } ?? -1,
            line: tag.line, offset: tag.offset, parent: parent,
            attributes: firstAttribute..<Int32(storage.attributes.count), textStart: textStart, textEnd: textStart)
        if parent >= 0 {
            if storage.elements[Int(parent)].lastChild >= 0 {
                storage.elements[Int(storage.elements[Int(parent)].lastChild)].nextSibling = index
            } else {
                storage.elements[Int(parent)].firstChild = index
            }
            storage.elements[Int(parent)].lastChild = index
        }
        charge(16)
        storage.elements.append(element)
        open.append(index)
        current = index
    }

    /// Where the start tag just read begins. libxml2 is now at its end; the start is
    /// the last `<` before that point in the source text. When the text there is not
    /// that tag (UTF-16 input, an element from an entity), the line libxml2 is on.
    private func startTag(named name: UnsafePointer<xmlChar>) -> (line: Int32, offset: Int32) {
        let line = Int32(clamping: xmlSAX2GetLineNumber(parser))
        guard let input = parser.pointee.input, let base = input.pointee.base, let cur = input.pointee.cur else { return (line, -1) }
        let end = Int(input.pointee.consumed) + (cur - base)
        guard let start = source.tagStart(before: end, named: name) else { return (line, -1) }
        return (line - Int32(clamping: source.lineBreaks(from: start, to: end)), Int32(clamping: start))
    }

    func endElement() {
        guard let index = open.popLast() else { return }
        storage.elements[Int(index)].textEnd = Int32(clamping: storage.text.count)
        current = index
    }

    func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        guard !open.isEmpty, charge(count) else { return }
        storage.text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    /// Takes `bytes` from the budget; once it is spent, stops the parse with an error.
    @discardableResult
    private func charge(_ bytes: Int) -> Bool {
        budget -= bytes
        guard budget < 0 else { return true }
        if parser.pointee.disableSAX == 0 {
            collector.append(.error, "entity expansion makes the document too large (more than \(Self.expansionFactor) times its size)", parser: parser)
            xmlStopParser(parser)
        }
        return false
    }

    /// Records a schema validity error at the start tag of the element it is about
    /// (or at the attribute it names), in the document's own lines and columns.
    func validityError(_ error: UnsafePointer<xmlError>) {
        let (severity, message) = DiagnosticCollector.read(error)
        guard current >= 0 else {
            validity.append(severity, message, line: Int(error.pointee.line), column: 1)
            return
        }
        // Mostly the element of the last tag; for content that its parent does not
        // allow, the parent, which the message names.
        var index = current
        if let named = Self.elementNamed(in: message) {
            index = ancestor(of: current, named: named) ?? referencing(named: named, keys: Self.keys(in: message)) ?? current
        }
        let location = XMLTree.location(of: storage.elements[Int(index)], attribute: Self.attributeNamed(in: message), in: source)
        validity.append(severity, message, line: location.line, column: location.column)
    }

    /// `index` or its nearest ancestor with this name.
    private func ancestor(of index: Int32, named name: String) -> Int32? {
        var candidate = index
        while candidate >= 0, storage.elements[Int(candidate)].name != name { candidate = storage.elements[Int(candidate)].parent }
        return candidate >= 0 ? candidate : nil
    }

    /// For a key reference checked at the end of its scope: the last element with this
    /// name that has an attribute holding the first key, else the last with this name.
    private func referencing(named name: String, keys: [String]) -> Int32? {
        let named = storage.elements.indices.reversed().filter { storage.elements[$0].name == name }
        let holding = named.first { index in
            let range = storage.elements[index].attributes
            return keys.first.map { key in storage.attributes[Int(range.lowerBound)..<Int(range.upperBound)].contains { storage.value(of: $0) == key } } ?? false
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
    private static func elementNamed(in message: String) -> String? {
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

    /// The string of a name libxml2 keeps in its dictionary: each distinct name is one
    /// pointer for the whole parse, so it is turned into a `String` once.
    private func interned(_ name: UnsafePointer<xmlChar>) -> String {
        if let known = names[name] { return known }
        let string = String(cString: name)
        names[name] = string
        return string
    }
}
