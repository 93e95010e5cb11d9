/// How a partner's standing moved from one record to a later one.
public enum ChangeKind: String, Sendable, Hashable, CaseIterable {
    case tierUp = "tier-up"
    case tierDown = "tier-down"
    case becameEligible = "became-eligible"
    case becameNotEligible = "became-not-eligible"
    /// The partner has no record before.
    case new

    /// What changed from `before` to `after`, in this order: the tier, then eligibility;
    /// `tierOrder` lists the programme's tiers lowest first (no tier ranks below them all,
    /// a tier the programme does not have ranks with no tier).
    public static func between(_ before: AuditRecord?, _ after: AuditRecord, tierOrder: [String]) -> [ChangeKind] {
        guard let before else { return [.new] }
        func rank(_ tier: String?) -> Int { tier.flatMap { tierOrder.firstIndex(of: $0) } ?? -1 }
        var kinds: [ChangeKind] = []
        let (old, new) = (rank(before.qualifiedTier), rank(after.qualifiedTier))
        if new > old { kinds.append(.tierUp) }
        if new < old { kinds.append(.tierDown) }
        if after.eligible && !before.eligible { kinds.append(.becameEligible) }
        if !after.eligible && before.eligible { kinds.append(.becameNotEligible) }
        return kinds
    }
}

/// One partner's change between two records: one per kind that applies.
public struct HistoryChange: Sendable, Hashable {
    public var before: AuditRecord?
    public var after: AuditRecord
    public var kind: ChangeKind

    /// The changes of every partner from its record in `before` (the latest before a period)
    /// to its record in `after` (the latest up to its end), by partner id, then kind.
    public static func changes(from before: [AuditRecord], to after: [AuditRecord], tierOrder: [String]) -> [HistoryChange] {
        let earlier = Dictionary(
            before.compactMap { record in record.partnerID.map { ($0, record) } }, uniquingKeysWith: { first, _ in first })
        return after.sorted { ($0.partnerID ?? "") < ($1.partnerID ?? "") }.flatMap { record -> [HistoryChange] in
            let previous = record.partnerID.flatMap { earlier[$0] }
            guard previous?.id != record.id else { return [] }
            return ChangeKind.between(previous, record, tierOrder: tierOrder).map {
                HistoryChange(before: previous, after: record, kind: $0)
            }
        }
    }
}
