internal import CLibXML2
import Diagnostics

/// A parsed, well-formed XML document, held in Swift: libxml2 parses it as a stream
/// of events (validating it against a schema on the way when one is given) and no
/// libxml2 tree is ever built.
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
    /// What the schema given to `parse` found: errors and warnings, located at the
    /// element or attribute concerned. Empty when no schema was given.
    public let validity: [Diagnostic]

    let storage: Storage
    let source: SourceText

    private init(file: String, storage: Storage, source: SourceText, warnings: [Diagnostic], validity: [Diagnostic]) {
        self.file = file
        self.storage = storage
        self.source = source
        self.warnings = warnings
        self.validity = validity
    }

    /// The document element.
    public var root: Element {
        Element(tree: self, index: 0)
    }

    /// Reads and parses the file at `path`, refusing it if it is larger than `limits`
    /// allow, and validates it against `schema` when one is given.
    public static func parse(file path: String, limits: XMLLimits = XMLLimits(), schema: XMLSchema? = nil) throws(XMLFailure) -> XMLTree {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, maxBytes: limits.maxBytes)
        } catch {
            throw XMLFailure([.fileError(error.message, file: path)])
        }
        return try parse(bytes: bytes, file: path, limits: limits, schema: schema)
    }

    /// Parses a document held in memory, validating it against `schema` when one is
    /// given; `file` names it in diagnostics.
    public static func parse(bytes: [UInt8], file: String, limits: XMLLimits = XMLLimits(), schema: XMLSchema? = nil) throws(XMLFailure)
        -> XMLTree
    {
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
        let source = SourceText(bytes: encoding == .utf8 ? bytes : [])
        let parsed = SafeParser.parse(bytes, file: file, source: source, schema: schema)
        guard parsed.wellFormed, !parsed.errors.hasErrors, !parsed.storage.elements.isEmpty else {
            var diagnostics = parsed.errors.diagnostics.filter { $0.severity == .error }
            if diagnostics.isEmpty { diagnostics = [.fileError("the document has no root element", file: file)] }
            throw XMLFailure(diagnostics)
        }
        return XMLTree(
            file: file, storage: parsed.storage, source: source,
            warnings: parsed.errors.diagnostics, validity: parsed.validity.diagnostics)
    }
}

extension XMLTree {
    /// Where `node`'s start tag, or its attribute `attribute`, is written: exact when
    /// the tag was found in the source text, else the start of the tag's line.
    static func location(of node: Storage.Node, attribute: String? = nil, in source: SourceText) -> (line: Int, column: Int) {
        guard node.offset >= 0 else { return (Int(node.line), 1) }
        return source.locate(tagAt: Int(node.offset), attribute: attribute)
    }

    /// The elements of a document in document order, the no-namespace attributes of
    /// each, and all character data, each element owning the range of it between its
    /// start and end tags.
    struct Storage {
        struct Node {
            var name: String
            /// Index in `namespaces`, or -1 for no namespace.
            var namespace: Int32
            /// The line on which the start tag begins.
            var line: Int32
            /// The offset in the source text of the start tag's `<`; -1 when unknown.
            var offset: Int32
            var parent: Int32
            var attributes: Range<Int32>
            var textStart: Int32
            var textEnd: Int32
            var firstChild: Int32 = -1
            var lastChild: Int32 = -1
            var nextSibling: Int32 = -1
        }

        /// An attribute in no namespace; its value is a range of `attributeText`.
        struct Attribute {
            var name: String
            var value: Range<Int32>
        }

        var elements: [Node] = []
        var attributes: [Attribute] = []
        var attributeText: [UInt8] = []
        var namespaces: [String] = []
        /// The index of each URI in `namespaces`.
        private var namespaceIndices: [String: Int32] = [:]
        var text: [UInt8] = []

        /// The UTF-8 bytes of an attribute's value.
        func valueBytes(of attribute: Attribute) -> ArraySlice<UInt8> {
            attributeText[Int(attribute.value.lowerBound)..<Int(attribute.value.upperBound)]
        }

        /// The text of an attribute's value.
        func value(of attribute: Attribute) -> String {
            String(decoding: valueBytes(of: attribute), as: UTF8.self)
        }

        /// Adds `node` as the last child of its parent.
        mutating func append(_ node: Node) {
            let index = Int32(elements.count)
            let parent = Int(node.parent)
            if parent >= 0 {
                let last = elements[parent].lastChild
                if last >= 0 { elements[Int(last)].nextSibling = index } else { elements[parent].firstChild = index }
                elements[parent].lastChild = index
            }
            elements.append(node)
        }

        /// The index of `uri` in `namespaces`, adding it if new.
        mutating func namespaceIndex(_ uri: String) -> Int32 {
            if let found = namespaceIndices[uri] { return found }
            let index = Int32(namespaces.count)
            namespaces.append(uri)
            namespaceIndices[uri] = index
            return index
        }
    }
}
