import Diagnostics
import DossierXML
import Foundation
import Testing

/// Schema errors found while the document streams through the validator are placed
/// where a reader looks: the start tag of the element concerned, or its attribute.
@Suite struct ValidityLocationTests {
    static let schema = Result { () throws(XMLFailure) in
        try XMLSchema(
            bytes: Array(
                """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t" elementFormDefault="qualified">
                  <xs:element name="r">
                    <xs:complexType>
                      <xs:sequence>
                        <xs:element name="item" maxOccurs="unbounded">
                          <xs:complexType>
                            <xs:sequence>
                              <xs:element name="when" type="xs:date"/>
                              <xs:element name="note" type="xs:string"/>
                            </xs:sequence>
                            <xs:attribute name="id" type="xs:string" use="required"/>
                            <xs:attribute name="count" type="xs:int"/>
                          </xs:complexType>
                        </xs:element>
                        <xs:element name="link" minOccurs="0" maxOccurs="unbounded">
                          <xs:complexType><xs:attribute name="to" type="xs:string" use="required"/></xs:complexType>
                        </xs:element>
                      </xs:sequence>
                    </xs:complexType>
                    <xs:key name="item-id"><xs:selector xpath="t:item"/><xs:field xpath="@id"/></xs:key>
                    <xs:keyref name="link-to" refer="t:item-id"><xs:selector xpath="t:link"/><xs:field xpath="@to"/></xs:keyref>
                  </xs:element>
                </xs:schema>
                """.utf8), file: "t.xsd")
    }

    private func errors(_ document: String) throws -> [Diagnostic] {
        let tree = try XMLTree.parse(bytes: Array(document.utf8), file: "t.xml", schema: Self.schema.get())
        return tree.validity.filter { $0.severity == .error }
    }

    private let valid = """
        <r xmlns="urn:t">
          <item id="a" count="1">
            <when>2026-11-24</when>
            <note>fine</note>
          </item>
          <link to="a"/>
        </r>
        """

    @Test func aValidDocumentHasNoErrors() throws {
        #expect(try errors(valid).isEmpty)
    }

    @Test func anAttributeValueErrorPointsAtTheAttribute() throws {
        let found = try errors(valid.replacingOccurrences(of: #"count="1""#, with: "\n      count=\"one\""))
        #expect(found.map(\.line) == [3])
        #expect(found.map(\.column) == [7])
        #expect(found.first?.message.contains("'count'") == true)
    }

    @Test func aMissingChildFoundAtTheEndTagPointsAtTheStartTag() throws {
        let found = try errors(valid.replacingOccurrences(of: "<note>fine</note>", with: ""))
        #expect(found.map(\.line) == [2])
        #expect(found.map(\.column) == [3])
    }

    @Test func contentTheParentDoesNotAllowPointsAtTheParent() throws {
        let found = try errors(valid.replacingOccurrences(of: "<when>2026-11-24</when>", with: "<when>2026-11-24<b/></when>"))
        #expect(found.first?.line == 3)
        #expect(found.first?.column == 5)
    }

    @Test func aDanglingKeyReferencePointsAtTheReferencingElement() throws {
        let found = try errors(valid.replacingOccurrences(of: #"<link to="a"/>"#, with: "<link to=\"a\"/>\n  <link to=\"zz\"/>"))
        #expect(found.map(\.line) == [7])
        #expect(found.first?.message.contains("'zz'") == true)
    }

    @Test func errorsOfADocumentThatIsNotWellFormedAreTheParsersOnly() throws {
        #expect(throws: XMLFailure.self) {
            try errors(valid.replacingOccurrences(of: "</r>", with: "</q>"))
        }
    }

    @Test func schemaErrorsPastTheLimitAreCountedFromTheFirstLeftOut() throws {
        // One bad count per item, each on its own line (the document starts on line 1, items on 2…).
        let limit = 10_000
        let items = (0..<limit + 50).map { "<item id=\"i\($0)\" count=\"x\"><when>2026-01-01</when><note/></item>" }
        let found = try errors("<r xmlns=\"urn:t\">\n" + items.joined(separator: "\n") + "</r>")
        #expect(found.count == limit + 1)
        #expect(found[limit - 1].line == limit + 1)
        #expect(found[limit].message == "50 more errors from here on not listed")
        #expect(found[limit].line == limit + 2)
        #expect(found[limit].column == 19)  // at count=, as a listed one would be
    }
}
