/// The outcome of one requirement on the audit date, in the words of the programme rules
/// (the raw values are the `status` attributes of programme texts and of reports).
public enum RequirementStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case met
    case missing
    case unsigned
    case notYetValid = "not-yet-valid"
    case expired
    case mismatch
    case notVisible = "not-visible"
    case stale
    case insufficient
    case unverifiable
    case tampered
}
