import DossierModel
import Foundation
import Testing

/// The parsers read UTF-8 bytes; their String entry points hand them the same bytes.
@Suite struct UTF8ParsingTests {
    private func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test(arguments: [
        ("2024-02-29", "2024-02-29"), ("2000-02-29", "2000-02-29"), ("2026-02-28", "2026-02-28"),
        ("2026-12-31", "2026-12-31"), ("0001-01-01", "0001-01-01"), ("  2026-04-30\t", "2026-04-30"),
        ("\r\n2026-01-01\n", "2026-01-01"),
    ])
    func datesAreReadFromBytes(text: String, expected: String) throws {
        #expect(try #require(withBytes(text) { CalendarDate(utf8: $0) }).description == expected)
        #expect(CalendarDate(text) == withBytes(text) { CalendarDate(utf8: $0) })
    }

    @Test(arguments: [
        "2026-02-29", "1900-02-29", "2026-04-31", "2026-00-10", "2026-01-00", "2026-01-32", "2026-1-010",
        "2026_01-01", "+026-01-01", "2026-01-01 x", " ", "", "\u{00A0}2026-01-01", " \u{0301}2026-01-01",
        "2026-01-01 \u{0301}", "２０２６-01-01",
    ])
    func datesThatAreNotRealAreRefused(text: String) {
        #expect(withBytes(text) { CalendarDate(utf8: $0) } == nil)
        #expect(CalendarDate(text) == nil)
    }

    @Test(arguments: [
        ("2026-Q1", "2026-Q1"), ("2026-Q4", "2026-Q4"), (" 2026-Q2\n", "2026-Q2"), ("0999-Q3", "999-Q3"),
        ("2026--Q1", "2026-Q1"),
    ])
    func quartersAreReadFromBytes(text: String, expected: String) throws {
        #expect(try #require(withBytes(text) { Quarter(utf8: $0) }).description == expected)
        #expect(Quarter(text) == withBytes(text) { Quarter(utf8: $0) })
    }

    @Test(arguments: ["2026-Q0", "2026-Q5", "2026-q1", "2026-Q", "2026-Q10", "26-Q1", "2026Q1", "2026-Q1-Q2", "", "2026-Q\u{0661}"])
    func quartersThatAreNotQuartersAreRefused(text: String) {
        #expect(withBytes(text) { Quarter(utf8: $0) } == nil)
        #expect(Quarter(text) == nil)
    }

    @Test(arguments: [
        ("123456789012345678", "123456789012345678"), ("1234567890123456789", "1234567890123456789"),
        ("-0.000000000000000001", "-0.000000000000000001"), ("0.1234567890123456789", "0.1234567890123456789"),
        (String(repeating: "9", count: 38), String(repeating: "9", count: 38)),
        (String(repeating: "0", count: 50) + "1.5" + String(repeating: "0", count: 50), "1.5"),
        ("0." + String(repeating: "0", count: 40) + "1", "0." + String(repeating: "0", count: 40) + "1"),
        (" \t+000.000\r\n", "0"),
    ])
    func decimalsWithManyDigitsAreExact(text: String, expected: String) throws {
        let value = try #require(withBytes(text) { DecimalText.parse(utf8: $0) })
        #expect(value == Decimal(string: expected))
        #expect(DecimalText.parse(text) == value)
    }

    @Test(arguments: [
        String(repeating: "9", count: 39), "1" + String(repeating: "0", count: 38), "1." + String(repeating: "1", count: 38),
        "-", "+", "-.", "1 2", "1.-2", "0x10", "1.5\u{0301}",
    ])
    func decimalsThatDoNotFitOrAreNotDecimalsAreRefused(text: String) {
        #expect(withBytes(text) { DecimalText.parse(utf8: $0) } == nil)
        #expect(DecimalText.parse(text) == nil)
    }

    @Test func bytesAroundTheValueAreNotRead() throws {
        let bytes = Array("x2026-11-24y".utf8)
        let date = bytes.withUnsafeBufferPointer { CalendarDate(utf8: UnsafeBufferPointer(rebasing: $0[1..<11])) }
        #expect(try #require(date).description == "2026-11-24")
    }
}
