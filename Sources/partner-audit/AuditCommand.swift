import ArgumentParser
import Audit
import AuditStore
import DossierModel
import Foundation
import PartnerAudit
import Reports

/// `partner-audit audit`: every dossier under the given paths, in parallel, one summary.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit every *.xml dossier under the given files and folders, recursively, and summarise.",
        discussion: """
            Dossiers are audited in parallel; results come in path order. A dossier that cannot be read \
            or is invalid gets its entry with its errors and never stops the batch.
            With --record, every dossier audited is recorded in the history, committed \(BatchRecorder.defaultTransactionSize) \
            at a time (fewer when their dossiers pass \(BatchRecorder.defaultTransactionBytes >> 20) MiB): a batch stopped \
            half-way keeps what was committed, and running it again records the rest.
            Exit status: 0 every dossier audited, 2 some dossier unreadable or invalid, or the history cannot be \
            opened or written (with --record), 64 usage error.
            """
    )

    @Argument(help: "Dossier files and folders.")
    var paths: [String] = []

    @OptionGroup var pathList: PathListOption

    @Option(help: "Output format: \(ReportFormat.allValueStrings.joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: "Write the summary to this file instead of standard output.")
    var out: String?

    @Option(help: "How many dossiers to audit at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Audit only part K of N of the files (for job arrays).", valueName: "K/N"))
    var shard: Shard?

    @Option(
        name: .customLong("lapsing-within"),
        help: ArgumentHelp("List only dossiers whose tier lapses within this many days.", valueName: "days"))
    var lapsingWithin: Int?

    @OptionGroup var options: AuditOptions

    @OptionGroup var recording: RecordOptions

    func validate() throws {
        try pathList.requirePaths(paths)
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let lapsingWithin, lapsingWithin < 0 { throw ValidationError("--lapsing-within must not be negative") }
    }

    func run() async throws {
        let paths = try pathList.paths(after: paths)
        let session = try options.session()
        var files = DossierDiscovery.files(under: paths)
        if let shard { files = shard.select(files) }
        let sink = try OutputSink(path: out)
        let progress = ProgressBar(total: files.count)
        let reportOptions = ReportOptions(
            colour: Terminal.wantsColour, lapsingWithinDays: lapsingWithin ?? ReportOptions().lapsingWithinDays)
        let writer = format.reporter(options: reportOptions).batchWriter()
        let outcome: BatchOutcome
        if recording.record {
            let context = try RecordingContext.commandLine(programFile: options.programFile)
            let location = try recording.database.location()
            outcome = try await recording.database.withHistory { history in
                let recorder = BatchRecorder(history: history)
                var unreadable = 0
                let outcome = await audit(files, with: session, into: writer, sink: sink, progress: progress) { path in
                    let audit = session.checkForHistory(file: path, asOf: options.date)
                    return (audit.report, context.recording(of: audit).map(PreparedRecording.init))
                } record: { recording in
                    if let recording { recorder.add(recording) } else { unreadable += 1 }
                }
                let tally = try await recorder.finish()
                Terminal.standardError(RecordOptions.summary(tally, unreadable: unreadable, location: location))
                return outcome
            }
        } else {
            outcome = await audit(files, with: session, into: writer, sink: sink, progress: progress) { [asOf = options.date] path in
                (session.check(file: path, asOf: asOf), nil)
            } record: { _ in
            }
        }
        sink.close()
        progress.finish()
        if !outcome.duplicatePartnerIDs.isEmpty {
            Terminal.standardError(
                "warning: partner ids used by more than one dossier: \(outcome.duplicatePartnerIDs.sorted().joined(separator: ", "))")
        }
        Terminal.standardError(
            "\(outcome.audited) dossier\(outcome.audited == 1 ? "" : "s") audited, \(outcome.invalid) unreadable or invalid, \(outcome.eligible) eligible"
        )
        if outcome.invalid > 0 { throw ExitCode(2) }
    }

    /// Audits `files` and writes their summary; each dossier listed gets its entry
    /// from the task that audits it.
    private func audit<Writer: BatchWriter>(
        _ files: [String], with session: AuditSession, into writer: Writer, sink: OutputSink, progress: ProgressBar,
        check: @escaping @Sendable (String) -> (AuditReport, PreparedRecording?), record: (PreparedRecording?) -> Void
    ) async -> BatchOutcome {
        var writer = writer
        let lapseLimit = lapsingWithin.map { options.date.adding(days: $0) }
        sink.write(writer.begin())
        let outcome = await BatchAudit(session: session, asOf: options.date, jobs: jobs).run(files, check: check) {
            report -> Writer.Entry? in
            if let lapseLimit, !report.lapses(onOrBefore: lapseLimit) { return nil }
            return Writer.entry(for: report)
        } receive: { report, entry, recording in
            progress.advance()
            record(recording)
            if let entry { sink.write(writer.add(report, entry: entry)) }
        }
        sink.write(writer.end())
        return outcome
    }
}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
