import Foundation
import PartnerAudit
import Testing

/// How a `--files-from` list is cut into paths.
@Suite struct PathListSplittingTests {
    @Test func linesWithOrWithoutCarriageReturnsAndBlankLines() {
        let text = "a/one.xml\r\nb/two.xml\n\n  spaced name.xml\nlast.xml"
        #expect(PathList.paths(in: Data(text.utf8)) == ["a/one.xml", "b/two.xml", "  spaced name.xml", "last.xml"])
    }

    @Test func aNULSeparatesWhenThereIsOneSoNamesMayHoldLineBreaks() {
        let text = "with\nbreak.xml\0plain.xml\0\0"
        #expect(PathList.paths(in: Data(text.utf8)) == ["with\nbreak.xml", "plain.xml"])
    }

    @Test func anEmptyListHasNoPaths() {
        #expect(PathList.paths(in: Data()).isEmpty)
        #expect(PathList.paths(in: Data("\n\n".utf8)).isEmpty)
    }

    @Test func nonASCIINamesStayAsWritten() {
        #expect(PathList.paths(in: Data("Łódź/dossier.xml\nМосква.xml\n".utf8)) == ["Łódź/dossier.xml", "Москва.xml"])
    }

    @Test func anEndlessSourceIsRefusedAtTheLimit() {
        #expect(throws: PathList.Failure.self) { try PathList.read(from: "/dev/zero") }
    }

    @Test func aMissingSourceIsAFailureNamingIt() {
        do {
            _ = try PathList.read(from: "/nonexistent/list.txt")
            Issue.record("read a list that does not exist")
        } catch {
            #expect(error.description.contains("/nonexistent/list.txt"))
        }
    }
}
