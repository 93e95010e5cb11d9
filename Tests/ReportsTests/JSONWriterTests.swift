import Foundation
import Testing

@testable import Reports

/// The hand-written JSON writer lays out and escapes text exactly as Foundation's
/// `JSONEncoder` does with the options the reports used to give it.
@Suite struct JSONWriterTests {
    private func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static let strings: [String] = [
        "", "plain", #"say "hi""#, #"back\slash"#, "a/b//c", "https://example.com/x?y=1&z=<2>",
        String((0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) }),
        "Łódzkie Sieci — Kovács és Társa", "Предпочтительный «уровень»", "e\u{301} 😀 \u{2028}\u{2029}\u{FEFF}\u{85}\u{7F}",
    ]

    @Test(arguments: strings)
    func stringsAreEscapedAsJSONEncoderEscapesThem(_ string: String) throws {
        var json = JSONWriter()
        json.array([string, string]) { $0.string($1) }
        #expect(json.text == (try encoded([string, string])))
    }

    /// Empty arrays and objects (a blank line inside), `null`, numbers and booleans, nested.
    struct Document: Encodable {
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var missing: String?
        var nested: [[String: [Int]]] = [["inner": []], ["inner": [1, -2]]]
        var no = false
        var yes = true

        enum Keys: String, CodingKey { case empty, emptyObject, missing, nested, no, yes }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(empty, forKey: .empty)
            try container.encode(emptyObject, forKey: .emptyObject)
            try container.encode(missing, forKey: .missing)
            try container.encode(nested, forKey: .nested)
            try container.encode(no, forKey: .no)
            try container.encode(yes, forKey: .yes)
        }
    }

    private func write(_ document: Document, into json: inout JSONWriter) {
        json.object { json in
            json.key("empty")
            json.array(document.empty) { $0.number($1) }
            json.key("emptyObject")
            json.object { _ in }
            json.key("missing")
            json.string(document.missing)
            json.key("nested")
            json.array(document.nested) { json, object in
                json.object { json in
                    json.key("inner")
                    json.array(object["inner"]!) { $0.number($1) }
                }
            }
            json.key("no")
            json.bool(document.no)
            json.key("yes")
            json.bool(document.yes)
        }
    }

    @Test func layoutMatchesJSONEncoder() throws {
        var json = JSONWriter()
        write(Document(), into: &json)
        #expect(json.text == (try encoded(Document())))
    }

    @Test func emptyValuesAtTheTopMatchJSONEncoder() throws {
        var array = JSONWriter()
        var object = JSONWriter()
        var null = JSONWriter()
        array.array([Int]()) { $0.number($1) }
        object.object { _ in }
        null.string(nil)
        #expect(array.text == (try encoded([Int]())))
        #expect(object.text == (try encoded([String: Int]())))
        #expect(null.text == (try encoded(String?.none)))
    }

    @Test(arguments: [0, 7, -1, 42, -9_876_543_210, Int.max, Int.min])
    func numbersMatchJSONEncoder(_ value: Int) throws {
        var json = JSONWriter()
        json.number(value)
        #expect(json.text == (try encoded(value)))
    }

    /// Nested deeper than the indentation written in one piece, and longer than the
    /// writer's first allocation.
    @Test func deepAndLongTextMatchesJSONEncoder() throws {
        let nest = (1...40).reduce(Nest(children: [], text: String(repeating: "ab\"c", count: 2_000))) { inner, depth in
            Nest(children: [inner, Nest(children: [], text: "\(depth)")], text: "level \(depth)")
        }
        func write(_ nest: Nest, into json: inout JSONWriter) {
            json.object { json in
                json.key("children")
                json.array(nest.children) { write($1, into: &$0) }
                json.key("text")
                json.string(nest.text)
            }
        }
        var json = JSONWriter()
        write(nest, into: &json)
        #expect(json.text == (try encoded(nest)))
    }

    @Test func aMarginIndentsEveryLineBlankOnesIncluded() throws {
        var json = JSONWriter(margin: 4, indentingFirstLine: true)
        write(Document(), into: &json)
        let indented = try encoded(Document()).split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        #expect(json.text == indented.joined(separator: "\n"))
    }
}

/// A tree of objects, each with its children and a text.
private struct Nest: Encodable {
    var children: [Nest]
    var text: String
}
