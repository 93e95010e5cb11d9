/// A language the reports are written in: its fixed words come from the reports' strings
/// table, and its labels and messages from the programme file's texts in that language.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case english = "en"
    case russian = "ru"

    /// The ISO 639-1 code, as programme files and `--lang` name the language.
    public var code: String { rawValue }
}
