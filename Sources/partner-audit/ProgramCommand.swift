import ArgumentParser
import PartnerAudit
import Programme
import Reports

/// `partner-audit program`: the programme's tiers, requirements, thresholds and benefits.
struct ProgramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "program",
        abstract: "Show the programme: tiers side by side, requirements with their thresholds, and benefits."
    )

    @Option(name: .customLong("program"), help: ArgumentHelp("Requirement schema to show.", valueName: "file"))
    var programFile: String?

    @Option(name: .customLong("lang"), help: "Language of labels: en or ru.")
    var language: Language = .english

    @Option(help: "Output format: \(ProgrammeRenderer.Format.allValueStrings.joined(separator: ", ")).")
    var format: ProgrammeRenderer.Format = .text

    func run() throws {
        let session = try AuditSession.make(programFile: programFile, language: language)
        print(ProgrammeRenderer(programme: session.programme, language: language).render(format), terminator: "")
    }
}

extension ProgrammeRenderer.Format: ExpressibleByArgument {}
