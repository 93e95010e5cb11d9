/// One requirement: a stable id, what it checks, and its texts.
public struct Requirement: Sendable, Hashable, Identifiable {
    /// Stable id, e.g. `sales.annual-retail-volume`.
    public var id: String
    /// The id of the group it is listed under.
    public var group: String
    /// What is checked, with parameters (as resolved for a tier when reached through `Tier`).
    public var kind: RequirementKind
    public var label: LocalizedText
    /// What to submit to meet it; may use the placeholder `{asOf}` and the kind's parameters.
    public var fix: LocalizedText
    /// The next tier's gap in plain words, by status as the file writes it; the `nil` key is the default.
    public var gaps: [String?: LocalizedText]
    /// One message template per status the kind can produce, by status as the file writes it.
    public var messages: [String: LocalizedText]

    public init(
        id: String, group: String, kind: RequirementKind, label: LocalizedText, fix: LocalizedText,
        gaps: [String?: LocalizedText], messages: [String: LocalizedText]
    ) {
        self.id = id
        self.group = group
        self.kind = kind
        self.label = label
        self.fix = fix
        self.gaps = gaps
        self.messages = messages
    }

    /// The gap text for a status: its own, or the default.
    public func gap(for status: String) -> LocalizedText? {
        gaps[status] ?? gaps[nil]
    }

    /// The gap text for a status: its own, or the default.
    public func gap(for status: RequirementStatus) -> LocalizedText? {
        gap(for: status.rawValue)
    }

    /// The message template for a status; nil for a status the kind does not report.
    public func message(for status: RequirementStatus) -> LocalizedText? {
        messages[status.rawValue]
    }
}
