import ArgumentParser
import DossierModel
import PartnerAudit
import Programme
import Reports

/// The options every auditing command takes.
struct AuditOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Audit date, YYYY-MM-DD.", discussion: "Default: today (UTC)."))
    var asOf: CalendarDate?

    @Option(name: .customLong("program"), help: ArgumentHelp("Requirement schema to audit against.", valueName: "file"))
    var programFile: String?

    @Option(name: .customLong("lang"), help: "Language of labels and messages: en or ru.")
    var language: Language = .english

    @Flag(name: .customLong("skip-attachments"), help: "Judge metadata only; never open attached files.")
    var skipAttachments = false

    @OptionGroup var limits: LimitOptions

    /// The audit date.
    var date: CalendarDate { asOf ?? .todayUTC }

    func session() throws -> AuditSession {
        try AuditSession.make(
            programFile: programFile, language: language, checkAttachments: !skipAttachments,
            limits: limits.xmlLimits)
    }
}

extension Language: ExpressibleByArgument {}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
