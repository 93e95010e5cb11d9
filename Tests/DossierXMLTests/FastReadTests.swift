import DossierXML
import Testing

/// Reading attribute bytes and children without building Strings or arrays gives
/// what the String-based reads give.
@Suite struct FastReadTests {
    private let tree: XMLTree

    init() throws {
        let document = #"<r a="x &amp; y" b="" xmlns:p="urn:p" p:a="other"><c n="1"/>text<d/><c n="2"><c n="3"/></c></r>"#
        tree = try XMLTree.parse(bytes: Array(document.utf8), file: "fast.xml")
    }

    private func bytes(_ element: XMLTree.Element, _ name: String) -> [UInt8]? {
        element.attributeBytes(name).map(Array.init)
    }

    @Test func attributeBytesAreTheValueWithEntitiesExpanded() {
        #expect(bytes(tree.root, "a") == Array("x & y".utf8))
        #expect(bytes(tree.root, "b") == [])
        #expect(bytes(tree.root, "missing") == nil)
        for name in ["a", "b", "missing"] {
            #expect(bytes(tree.root, name).map { String(decoding: $0, as: UTF8.self) } == tree.root.attribute(name))
        }
    }

    @Test func childElementsAreTheChildrenInDocumentOrder() {
        let children = Array(tree.root.childElements)
        #expect(children.map(\.name) == ["c", "d", "c"])
        #expect(children.map { $0.attribute("n") } == tree.root.children.map { $0.attribute("n") })
        #expect(Array(children[1].childElements).isEmpty)
    }
}
