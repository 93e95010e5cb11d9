/// A calendar quarter, `YYYY-Qn`.
public struct Quarter: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses `YYYY-Qn`, ignoring surrounding whitespace.
    public init?(_ text: some StringProtocol) {
        var text = String(text)
        guard let quarter = text.withUTF8({ Quarter(utf8: $0) }) else { return nil }
        self = quarter
    }

    /// Parses the UTF-8 bytes of `YYYY-Qn`, ignoring surrounding XML whitespace. Runs of
    /// `-` read as one separator, before, between and after the two fields.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let fields = bytes.trimmingXMLWhitespace().split(separator: UInt8(ascii: "-"))
        guard fields.count == 2, fields[0].count == 4, let year = fields[0].asciiDigitsValue,
            fields[1].count == 2, fields[1].first == UInt8(ascii: "Q"), let number = fields[1].dropFirst().asciiDigitsValue
        else { return nil }
        self.init(year: year, number: number)
    }

    /// The quarter that contains `date`.
    public init(containing date: CalendarDate) {
        year = date.year
        number = (date.month - 1) / 3 + 1
    }

    public var firstDay: CalendarDate { CalendarDate(year: year, month: number * 3 - 2, day: 1)! }

    public var lastDay: CalendarDate {
        let month = number * 3
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    /// The quarter `count` quarters later (earlier when negative).
    public func adding(_ count: Int) -> Quarter {
        let index = year * 4 + (number - 1) + count
        return Quarter(year: index >= 0 ? index / 4 : (index - 3) / 4, number: ((index % 4) + 4) % 4 + 1)!
    }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }

    public var description: String { "\(year)-Q\(number)" }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let quarter = Quarter(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a quarter: \(text)"))
        }
        self = quarter
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
