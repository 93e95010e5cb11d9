import ArgumentParser
import Reports

/// The `--format` values and the reporter behind each.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json

    func reporter() -> any Reporter {
        switch self {
        case .text: TextReporter(options: ReportOptions(colour: Terminal.wantsColour))
        case .json: JSONReporter()
        }
    }
}
