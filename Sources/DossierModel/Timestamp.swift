/// An `xs:dateTime` with a zone, kept as written and as its calendar day in UTC.
public struct Timestamp: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The text as the dossier gives it.
    public let text: String
    /// The day in UTC: the zone offset applied, `24:00:00` counted as the next day.
    public let utcDate: CalendarDate

    /// Parses `YYYY-MM-DDThh:mm:ss[.f](Z|±hh:mm)`.
    public init?(_ raw: some StringProtocol) {
        let token = raw.trimmingXMLWhitespace()
        guard let separator = token.firstIndex(of: "T"), let date = CalendarDate(token[..<separator]) else { return nil }
        var time = token[token.index(after: separator)...]
        var offsetMinutes = 0
        if time.hasSuffix("Z") {
            time = time.dropLast()
        } else {
            guard time.count > 6 else { return nil }
            let zone = time.suffix(6)
            let sign = zone.first
            let parts = zone.dropFirst().split(separator: ":")
            guard sign == "+" || sign == "-", parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
                hours <= 14, minutes < 60
            else { return nil }
            offsetMinutes = (hours * 60 + minutes) * (sign == "-" ? -1 : 1)
            time = time.dropLast(6)
        }
        let clock = time.split(separator: ":")
        guard clock.count == 3, let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Double(clock[2]),
            hour <= 24, minute < 60, second < 60, hour < 24 || (minute == 0 && second == 0)
        else { return nil }
        let minuteOfDay = hour * 60 + minute - offsetMinutes
        let dayShift = minuteOfDay >= 0 ? minuteOfDay / 1440 : (minuteOfDay - 1439) / 1440
        text = String(token)
        utcDate = date.adding(days: dayShift)
    }

    public var description: String { text }
}
