import Foundation
import _TestSupport

/// A JSON Schema draft-04 validator for the keywords the SARIF 2.1.0 schema uses:
/// `$ref` (to `#/definitions/…`), `type`, `enum`, `properties`, `required`,
/// `additionalProperties`, `items`, `minItems`, `uniqueItems`, `minimum`, `maximum`,
/// `pattern`, `format` (`uri`, `uri-reference`, `date-time`), `anyOf` and `oneOf`.
/// A schema using any other validation keyword is reported, never silently passed.
struct JSONSchemaValidator {
    let root: JSONValue

    /// Keywords that describe and never constrain.
    private static let annotations: Set<String> = ["$schema", "id", "title", "description", "default", "definitions"]

    init(file: URL) throws {
        root = try JSONValue.parse(String(contentsOf: file, encoding: .utf8))
    }

    /// Every way `instance` breaks the schema, each with its JSON pointer; empty when valid.
    func validate(_ instance: JSONValue) -> [String] {
        var problems: [String] = []
        check(instance, against: root, at: "", into: &problems)
        return problems
    }

    private func check(_ instance: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]) {
        guard case .object(let keywords) = schema else {
            problems.append("\(path): the schema is not an object")
            return
        }
        if let reference = keywords["$ref"]?.string {
            guard let target = resolve(reference) else { return problems.append("\(path): cannot resolve \(reference)") }
            return check(instance, against: target, at: path, into: &problems)
        }
        for (keyword, value) in keywords.sorted(by: { $0.key < $1.key }) where !Self.annotations.contains(keyword) {
            switch keyword {
            case "type": checkType(instance, value, path, &problems)
            case "enum":
                if !(value.array ?? []).contains(instance) { problems.append("\(path): \(instance) is not one of \(value)") }
            case "properties", "additionalProperties", "required": checkObject(instance, keyword, keywords, path, &problems)
            case "items", "minItems", "uniqueItems": checkArray(instance, keyword, value, path, &problems)
            case "minimum", "maximum": checkBound(instance, keyword, value, path, &problems)
            case "pattern": checkPattern(instance, value, path, &problems)
            case "format": checkFormat(instance, value, path, &problems)
            case "anyOf", "oneOf":
                let passing = (value.array ?? []).filter { subschema in
                    var nested: [String] = []
                    check(instance, against: subschema, at: path, into: &nested)
                    return nested.isEmpty
                }.count
                if keyword == "anyOf" ? passing == 0 : passing != 1 {
                    problems.append("\(path): \(passing) of the \(keyword) schemas match")
                }
            default: problems.append("\(path): the validator does not support the keyword \(keyword)")
            }
        }
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        return reference.dropFirst(2).split(separator: "/").reduce(Optional(root)) { node, part in node?[String(part)] }
    }

    private func checkType(_ instance: JSONValue, _ value: JSONValue, _ path: String, _ problems: inout [String]) {
        let allowed = value.array?.compactMap(\.string) ?? value.string.map { [$0] } ?? []
        let matches = allowed.contains { type in
            switch (type, instance) {
            case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer), ("number", .number),
                ("string", .string), ("array", .array), ("object", .object):
                true
            default: false
            }
        }
        if !matches { problems.append("\(path): expected \(allowed.joined(separator: " or ")), found \(instance)") }
    }

    private func checkObject(
        _ instance: JSONValue, _ keyword: String, _ keywords: [String: JSONValue], _ path: String, _ problems: inout [String]
    ) {
        guard case .object(let members) = instance else { return }
        let properties: [String: JSONValue]
        if case .object(let declared) = keywords["properties"] { properties = declared } else { properties = [:] }
        switch keyword {
        case "properties":
            for (name, subschema) in properties.sorted(by: { $0.key < $1.key }) {
                if let member = members[name] { check(member, against: subschema, at: "\(path)/\(name)", into: &problems) }
            }
        case "required":
            for name in keywords["required"]?.array?.compactMap(\.string) ?? [] where members[name] == nil {
                problems.append("\(path): \(name) is required")
            }
        default:
            let extra = members.filter { properties[$0.key] == nil }.sorted { $0.key < $1.key }
            switch keywords["additionalProperties"] {
            case .bool(false): problems += extra.map { "\(path): \($0.key) is not allowed" }
            case .some(let subschema) where subschema != .bool(true):
                for member in extra { check(member.value, against: subschema, at: "\(path)/\(member.key)", into: &problems) }
            default: break
            }
        }
    }

    private func checkArray(_ instance: JSONValue, _ keyword: String, _ value: JSONValue, _ path: String, _ problems: inout [String]) {
        guard case .array(let items) = instance else { return }
        switch (keyword, value) {
        case ("items", _):
            for (index, item) in items.enumerated() { check(item, against: value, at: "\(path)/\(index)", into: &problems) }
        case ("minItems", .integer(let least)):
            if items.count < least { problems.append("\(path): fewer than \(least) items") }
        case ("uniqueItems", .bool(true)):
            for (index, item) in items.enumerated() where items[..<index].contains(item) {
                problems.append("\(path)/\(index): repeats an earlier item")
            }
        default: break
        }
    }

    private func checkBound(_ instance: JSONValue, _ keyword: String, _ value: JSONValue, _ path: String, _ problems: inout [String]) {
        let number: Double
        switch instance {
        case .integer(let integer): number = Double(integer)
        case .number(let double): number = double
        default: return
        }
        let bound: Double
        switch value {
        case .integer(let integer): bound = Double(integer)
        case .number(let double): bound = double
        default: return problems.append("\(path): \(keyword) is not a number")
        }
        if keyword == "minimum" ? number < bound : number > bound { problems.append("\(path): \(number) breaks \(keyword) \(bound)") }
    }

    private func checkPattern(_ instance: JSONValue, _ value: JSONValue, _ path: String, _ problems: inout [String]) {
        guard let text = instance.string, let pattern = value.string else { return }
        guard let expression = try? NSRegularExpression(pattern: pattern) else {
            return problems.append("\(path): bad pattern \(pattern)")
        }
        if expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
            problems.append("\(path): \"\(text)\" does not match \(pattern)")
        }
    }

    /// Formats checked loosely: a URI has a scheme, a URI reference parses, a date-time is RFC 3339.
    private func checkFormat(_ instance: JSONValue, _ value: JSONValue, _ path: String, _ problems: inout [String]) {
        guard let text = instance.string else { return }
        let valid: Bool
        switch value.string {
        case "uri": valid = URL(string: text)?.scheme != nil
        case "uri-reference": valid = URL(string: text) != nil
        case "date-time":
            valid = text.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)/) != nil
        default: return problems.append("\(path): the validator does not support the format \(value)")
        }
        if !valid { problems.append("\(path): \"\(text)\" is not a valid \(value.string ?? "")") }
    }
}
