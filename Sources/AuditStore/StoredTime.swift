import Foundation

/// Times as both databases keep them: ISO 8601 text in UTC, to the second
/// (`2026-11-24T09:30:00Z`), so that comparing the text compares the times.
enum StoredTime {
    /// `date` as the store writes it (the fraction of a second dropped).
    static func text(_ date: Date) -> String { RecordRow.timestamp(date) }

    /// The time `text` holds; text that does not read as one is damage, named by `what`.
    static func date(_ text: String, _ what: String) throws(HistoryError) -> Date {
        guard let date = try? Date(text, strategy: .iso8601) else { throw .damaged("", reason: "\(what): bad time \"\(text)\"") }
        return date
    }
}

extension CaseIterable where Self: CodingKey & RawRepresentable, RawValue == String {
    /// The columns of a row type, in the order of its coding keys, each prefixed by `table`.
    static func selection(of table: String) -> String {
        allCases.map { "\(table).\($0.rawValue)" }.joined(separator: ", ")
    }
}
