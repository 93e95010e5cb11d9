import ArgumentParser

/// The `partner-audit` command line.
@main
struct PartnerAuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner-audit",
        abstract: "Audit partner dossiers against a vendor's tiered partner programme.",
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, AuditCommand.self, ValidateCommand.self, ProgramCommand.self, SampleCommand.self, ServeCommand.self,
        ]
    )
}
