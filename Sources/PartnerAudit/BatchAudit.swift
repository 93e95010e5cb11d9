import Audit
import Diagnostics
import DossierModel
import DossierXML

#if canImport(Glibc)
    // `stat` may be found through CoreFoundation's module once Foundation is loaded.
    import CoreFoundation
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Audits many dossiers in parallel with one shared session, handing the reports
/// over in the order of the files. Each task audits a short run of consecutive files,
/// one after the other, so that handing out work costs little next to the work. At
/// most `jobs` runs are in work and at most a few more reports wait for their turn, so
/// memory does not grow with the batch; and the dossiers in work together are no
/// larger than the largest one accepted (`--max-size`), so two huge dossiers are never
/// parsed at once.
public struct BatchAudit: Sendable {
    public let session: AuditSession
    public let asOf: CalendarDate
    /// How many dossiers are audited at once.
    public let jobs: Int
    /// The most files one task audits.
    static let longestRun = 8

    public init(session: AuditSession, asOf: CalendarDate, jobs: Int) {
        self.session = session
        self.asOf = asOf
        self.jobs = max(1, jobs)
    }

    /// Audits `files`, calling `receive` with each report and its entry in file order.
    /// The task that audits a dossier makes its entry with `entry`, so that this costly
    /// part of reporting runs in parallel too. A dossier whose partner id was already seen
    /// in the batch gets a warning naming the first file with that id, and its entry is made again.
    public func run<Entry: Sendable>(
        _ files: [String], entry: @escaping @Sendable (AuditReport) -> Entry, receive: (AuditReport, Entry) -> Void
    ) async -> BatchOutcome {
        await run(
            files, check: { [session, asOf] in (session.check(file: $0, asOf: asOf), ()) }, entry: entry,
            receive: { report, entry, _ in receive(report, entry) })
    }

    /// Audits `files` as `run(_:entry:receive:)` does, each with `check`, which also gives
    /// something else of the dossier (what the history records of it), handed to `receive` too.
    public func run<Entry: Sendable, Extra: Sendable>(
        _ files: [String], check: @escaping @Sendable (String) -> (AuditReport, Extra),
        entry: @escaping @Sendable (AuditReport) -> Entry, receive: (AuditReport, Entry, Extra) -> Void
    ) async -> BatchOutcome {
        var outcome = BatchOutcome()
        var firstFileByPartner: [String: String] = [:]
        // Short runs for a small batch, so that every job still gets some.
        let runLength = min(Self.longestRun, max(1, files.count / (jobs * 4)))
        let window = jobs * runLength * 2
        let budget = session.reader.limits.maxBytes
        await withTaskGroup(of: [Audited<Entry, Extra>].self) { group in
            var next = 0
            var emitted = 0
            var waiting: [Int: Audited<Entry, Extra>] = [:]
            // The largest dossier of each run in work, by the run's first file: a run parses one dossier at a time.
            var bytesInWork: [Int: Int] = [:]
            func submit() {
                while next < files.count, next - emitted < window, bytesInWork.count < jobs {
                    let inWork = bytesInWork.values.reduce(0, +)
                    var end = next
                    var largest = 0
                    while end < min(files.count, next + runLength, emitted + window) {
                        let bytes = Self.parsedSize(of: files[end], limit: budget)
                        guard bytesInWork.isEmpty && end == next || inWork + max(largest, bytes) <= budget else { break }
                        largest = max(largest, bytes)
                        end += 1
                    }
                    guard end > next else { return }
                    let run = next..<end
                    bytesInWork[next] = largest
                    group.addTask {
                        run.map { index in
                            let (report, extra) = check(files[index])
                            return Audited(index: index, report: report, entry: entry(report), extra: extra)
                        }
                    }
                    next = end
                }
            }
            submit()
            while let run = await group.next() {
                bytesInWork[run[0].index] = nil
                for audited in run { waiting[audited.index] = audited }
                while var ready = waiting.removeValue(forKey: emitted) {
                    if let id = ready.report.partner?.id {
                        if let first = firstFileByPartner[id] {
                            ready.report.warnings.append(
                                Diagnostic(
                                    .warning, "partner id \(id) is also used by \(first) in this batch",
                                    at: SourceLocation(file: ready.report.file, line: 1, column: 1)))
                            ready.entry = entry(ready.report)
                            outcome.duplicatePartnerIDs.insert(id)
                        } else {
                            firstFileByPartner[id] = ready.report.file
                        }
                    }
                    outcome.count(ready.report)
                    receive(ready.report, ready.entry, ready.extra)
                    emitted += 1
                }
                submit()
            }
        }
        return outcome
    }

    /// A dossier audited, with its place in the batch.
    private struct Audited<Entry: Sendable, Extra: Sendable>: Sendable {
        let index: Int
        var report: AuditReport
        var entry: Entry
        let extra: Extra
    }

    /// The bytes a file will be parsed from: its size, or 0 when it is refused unread
    /// for being larger than `limit` (or cannot be looked at).
    private static func parsedSize(of path: String, limit: Int) -> Int {
        var status = stat()
        guard stat(path, &status) == 0, Int(status.st_size) <= limit else { return 0 }
        return Int(status.st_size)
    }
}

/// What a batch came to, beyond the reports themselves.
public struct BatchOutcome: Sendable {
    public var audited = 0
    public var invalid = 0
    public var eligible = 0
    /// Partner ids found in more than one dossier.
    public var duplicatePartnerIDs: Set<String> = []

    mutating func count(_ report: AuditReport) {
        audited += 1
        if !report.valid { invalid += 1 }
        if report.eligible { eligible += 1 }
    }
}
