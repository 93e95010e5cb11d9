import DossierModel
import Testing

@Suite struct CalendarDateTests {
    @Test(arguments: ["2026-11-24", "1999-01-01", "9999-12-31", "1000-03-01", "0999-12-31", "0001-01-01"])
    func descriptionIsTheDateAsWritten(text: String) throws {
        #expect(try #require(CalendarDate(text)).description == text)
    }

    @Test func yearsBeyondFourDigitsKeepEveryDigit() throws {
        #expect(try #require(CalendarDate(year: 12026, month: 3, day: 1)).description == "12026-03-01")
    }

    @Test(arguments: [
        ("2026-11-24", true), ("2028-02-29", true), ("2027-02-29", false), ("2026-13-01", false),
        ("2026-1-01", false), (" 2026-11-24 ", true), ("12026-11-24", false), ("2026-11-24Z", false),
        ("\t2026-11-24\r\n", true), ("2026/11/24", false), ("20x6-11-24", false), ("2026-11-2\u{0664}", false),
        ("2026-11-24\u{0301}", false), ("", false),
    ])
    func parsesOnlyRealDates(text: String, valid: Bool) {
        #expect((CalendarDate(text) != nil) == valid)
    }

    @Test func dayArithmeticCrossesMonthsYearsAndLeapDays() throws {
        let leap = try #require(CalendarDate("2028-02-28"))
        #expect(leap.adding(days: 1).description == "2028-02-29")
        #expect(leap.adding(days: 2).description == "2028-03-01")
        #expect(try #require(CalendarDate("2026-12-31")).adding(days: 1).description == "2027-01-01")
        #expect(try #require(CalendarDate("2026-11-24")).days(since: try #require(CalendarDate("2026-08-26"))) == 90)
    }

    @Test func leapDayMinusAYearIsTheTwentyEighth() throws {
        #expect(try #require(CalendarDate("2028-02-29")).adding(years: -1).description == "2027-02-28")
        #expect(try #require(CalendarDate("2026-11-24")).adding(years: -1).description == "2025-11-24")
    }

    @Test(arguments: [
        ("2024-03-31", -1, "2024-02-29"), ("2023-03-31", -1, "2023-02-28"), ("2026-01-31", 13, "2027-02-28"),
        ("2026-11-24", -12, "2025-11-24"), ("2026-01-15", -13, "2024-12-15"), ("0001-01-01", -1, "0000-12-01"),
    ])
    func monthsAreAddedWithTheDayClampedToTheMonth(date: String, months: Int, expected: String) throws {
        #expect(try #require(CalendarDate(date)).adding(months: months).description == expected)
    }

    @Test func quartersContainAndFollowDates() throws {
        let date = try #require(CalendarDate("2026-11-24"))
        #expect(Quarter(containing: date).description == "2026-Q4")
        #expect(Quarter(containing: date).adding(1).description == "2027-Q1")
        #expect(Quarter(containing: date).adding(-4).description == "2025-Q4")
        #expect(try #require(Quarter("2026-Q3")).lastDay.description == "2026-09-30")
        #expect(Quarter("2026-Q5") == nil)
    }

    @Test(arguments: [
        ("2026-10-30T09:12:00Z", "2026-10-30"), ("2026-10-30T23:30:00-05:00", "2026-10-31"),
        ("2026-10-30T01:00:00+02:00", "2026-10-29"), ("2026-10-30T24:00:00Z", "2026-10-31"),
        ("2026-12-31T22:00:00-03:00", "2027-01-01"),
    ])
    func timestampsTakeTheirDayInUTC(text: String, day: String) throws {
        #expect(try #require(Timestamp(text)).utcDate.description == day)
    }
}
