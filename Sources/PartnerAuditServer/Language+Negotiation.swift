import Foundation
import Hummingbird
import Programme

extension Language {
    /// The language a request asks for: its `lang` parameter, else its `Accept-Language`
    /// header (Russian when Russian is preferred to English), else English.
    /// A `lang` that is neither `en` nor `ru` is refused.
    static func negotiate(parameter: String?, acceptLanguage: String?) throws(ServiceError) -> Language {
        if let parameter {
            guard let language = Language(rawValue: parameter) else {
                throw .badLanguage(parameter)
            }
            return language
        }
        return preferred(acceptLanguage)
    }

    /// The language a refusal of `request` is worded in: as `negotiate` finds it, but English
    /// for a `lang` that is neither `en` nor `ru` (which may be the very thing refused).
    static func ofRefusal(_ request: Request) -> Language {
        Language(rawValue: request.uri.queryParameters.get("lang") ?? "") ?? preferred(request.headers[.acceptLanguage])
    }

    /// The language of an `Accept-Language` header: Russian when a Russian range weighs more
    /// than any English one (the first of equals wins), else English.
    static func preferred(_ header: String?) -> Language {
        guard let header else { return .english }
        var best: (language: Language, weight: Double)?
        for range in header.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if weight > 0, weight > (best?.weight ?? 0) { best = (language, weight) }
        }
        return best?.language ?? .english
    }
}
