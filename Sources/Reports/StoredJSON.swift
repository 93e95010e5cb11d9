import Foundation

/// A JSON document as the history stores it (a report), read back so that it can be
/// written inside a larger document with the same layout.
enum StoredJSON: Decodable {
    case null
    case bool(Bool)
    case integer(Int)
    case string(String)
    case array([StoredJSON])
    case object([String: StoredJSON])

    /// The document in `text`, or nil when it is not JSON.
    static func parse(_ text: String) -> StoredJSON? {
        try? JSONDecoder().decode(StoredJSON.self, from: Data(text.utf8))
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([StoredJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: StoredJSON].self))
        }
    }
}

extension JSONWriter {
    /// `value`, keys in sorted order.
    mutating func stored(_ value: StoredJSON) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .integer(let value): number(value)
        case .string(let text): string(text)
        case .array(let items): array(items) { $0.stored($1) }
        case .object(let members):
            object { json in
                for name in members.keys.sorted() {
                    json.key(escaping: name)
                    json.stored(members[name]!)
                }
            }
        }
    }
}
