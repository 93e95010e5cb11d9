import Diagnostics

extension XMLTree {
    /// A read-only view of one element. It keeps its tree alive.
    public struct Element {
        let tree: XMLTree
        let index: Int32

        init(tree: XMLTree, index: Int32) {
            self.tree = tree
            self.index = index
        }

        private var node: Storage.Node { tree.storage.elements[Int(index)] }

        /// The local name, without prefix.
        public var name: String { node.name }

        /// The namespace URI, if the element is in one.
        public var namespaceURI: String? {
            let namespace = node.namespace
            return namespace < 0 ? nil : tree.storage.namespaces[Int(namespace)]
        }

        /// The line on which the start tag begins.
        public var line: Int { Int(node.line) }

        /// Where the start tag begins.
        public var location: SourceLocation {
            let found = XMLTree.location(of: node, in: tree.source)
            return SourceLocation(file: tree.file, line: found.line, column: found.column)
        }

        /// Where an attribute of this element is written, falling back to the start tag.
        public func location(ofAttribute attribute: String) -> SourceLocation {
            let found = XMLTree.location(of: node, attribute: attribute, in: tree.source)
            return SourceLocation(file: tree.file, line: found.line, column: found.column)
        }

        /// The value of an attribute in no namespace, with entities expanded.
        public func attribute(_ name: String) -> String? {
            attributeBytes(name).map { String(decoding: $0, as: UTF8.self) }
        }

        /// The UTF-8 bytes of the value of an attribute in no namespace (entities
        /// expanded), read without making a String.
        public func attributeBytes(_ name: String) -> ArraySlice<UInt8>? {
            let range = tree.storage.elements[Int(index)].attributes
            for position in Int(range.lowerBound)..<Int(range.upperBound) where tree.storage.attributes[position].name == name {
                return tree.storage.valueBytes(of: tree.storage.attributes[position])
            }
            return nil
        }

        /// The child elements, in document order.
        public var children: [Element] {
            Array(childElements)
        }

        /// The child elements in document order, read one at a time: no array is built.
        public var childElements: ChildElements {
            ChildElements(tree: tree, position: node.firstChild)
        }

        /// The child elements with this local name.
        public func children(named name: String) -> [Element] {
            childElements.filter { $0.name == name }
        }

        /// The first child element with this local name.
        public func child(named name: String) -> Element? {
            childElements.first { $0.name == name }
        }

        /// The concatenated text of the element and its descendants.
        public var text: String {
            let node = node
            return String(decoding: tree.storage.text[Int(node.textStart)..<Int(node.textEnd)], as: UTF8.self)
        }
    }

    /// The child elements of one element, in document order.
    public struct ChildElements: Sequence, IteratorProtocol {
        let tree: XMLTree
        var position: Int32

        public mutating func next() -> Element? {
            guard position >= 0 else { return nil }
            defer { position = tree.storage.elements[Int(position)].nextSibling }
            return Element(tree: tree, index: position)
        }
    }
}
