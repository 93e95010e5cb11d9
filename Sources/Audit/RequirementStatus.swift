/// The outcome of one requirement on the audit date, in the words of the programme rules.
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

/// How close a candidate's status is to being met, for one requirement kind,
/// closest first (the rules' "Settled points", 1). `tampered` is always the
/// closest: the element would have met the requirement but for its file.
struct Closeness {
    let order: [RequirementStatus]

    static let contract = Closeness(order: [.met, .tampered, .notYetValid, .expired, .unsigned, .missing])
    static let certificate = Closeness(order: [.met, .tampered, .notYetValid, .expired, .missing])
    static let websiteAd = Closeness(order: [.met, .tampered, .stale, .notVisible, .mismatch, .missing])

    /// The status of the candidate closest to being met.
    func best(_ statuses: [RequirementStatus]) -> RequirementStatus? {
        statuses.min { rank($0) < rank($1) }
    }

    /// The check farthest from met among those one candidate fails.
    func farthest(_ statuses: [RequirementStatus]) -> RequirementStatus? {
        statuses.max { rank($0) < rank($1) }
    }

    private func rank(_ status: RequirementStatus) -> Int {
        order.firstIndex(of: status) ?? order.count
    }
}
