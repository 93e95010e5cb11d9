import Testing

@testable import AuditStore

/// The attachment verdicts a record keeps, written as JSON by hand, read back by `JSONDecoder`.
@Suite struct AttachmentCheckJSONTests {
    @Test(arguments: ["plain/file.pdf", "quote\"back\\slash", "tab\tnew\nline\u{1}", "кириллица/файл.pdf", ""])
    func checksReadBackAsWritten(file: String) throws {
        let checks = [
            AttachmentCheck(file: file, expectedSHA256: "ab", actualSHA256: "cd", notChecked: nil),
            AttachmentCheck(file: file, expectedSHA256: nil, actualSHA256: nil, notChecked: "no-digest"),
        ]
        #expect(try [AttachmentCheck](json: checks.json) == checks)
    }

    @Test func noChecksIsAnEmptyArray() throws {
        #expect([AttachmentCheck]().json == "[]")
        #expect(try [AttachmentCheck](json: "[]").isEmpty)
    }
}
