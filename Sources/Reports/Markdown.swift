/// Escaping for Markdown (CommonMark and GitHub's tables).
enum Markdown {
    /// `text` safe inside a paragraph or a table cell: the characters that start
    /// emphasis, code, links, HTML or a cell boundary are backslash-escaped, and
    /// line breaks become spaces.
    static func escape(_ text: String) -> String {
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
}
