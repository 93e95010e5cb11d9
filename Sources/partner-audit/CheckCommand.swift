import ArgumentParser
import AttachmentSources
import Audit
import AuditStore
import PartnerAudit
import Reports

/// `partner-audit check`: one dossier, its qualified tier and what is missing.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Audit one dossier: the tier it qualifies for and what is missing for the tier applied for.",
        discussion: """
            With --bundle, the file is a ZIP archive holding the dossier (its one *.xml at the top level) and its \
            attachments at the paths it uses, read in memory as an upload is: nothing of it is written to disk.
            Exit status: 0 eligible (or no tier applied for), 1 not eligible, 2 dossier unreadable or invalid, \
            bundle refused, or the history cannot be opened or written (with --record), 64 usage error.
            """
    )

    @Argument(help: "The dossier file (with --bundle, the ZIP bundle).")
    var dossier: String

    @Flag(help: "The file is a ZIP bundle of the dossier and its attachments.")
    var bundle = false

    @Option(help: "Tier to judge, instead of the dossier's applies-for.")
    var tier: String?

    @Option(help: "Output format: \(ReportFormat.allValueStrings.joined(separator: ", ")).")
    var format: ReportFormat = .text

    @OptionGroup var options: AuditOptions

    @OptionGroup var recording: RecordOptions

    func validate() throws {
        if bundle && recording.record { throw ValidationError("--record does not take --bundle yet: record the dossier unpacked") }
    }

    func run() async throws {
        let session = try options.session()
        if let tier, !session.tierIDs.contains(tier) {
            throw ValidationError(
                "--tier \(tier): programme \"\(session.programmeID)\" has no such tier (its tiers: \(session.tierIDs.joined(separator: ", ")))"
            )
        }
        let report: AuditReport
        if recording.record {
            let context = try RecordingContext.commandLine(programFile: options.programFile)
            let location = try recording.database.location()
            report = try await recording.database.withHistory { history in
                let audit = session.checkForHistory(file: dossier, asOf: options.date, tier: tier)
                print(format.reporter().render(audit.report), terminator: "")
                guard let recordingOfAudit = context.recording(of: audit) else {
                    Terminal.standardError("not recorded: \(dossier) could not be read")
                    return audit.report
                }
                switch try await history.record([recordingOfAudit])[0] {
                case .recorded(let id):
                    Terminal.standardError("recorded as record \(id) in \(location)")
                case .alreadyRecorded(let id):
                    Terminal.standardError(
                        "already recorded as record \(id) in \(location) (same dossier, programme and date): the first record is kept")
                }
                return audit.report
            }
        } else if bundle {
            switch session.check(bundleFile: dossier, asOf: options.date, tier: tier) {
            case .success(let bundled): report = bundled
            case .failure(let refusal):
                Terminal.standardError("\(dossier): \(refusal)")
                throw ExitCode(2)
            }
            print(format.reporter().render(report), terminator: "")
        } else {
            report = session.check(file: dossier, asOf: options.date, tier: tier)
            print(format.reporter().render(report), terminator: "")
        }
        if !report.valid { throw ExitCode(2) }
        if report.appliedTier != nil, !report.eligible { throw ExitCode(1) }
    }
}
