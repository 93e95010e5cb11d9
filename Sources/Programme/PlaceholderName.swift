/// The `{name}` placeholders a programme text may use; the checker fills each with a
/// value. Which ones have a value depends on the requirement's kind and status, and
/// loading a programme checks that each text uses only those.
public enum PlaceholderName: String, CaseIterable, Sendable {
    case asOf, line, evidence, file
    case signed, from, until
    case holder, issued, expires
    case host, maxAge, vendorDomains, page, captured
    case required, currency, windowMonths, windowStart, actual, shortfall, currencies
    case quarter, graceDays
}
