import Audit

/// Where one report stands, as every format sums it up.
enum Standing: String, Sendable, Hashable {
    /// Meets the tier applied for.
    case eligible
    /// Applied for a tier it does not meet.
    case notEligible = "not-eligible"
    /// No tier applied for: the report is a self-check, never a failure.
    case selfCheck = "self-check"
    /// Not readable or not valid: eligible for nothing.
    case invalid

    init(_ report: AuditReport) {
        if !report.valid {
            self = .invalid
        } else if report.appliedTier == nil {
            self = .selfCheck
        } else {
            self = report.eligible ? .eligible : .notEligible
        }
    }
}
