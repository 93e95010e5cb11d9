import Foundation

/// The fields of an `application/x-www-form-urlencoded` body; the first of a repeated name wins.
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String? {
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = parts.first.flatMap(decoded), values[name] == nil else { continue }
            values[name] = parts.count > 1 ? decoded(parts[1]) ?? "" : ""
        }
    }

    subscript(_ name: String) -> String? { values[name] }
}
