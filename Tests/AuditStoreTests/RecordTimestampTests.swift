import Foundation
import Testing

@testable import AuditStore

/// The recording time as a record keeps it: ISO 8601 in UTC, to the second.
@Suite struct RecordTimestampTests {
    @Test(arguments: [
        ("2026-11-24T09:30:05Z", 1_795_512_605.75),
        ("1970-01-01T00:00:00Z", 0),
        ("0999-12-31T23:59:59Z", -30_610_224_001),
        ("9999-12-31T23:59:59Z", 253_402_300_799),
        ("10000-01-01T00:00:00Z", 253_402_300_800),
    ])
    func timeIsWrittenToTheSecond(expected: String, seconds: Double) {
        #expect(RecordRow.timestamp(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test func timeReadsBackAsWritten() throws {
        let date = Date(timeIntervalSince1970: 1_795_512_605)
        #expect(try StoredTime.date(RecordRow.timestamp(date), "test") == date)
    }
}
