/// Every report format, found by its `--format` identifier: the one list the command
/// line, the web service and the tests take the formats from.
public enum ReporterRegistry {
    /// The reporters, in the order their formats are listed to users.
    public static let types: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, MarkdownReporter.self, HTMLReporter.self,
        JUnitReporter.self, SARIFReporter.self, CSVReporter.self,
    ]

    /// The formats' identifiers, in the order they are listed to users.
    public static var identifiers: [String] { types.map { $0.identifier } }

    /// The reporter of the format `identifier`, presenting reports with `options`; nil
    /// when no format has that identifier.
    public static func reporter(_ identifier: String, options: ReportOptions = ReportOptions()) -> (any Reporter)? {
        types.first { $0.identifier == identifier }.map { $0.init(options: options) }
    }
}
