internal import CLibXML2
import Diagnostics

extension TreeBuilder {
    /// The tree under construction and where the parse is in it.
    struct State {
        let source: SourceText
        /// The outermost parser: its position is the position in the file, also while
        /// the content of an entity is being parsed.
        let parser: xmlParserCtxtPtr
        /// Where running out of `budget` is reported.
        let collector: DiagnosticCollector
        /// Bytes of memory the tree may still take: its elements, attributes and text.
        /// Entities let a small document expand into a huge one, and a document of tiny
        /// elements costs many times its size; libxml2 bounds neither when it only
        /// streams events, so the builder does.
        var budget: Int
        var storage = XMLTree.Storage()
        /// The elements open at the current point of the parse.
        var open: [Int32] = []
        /// The element of the last start or end tag: the one a validity error is about,
        /// since the validator sees each event just after this builder does.
        var current: Int32 = -1
        /// Each distinct name is one pointer in libxml2's dictionary for the whole parse,
        /// so it is turned into a `String` once.
        private var names: [UnsafePointer<xmlChar>: String] = [:]
        /// The namespace of the last element and its index: most elements share it.
        private var lastNamespace: (uri: UnsafePointer<xmlChar>, index: Int32)?

        init(source: SourceText, parser: xmlParserCtxtPtr, collector: DiagnosticCollector, budget: Int) {
            self.source = source
            self.parser = parser
            self.collector = collector
            self.budget = budget
            names.reserveCapacity(64)
        }

        mutating func startElement(
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
                charge(MemoryLayout<XMLTree.Storage.Attribute>.stride + (end - start))
                let valueStart = Int32(clamping: storage.attributeText.count)
                storage.attributeText.append(contentsOf: UnsafeBufferPointer(start: start, count: end - start))
                storage.attributes.append(
                    XMLTree.Storage.Attribute(
                        name: interned(local), value: valueStart..<Int32(clamping: storage.attributeText.count)))
            }
            let textStart = Int32(clamping: storage.text.count)
            let namespace = namespaceURI.map { namespaceIndex($0) } ?? -1
            storage.append(
                XMLTree.Storage.Node(
                    name: interned(name), namespace: namespace, line: tag.line, offset: tag.offset, parent: parent,
                    attributes: firstAttribute..<Int32(storage.attributes.count), textStart: textStart, textEnd: textStart))
            charge(MemoryLayout<XMLTree.Storage.Node>.stride)
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

        mutating func endElement() {
            guard let index = open.popLast() else { return }
            storage.elements[Int(index)].textEnd = Int32(clamping: storage.text.count)
            current = index
        }

        mutating func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
            guard !open.isEmpty, charge(count) else { return }
            storage.text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        }

        /// Takes `bytes` from the budget; once it is spent, stops the parse with an error.
        @discardableResult
        private mutating func charge(_ bytes: Int) -> Bool {
            budget -= bytes
            guard budget < 0 else { return true }
            if parser.pointee.disableSAX == 0 {
                collector.append(
                    .error,
                    "the document would take more than \(TreeBuilder.expansionFactor) times its size in memory (entity expansion or a flood of elements)",
                    parser: parser)
                xmlStopParser(parser)
            }
            return false
        }

        private mutating func namespaceIndex(_ uri: UnsafePointer<xmlChar>) -> Int32 {
            if let last = lastNamespace, last.uri == uri { return last.index }
            let index = storage.namespaceIndex(interned(uri))
            lastNamespace = (uri, index)
            return index
        }

        private mutating func interned(_ name: UnsafePointer<xmlChar>) -> String {
            if let known = names[name] { return known }
            let string = String(cString: name)
            names[name] = string
            return string
        }
    }
}
