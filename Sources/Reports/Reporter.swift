import Audit

/// Turns audit reports into one output format. One implementation per format,
/// used by `check` (one report) and `audit` (a batch, written piece by piece so
/// that a batch of any size is never held in memory).
public protocol Reporter: Sendable {
    /// The `--format` value that selects this reporter, e.g. `json`.
    static var identifier: String { get }
    /// A reporter presenting reports with `options` (formats that have no such choices ignore them).
    init(options: ReportOptions)
    /// The report on one dossier.
    func render(_ report: AuditReport) -> String
    /// A writer for the summary of a batch.
    func batchWriter() -> any BatchWriter
}

/// Writes a batch summary as the reports arrive, in order. The costly part, a
/// dossier's entry, depends on that dossier alone, so it can be made where the
/// dossier is audited, in parallel; `add` puts the entries in their place in file
/// order and keeps what depends on the rest of the batch (separators, positions, totals).
/// (Sendable so that other tasks may use its type to make entries.)
public protocol BatchWriter: Sendable {
    /// One dossier's part of the summary before it is put in its place.
    associatedtype Entry: Sendable
    /// The entry for `report`. It never depends on the batch, so any task may make it, in any order.
    static func entry(for report: AuditReport) -> Entry
    /// What comes before the first dossier.
    mutating func begin() -> String
    /// The part for one more dossier: `entry`, made from `report`, in its place.
    mutating func add(_ report: AuditReport, entry: Entry) -> String
    /// What comes after the last one (totals, closing brackets).
    mutating func end() -> String
}

extension BatchWriter {
    /// The part for one more dossier, its entry made here.
    public mutating func add(_ report: AuditReport) -> String {
        add(report, entry: Self.entry(for: report))
    }
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
