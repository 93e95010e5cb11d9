import DossierModel
import Foundation
import Testing

@Suite struct DecimalTextTests {
    @Test(arguments: [
        ("+2500.00", "2500"), ("2500", "2500"), ("2500.", "2500"), (" 2500.00 ", "2500"), ("-200.50", "-200.5"),
        (".5", "0.5"), ("7499.99", "7499.99"), ("0.0109", "0.0109"), ("-0.00", "0"),
        ("0.050", "0.05"), ("100.00", "100"), ("+.5", "0.5"), ("999999999999999999", "999999999999999999"),
        ("12345678901234567890.5", "12345678901234567890.5"), ("\t-7.25\n", "-7.25"),
    ])
    func readsTheWholeLexicalSpaceExactly(text: String, expected: String) {
        #expect(DecimalText.parse(text) == Decimal(string: expected))
    }

    @Test(arguments: ["", ".", "1e3", "12,50", "--1", "1.2.3", "NaN", String(repeating: "9", count: 60), "+-5", "5-", "\u{0664}"])
    func refusesWhatIsNotADecimal(text: String) {
        #expect(DecimalText.parse(text) == nil)
    }

    @Test func sumsStayExact() throws {
        let parts = try ["0.10", "0.20", "7499.69"].map { try #require(DecimalText.parse($0)) }
        #expect(parts.reduce(0, +) == Decimal(string: "7499.99"))
    }
}

@Suite struct AttachmentPathTests {
    @Test(arguments: ["contracts/a.pdf", "./a.pdf", "a/../b.pdf", "x/y/../../z.png"])
    func acceptsPathsInsideTheFolder(path: String) {
        #expect(AttachmentPath.problem(with: path) == nil)
    }

    @Test(arguments: [
        ("/etc/passwd", "absolute"), ("../secret.pdf", "leaves"), ("a/../../b.pdf", "leaves"),
        ("https://example.com/a.pdf", "URL"), ("file:///etc/passwd", "URL"), ("C:/x.pdf", "URL"), ("", "empty"),
        ("a/..", "folder"), ("a/b/../..", "folder"), ("..", "leaves"), ("a/./../..", "leaves"),
    ])
    func refusesPathsThatLeaveTheFolder(path: String, reason: String) throws {
        #expect(try #require(AttachmentPath.problem(with: path)).contains(reason))
    }

    @Test func percentEncodingIsTakenLiterally() {
        #expect(AttachmentPath.problem(with: "%2e%2e/secret.pdf") == nil)
    }
}
