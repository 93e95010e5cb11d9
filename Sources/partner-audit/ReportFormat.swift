import ArgumentParser
import Reports

/// A `--format` value: the identifier of a reporter of the registry.
struct ReportFormat: ExpressibleByArgument {
    let identifier: String

    init?(argument: String) {
        guard ReporterRegistry.identifiers.contains(argument) else { return nil }
        identifier = argument
    }

    static let text = ReportFormat(argument: TextReporter.identifier)!

    static var allValueStrings: [String] { ReporterRegistry.identifiers }

    var defaultValueDescription: String { identifier }

    /// The reporter of this format, colouring text when the terminal wants it.
    func reporter(options: ReportOptions = ReportOptions(colour: Terminal.wantsColour)) -> any Reporter {
        ReporterRegistry.reporter(identifier, options: options)!
    }
}
