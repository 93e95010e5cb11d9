/// The `{name}` placeholders of a programme text, which the checker fills in.
enum Placeholder {
    /// The names used in `text`, in order of first use, without braces.
    static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !names.contains(name) { names.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// `{a}, {b}` for a message.
    static func list(_ names: some Sequence<String>) -> String {
        names.map { "{\($0)}" }.joined(separator: ", ")
    }
}
