import Audit
import DossierModel
import DossierXML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Audits many dossiers in parallel with one shared session, handing the reports
/// over in the order of the files. At most `jobs` dossiers are in work and at most
/// a few more reports wait for their turn, so memory does not grow with the batch;
/// and the dossiers in work together are no larger than the largest one accepted
/// (`--max-size`), so two huge dossiers are never parsed at once.
public struct BatchAudit: Sendable {
    public let session: AuditSession
    public let asOf: CalendarDate
    /// How many dossiers are audited at once.
    public let jobs: Int

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
        var outcome = BatchOutcome()
        var firstFileByPartner: [String: String] = [:]
        let window = jobs * 4
        await withTaskGroup(of: (Int, AuditReport, Entry).self) { group in
            var next = 0
            var emitted = 0
            var waiting: [Int: (report: AuditReport, entry: Entry)] = [:]
            var bytesInWork: [Int: Int] = [:]
            let budget = session.reader.limits.maxBytes
            func submit() {
                while next < files.count, next - emitted < window, bytesInWork.count < jobs {
                    let file = files[next]
                    let bytes = Self.parsedSize(of: file, limit: budget)
                    guard bytesInWork.isEmpty || bytesInWork.values.reduce(bytes, +) <= budget else { return }
                    let index = next
                    bytesInWork[index] = bytes
                    group.addTask { [session, asOf] in
                        let report = session.check(file: file, asOf: asOf)
                        return (index, report, entry(report))
                    }
                    next += 1
                }
            }
            submit()
            while let (index, report, made) = await group.next() {
                bytesInWork[index] = nil
                waiting[index] = (report, made)
                while var (ready, readyEntry) = waiting.removeValue(forKey: emitted) {
                    if let id = ready.partner?.id {
                        if let first = firstFileByPartner[id] {
                            ready.warnings.append(.fileError("partner id \(id) is also used by \(first) in this batch", file: ready.file))
                            readyEntry = entry(ready)
                            outcome.duplicatePartnerIDs.insert(id)
                        } else {
                            firstFileByPartner[id] = ready.file
                        }
                    }
                    outcome.count(ready)
                    receive(ready, readyEntry)
                    emitted += 1
                }
                submit()
            }
        }
        return outcome
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
