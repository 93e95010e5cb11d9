/// One text in several languages, keyed by language code (`en`, `ru`).
public struct LocalizedText: Sendable, Hashable {
    public var byLanguage: [String: String]

    public init(_ byLanguage: [String: String]) {
        self.byLanguage = byLanguage
    }

    /// The text in `language`, falling back to English, then to any language.
    public func text(_ language: Language) -> String {
        byLanguage[language.code] ?? byLanguage[Language.english.code] ?? byLanguage.values.sorted().first ?? ""
    }
}
