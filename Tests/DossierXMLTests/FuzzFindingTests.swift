import Diagnostics
import DossierXML
import Foundation
import Testing
import _TestSupport

/// Dossiers the fuzzer found that crashed the reader: each is refused with errors.
@Suite struct FuzzFindingTests {
    static let schema = Result { try XMLSchema(file: TestPaths.repository.appendingPathComponent("Schemas/dossier.xsd").path) }

    /// A start tag cut by the end of the document (NUL bytes, no `>`), whose attributes the
    /// schema's errors point at: looking for an attribute name read past the last byte.
    @Test func anAttributeLookedForInATagCutByTheEnd() throws {
        let url = TestPaths.fixtures.appendingPathComponent("fuzz-findings/dossier-attribute-at-the-end-of-a-cut-tag.xml")
        let bytes = Array(try Data(contentsOf: url))
        let failure = #expect(throws: XMLFailure.self) { try XMLTree.parse(bytes: bytes, file: "cut.xml", schema: Self.schema.get()) }
        #expect(failure?.diagnostics.isEmpty == false)
        #expect(failure?.diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 } == true)
    }
}
