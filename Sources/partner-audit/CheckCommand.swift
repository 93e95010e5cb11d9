import ArgumentParser
import AttachmentSources
import Audit
import PartnerAudit
import Reports

/// `partner-audit check`: one dossier, its qualified tier and what is missing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Audit one dossier: the tier it qualifies for and what is missing for the tier applied for.",
        discussion: """
            With --bundle, the file is a ZIP archive holding the dossier (its one *.xml at the top level) and its \
            attachments at the paths it uses, read in memory as an upload is: nothing of it is written to disk.
            Exit status: 0 eligible (or no tier applied for), 1 not eligible, 2 dossier unreadable or invalid, \
            or bundle refused, 64 usage error.
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

    func run() throws {
        let session = try options.session()
        if let tier, !session.tierIDs.contains(tier) {
            throw ValidationError(
                "--tier \(tier): programme \"\(session.programmeID)\" has no such tier (its tiers: \(session.tierIDs.joined(separator: ", ")))")
        }
        let report: AuditReport
        if bundle {
            switch session.check(bundleFile: dossier, asOf: options.date, tier: tier) {
            case .success(let bundled): report = bundled
            case .failure(let refusal):
                Terminal.standardError("\(dossier): \(refusal)")
                throw ExitCode(2)
            }
        } else {
            report = session.check(file: dossier, asOf: options.date, tier: tier)
        }
        print(format.reporter().render(report), terminator: "")
        if !report.valid { throw ExitCode(2) }
        if report.appliedTier != nil, !report.eligible { throw ExitCode(1) }
    }
}
