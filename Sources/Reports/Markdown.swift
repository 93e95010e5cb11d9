/// Escaping for Markdown (CommonMark and GitHub's tables).
enum Markdown {
    /// `text` safe inside a paragraph or a table cell: the characters that start
    /// emphasis, code, links, HTML or a cell boundary are backslash-escaped, and
    /// line breaks become spaces.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: mayNeedEscaping) else { return text }
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&": out += "\\\(character)"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// Whether a text with this UTF-8 byte may need escaping: most texts have none.
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "&"),
            UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            true
        default: false
        }
    }
}
