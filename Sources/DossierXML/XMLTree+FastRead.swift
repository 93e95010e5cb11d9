extension XMLTree.Element {
    /// The UTF-8 bytes of the value of an attribute in no namespace (entities expanded),
    /// or nil when the element has none: read without making a String.
    public func attributeBytes(_ name: String) -> ArraySlice<UInt8>? {
        let range = tree.storage.elements[Int(index)].attributes
        for position in Int(range.lowerBound)..<Int(range.upperBound) where tree.storage.attributes[position].name == name {
            let value = tree.storage.attributes[position].value
            return tree.storage.attributeText[Int(value.lowerBound)..<Int(value.upperBound)]
        }
        return nil
    }

    /// The child elements in document order, read one at a time: no array is built.
    public var childElements: ChildElements {
        ChildElements(tree: tree, position: tree.storage.elements[Int(index)].firstChild)
    }

    /// The child elements of one element, in document order.
    public struct ChildElements: Sequence, IteratorProtocol {
        let tree: XMLTree
        var position: Int32

        public mutating func next() -> XMLTree.Element? {
            guard position >= 0 else { return nil }
            defer { position = tree.storage.elements[Int(position)].nextSibling }
            return XMLTree.Element(tree: tree, index: position)
        }
    }
}
