import CLibXML2

extension XMLTree {
    /// A read-only view of one element. It keeps its tree alive.
    public struct Element {
        let tree: XMLTree
        let node: xmlNodePtr

        init(tree: XMLTree, node: xmlNodePtr) {
            self.tree = tree
            self.node = node
        }

        /// The local name, without prefix.
        public var name: String { String(cString: node.pointee.name) }

        /// The namespace URI, if the element is in one.
        public var namespaceURI: String? {
            node.pointee.ns?.pointee.href.map { String(cString: $0) }
        }

        /// The line on which the start tag begins.
        public var line: Int { location.line }

        /// Where the start tag begins. libxml2 knows only the line the tag ends on;
        /// the start is found in the source text (UTF-8 documents).
        public var location: SourceLocation {
            let endLine = Int(xmlGetLineNo(node))
            let found = tree.source.locate(element: name, line: endLine)
            return SourceLocation(file: tree.file, line: found?.line ?? endLine, column: found?.column ?? 1)
        }

        /// Where an attribute of this element is written, falling back to the start tag.
        public func location(ofAttribute attribute: String) -> SourceLocation {
            guard let found = tree.source.locate(element: name, attribute: attribute, line: Int(xmlGetLineNo(node))) else {
                return location
            }
            return SourceLocation(file: tree.file, line: found.line, column: found.column)
        }

        /// The value of an attribute in no namespace, with entities expanded.
        public func attribute(_ name: String) -> String? {
            guard let value = xmlGetNoNsProp(node, name) else { return nil }
            defer { partner_audit_xml_free(value) }
            return String(cString: value)
        }

        /// The child elements, in document order.
        public var children: [Element] {
            var result: [Element] = []
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { result.append(Element(tree: tree, node: current)) }
                child = current.pointee.next
            }
            return result
        }

        /// The child elements with this local name.
        public func children(named name: String) -> [Element] {
            children.filter { $0.name == name }
        }

        /// The first child element with this local name.
        public func child(named name: String) -> Element? {
            children.first { $0.name == name }
        }

        /// The concatenated text of the element and its descendants.
        public var text: String {
            guard let content = xmlNodeGetContent(node) else { return "" }
            defer { partner_audit_xml_free(content) }
            return String(cString: content)
        }
    }
}
