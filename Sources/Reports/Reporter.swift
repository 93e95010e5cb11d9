import Audit

/// Turns audit reports into one output format. One implementation per format,
/// used by `check` (one report) and `audit` (a batch).
public protocol Reporter: Sendable {
    /// The `--format` value that selects this reporter, e.g. `json`.
    static var identifier: String { get }
    /// The report on one dossier.
    func render(_ report: AuditReport) -> String
    /// The summary of a batch, in the order given.
    func render(batch reports: [AuditReport]) -> String
}

/// How reports are presented, whatever the format.
public struct ReportOptions: Sendable {
    /// ANSI colours (text only; off when not a terminal or under `NO_COLOR`).
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }
}
