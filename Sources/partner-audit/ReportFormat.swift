import ArgumentParser
import Reports

/// The `--format` values and the reporter behind each.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown, html, junit, sarif, csv

    func reporter(options: ReportOptions = ReportOptions(colour: Terminal.wantsColour)) -> any Reporter {
        switch self {
        case .text: TextReporter(options: options)
        case .json: JSONReporter()
        case .markdown: MarkdownReporter(options: options)
        case .html: HTMLReporter(options: options)
        case .junit: JUnitReporter()
        case .sarif: SARIFReporter()
        case .csv: CSVReporter()
        }
    }
}
