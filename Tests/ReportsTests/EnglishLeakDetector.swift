import Audit
import Diagnostics
import DossierXML
import Foundation
import _TestSupport

/// Finds English left in output that should be all Russian.
///
/// It takes the human text of a format (all of text and Markdown; the visible text
/// of HTML; names, messages and text of JUnit; string values of JSON and SARIF but
/// those under machine keys), removes what may stay Latin, and reports every Latin
/// word left. What may stay Latin:
/// - verbatim data: the dossier's names, ids, URLs, files and currencies, and the
///   validators' diagnostics (libxml2 writes them in English, and they are quoted, not worded);
/// - tokens: dotted ids and host names, paths, URLs, command-line options, quarters
///   (`2027-Q1`), timestamps, three-letter currency codes, `partner-audit`;
/// - the Latin words of the vendor's own Russian wording: Kerio, PDF, SHA, NFR and
///   "Market Development Funds".
struct EnglishLeakDetector {
    /// Verbatim data, longest first.
    let data: [String]

    static let vendorWords: Set<String> = ["Kerio", "PDF", "SHA", "NFR"]
    static let vendorPhrases = ["Market Development Funds", "partner-audit"]
    /// Keys of JSON and SARIF whose values are tokens or data, never words.
    static let machineKeys: Set<String> = [
        "$schema", "version", "ruleId", "level", "uri", "id", "language", "file", "program", "asOf", "appliedTier",
        "qualifiedTier", "judgedTier", "requirement", "tier", "status", "date", "currency", "actual", "required",
        "shortfall", "path", "reason", "name",
    ]
    private static var tokens: [Regex<Substring>] {
        [
            /[a-z][a-z0-9+.-]*:\/\/\S+/, /\S*\/\S*/, /[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+/, /--[a-z][a-z-]*/, /\d{4}-Q[1-4]/,
            /\d{4}-\d\d-\d\dT[0-9:.+Z-]+/,
            /\b[A-Z]{3}\b/,
        ]
    }

    /// The detector for reports on these dossiers: their data may stay as it is.
    init(reports: [AuditReport], dossiers: [URL]) {
        var values = Set(reports.flatMap { $0.errors + $0.warnings }.map(\.message))
        for dossier in dossiers {
            guard let tree = try? XMLTree.parse(file: dossier.path) else { continue }
            values.formUnion(Self.dataValues(of: tree.root))
        }
        data = values.filter { $0.count > 1 }.sorted { $0.count > $1.count }
    }

    /// The names, ids, addresses, files and currencies an element and its descendants hold.
    private static func dataValues(of element: XMLTree.Element) -> [String] {
        let attributes = ["id", "name", "holder", "title", "page", "link", "href", "image", "document", "currency", "product"]
        var values = attributes.compactMap { element.attribute($0) }
        if ["name", "website", "country"].contains(element.name) { values.append(element.text) }
        return values + element.children.flatMap(dataValues)
    }

    /// The Latin words left in `output` of `format`, in order; empty when it is all Russian.
    func leaks(in output: String, format: String) -> [String] {
        // A text table cell cut to its width keeps the end of a path after `…`, or the
        // start of other values (after whole words) before `…`.
        var text = Self.humanText(output, format: format).replacing(/…((?:[^\n ]| (?! ))+)/) { cut in
            data.contains { $0.hasSuffix(cut.output.1) } ? " " : cut.output.0
        }
        text = text.replacing(/((?:[^\n ]| (?! ))+)…/) { cut in
            let words = cut.output.1.split(separator: " ")
            for start in words.indices where data.contains(where: { $0.hasPrefix(words[start...].joined(separator: " ")) }) {
                return words[..<start].joined(separator: " ") + " "
            }
            return String(cut.output.0)
        }
        for value in data where text.contains(value) { text = text.replacingOccurrences(of: value, with: " ") }
        for phrase in Self.vendorPhrases { text = text.replacingOccurrences(of: phrase, with: " ") }
        for token in Self.tokens { text = text.replacing(token, with: " ") }
        return text.matches(of: /[A-Za-z]+/).map { String($0.output) }.filter { !Self.vendorWords.contains($0) }
    }

    /// The part of `output` people read, with markup removed.
    static func humanText(_ output: String, format: String) -> String {
        switch format {
        case "html":
            let visible = output.replacing(/<style>[\s\S]*?<\/style>/, with: " ").replacing(/<[^>]*>/, with: " ")
            return entitiesDecoded(visible)
        case "junit":
            let body = output.replacing(/<\?xml[^>]*\?>/, with: " ").replacing(/<property [^>]*\/>/, with: " ")
            let attributes = body.matches(of: /\b(?:name|message)="([^"]*)"/).map { String($0.output.1) }
            return entitiesDecoded((attributes + [body.replacing(/<[^>]*>/, with: " ")]).joined(separator: "\n"))
        case "json", "sarif":
            guard let document = try? JSONValue.parse(output) else { return output }
            return document.strings().filter { !machineKeys.contains($0.key ?? "") }.map(\.value).joined(separator: "\n")
        case "csv":
            // Fixed English column names, then ids, booleans and dates: only the partner's
            // name and the errors are text, and both are data.
            return (CSVTable.parse(output) ?? []).dropFirst().flatMap { [$0[2], $0[10]] }.joined(separator: "\n")
        case "markdown":
            return output.replacing(/\\([!-\/:-@\[-`{-~])/) { String($0.output.1) }
        default:
            return output
        }
    }

    private static func entitiesDecoded(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
