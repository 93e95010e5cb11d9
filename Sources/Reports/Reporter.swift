import Audit

/// Turns audit reports into one output format. One implementation per format,
/// used by `check` (one report) and `audit` (a batch, written piece by piece so
/// that a batch of any size is never held in memory).
public protocol Reporter: Sendable {
    /// The `--format` value that selects this reporter, e.g. `json`.
    static var identifier: String { get }
    /// The report on one dossier.
    func render(_ report: AuditReport) -> String
    /// A writer for the summary of a batch.
    func batchWriter() -> any BatchWriter
}

/// Writes a batch summary as the reports arrive, in order.
public protocol BatchWriter {
    /// What comes before the first dossier.
    mutating func begin() -> String
    /// The part for one more dossier.
    mutating func add(_ report: AuditReport) -> String
    /// What comes after the last one (totals, closing brackets).
    mutating func end() -> String
}

extension Reporter {
    /// A whole batch at once: for tests and small batches.
    public func render(batch reports: [AuditReport]) -> String {
        var writer = batchWriter()
        return writer.begin() + reports.map { writer.add($0) }.joined() + writer.end()
    }
}

/// How reports are presented, whatever the format.
public struct ReportOptions: Sendable {
    /// ANSI colours (text only; off when not a terminal or under `NO_COLOR`).
    public var colour: Bool
    /// A batch summary lists the partners whose tier lapses at most this many days
    /// after the audit date (Markdown and HTML).
    public var lapsingWithinDays: Int

    public init(colour: Bool = false, lapsingWithinDays: Int = 30) {
        self.colour = colour
        self.lapsingWithinDays = lapsingWithinDays
    }
}
