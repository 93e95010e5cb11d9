import ArgumentParser
import PartnerAudit

/// The `partner-audit` command line.
@main
struct PartnerAuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner-audit",
        abstract: "Audit partner dossiers against a vendor's tiered partner programme.",
        version: ToolVersion.current,
        subcommands: [
            CheckCommand.self, AuditCommand.self, ValidateCommand.self, ProgramCommand.self, SampleCommand.self, ServeCommand.self,
            HistoryCommand.self, PartnersCommand.self, ChangesCommand.self, ReauditCommand.self, DatabaseCommand.self, UserCommand.self,
        ]
    )
}
