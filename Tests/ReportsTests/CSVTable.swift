/// An RFC 4180 reader, to read back what `CSVReporter` writes.
enum CSVTable {
    /// The records of `text`, each a list of fields; nil when a quoted field is not closed
    /// or a quote appears inside an unquoted field.
    static func parse(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var characters = text.makeIterator()
        while let character = characters.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where afterQuote:
                field.append("\"")
                quoted = true
                afterQuote = false
            case "\"" where field.isEmpty: quoted = true
            case "\"": return nil
            case ",":
                record.append(field)
                field = ""
                afterQuote = false
            case "\r\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
                afterQuote = false
            default:
                field.append(character)
                afterQuote = false
            }
        }
        guard !quoted else { return nil }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return records
    }
}
