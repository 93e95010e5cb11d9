/// A calendar date in the proleptic Gregorian calendar, with no time and no zone.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date, if the three numbers name a real day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, ignoring surrounding whitespace as XSD does.
    public init?(_ text: some StringProtocol) {
        var text = String(text)
        guard let date = text.withUTF8({ CalendarDate(utf8: $0) }) else { return nil }
        self = date
    }

    /// Parses the UTF-8 bytes of `YYYY-MM-DD` (ASCII digits), ignoring surrounding XML whitespace.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let token = bytes.trimmingXMLWhitespace()
        guard token.count == 10, token[4] == UInt8(ascii: "-"), token[7] == UInt8(ascii: "-"),
            let year = token[0..<4].asciiDigitsValue, let month = token[5..<7].asciiDigitsValue,
            let day = token[8..<10].asciiDigitsValue
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date `count` days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + count)
    }

    /// The same month and day `count` years later; 29 February becomes 28 February
    /// in a year that has none.
    public func adding(years count: Int) -> CalendarDate {
        adding(months: count * 12)
    }

    /// The same day `count` months later (earlier when negative), clamped to that
    /// month's length (31 March less a month is 28 or 29 February).
    public func adding(months count: Int) -> CalendarDate {
        let monthIndex = year * 12 + (month - 1) + count
        let year = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        let month = monthIndex - year * 12 + 1
        return CalendarDate(year: year, month: month, day: min(day, Self.daysIn(month: month, year: year)))!
    }

    /// Whole days from `other` to this date.
    public func days(since other: CalendarDate) -> Int {
        dayNumber - other.dayNumber
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD` (more digits, or a sign, for years beyond 0…9999). Written digit by
    /// digit: reports write many dates.
    public var description: String {
        guard (0...9999).contains(year) else { return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }
        return String(unsafeUninitializedCapacity: 10) { text in
            func write(_ number: Int, digits: Range<Int>) {
                var rest = number
                for position in digits.reversed() {
                    text[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            write(year, digits: 0..<4)
            text[4] = UInt8(ascii: "-")
            write(month, digits: 5..<7)
            text[7] = UInt8(ascii: "-")
            write(day, digits: 8..<10)
            return 10
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // MARK: - Day numbers

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    init(dayNumber: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
