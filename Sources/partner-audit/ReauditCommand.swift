import ArgumentParser
import AuditStore
import DossierModel
import PartnerAudit
import Reports

/// `partner-audit reaudit --as-of DATE`: every partner's latest recorded dossier judged again.
struct ReauditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reaudit",
        abstract: "Judge the latest recorded dossier of every partner again on another date, and show which tiers hold and which lapse.",
        discussion: """
            Dossiers are judged from the bytes the history keeps, with the attachment verdicts as recorded: \
            no file is opened. With --record, the new audits are recorded too.
            Exit status: 0 done, 2 the history cannot be opened or is damaged, 64 usage error.
            """
    )

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date to judge on, YYYY-MM-DD.", valueName: "date"))
    var asOf: CalendarDate

    @Flag(help: "Record the new audits in the history.")
    var record = false

    @OptionGroup var listing: HistoryListingOptions

    func run() async throws {
        let session = try listing.session()
        let reauditor = Reauditor(session: session)
        let context = try RecordingContext.commandLine(programFile: listing.programFile)
        let location = try listing.database.location()
        let entries = try await listing.database.withHistory { history in
            let recorder = record ? BatchRecorder(history: history) : nil
            var entries: [ReauditEntry] = []
            for recorded in try await history.latestRecords(matching: PartnerFilter()) {
                guard let bytes = try await history.dossierBytes(sha256: recorded.dossierSHA256) else {
                    throw HistoryError.damaged(
                        location.description, reason: "record \(recorded.id ?? 0) names dossier bytes it does not hold")
                }
                let audit = reauditor.audit(recorded, bytes: bytes, asOf: asOf)
                guard let recording = context.recording(of: audit) else { continue }
                entries.append(
                    ReauditEntry(
                        recorded: recorded, report: audit.report,
                        changes: ChangeKind.between(recorded, recording.record, tierOrder: session.tierIDs)))
                recorder?.add(PreparedRecording(recording))
            }
            if let tally = try await recorder?.finish() {
                Terminal.standardError(RecordOptions.summary(tally, unreadable: 0, location: location))
            }
            return entries
        }
        print(listing.renderer(programme: session.programme).reaudit(entries, asOf: asOf), terminator: "")
    }
}
