import Programme

/// How close a candidate's status is to being met, for one requirement kind,
/// closest first (the rules' "Settled points", 1). `tampered` is always the
/// closest: the element would have met the requirement but for its file.
struct Closeness {
    let order: [RequirementStatus]

    /// The first of `candidates` whose status is closest to being met, with that status;
    /// nil when there are none. `met` is called with each candidate that is met.
    func closest<Candidate>(
        _ candidates: some Sequence<Candidate>, status: (Candidate) -> RequirementStatus, met: (Candidate) -> Void = { _ in }
    ) -> (candidate: Candidate, status: RequirementStatus)? {
        var closest: (candidate: Candidate, status: RequirementStatus)?
        for candidate in candidates {
            let own = status(candidate)
            if own == .met { met(candidate) }
            if closest.map({ rank(own) < rank($0.status) }) ?? true { closest = (candidate, own) }
        }
        return closest
    }

    /// The farther from being met of two statuses (the first when they are as far).
    func farther(_ status: RequirementStatus, _ other: RequirementStatus) -> RequirementStatus {
        rank(other) > rank(status) ? other : status
    }

    private func rank(_ status: RequirementStatus) -> Int {
        order.firstIndex(of: status) ?? order.count
    }
}
