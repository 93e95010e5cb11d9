import Foundation

/// Slows down guessing of passwords: failed sign-ins are counted per name and per client
/// address over a sliding window; once one of them has `allowed` failures within the
/// window, every further sign-in for that name or from that address is refused for a
/// pause, without its password being checked, and each failure after a pause doubles the
/// next pause, up to `longestPause`. Failures older than the window are forgotten, and a
/// successful sign-in forgets the name's failures (not the address's).
///
/// Kept in memory, per server: each instance sharing a store counts on its own.
actor LoginThrottle {
    /// The numbers of the slow-down.
    struct Policy: Sendable {
        /// Failures allowed within `window` before the first pause.
        var allowed = 5
        var window: TimeInterval = 15 * 60
        var firstPause: TimeInterval = 60
        var longestPause: TimeInterval = 15 * 60
        /// Names and addresses remembered at most; past that, the ones whose last failure is oldest are forgotten.
        var remembered = 10_000
    }

    /// What is counted against one name or one address.
    private struct Tally {
        var failures: [Date] = []
        var pausedUntil: Date?
    }

    let policy: Policy
    private var tallies: [String: Tally] = [:]

    init(policy: Policy = Policy()) {
        self.policy = policy
    }

    /// The keys a sign-in is counted under: its name (case folded) and its client's address.
    static func keys(name: String, address: String) -> [String] {
        ["name:" + name.lowercased(), "address:" + address]
    }

    /// How long the sign-in under `keys` must wait at `now`, in whole seconds; nil when it may go ahead.
    func pause(for keys: [String], at now: Date) -> Int? {
        let until = keys.compactMap { tallies[$0]?.pausedUntil }.filter { $0 > now }.max()
        return until.map { Int(($0.timeIntervalSince(now)).rounded(.up)) }
    }

    /// Counts a failed sign-in under `keys` at `now`, pausing the keys that reached the limit.
    func failed(_ keys: [String], at now: Date) {
        for key in keys {
            var tally = tallies[key] ?? Tally()
            tally.failures = tally.failures.filter { now.timeIntervalSince($0) < policy.window } + [now]
            let over = tally.failures.count - policy.allowed
            if over >= 0 {
                let pause = min(policy.firstPause * pow(2, Double(min(over, 30))), policy.longestPause)
                tally.pausedUntil = now.addingTimeInterval(pause)
            }
            tallies[key] = tally
        }
        forgetOld(at: now)
    }

    /// Forgets the failures counted under `key` (a name that signed in).
    func succeeded(_ key: String) {
        tallies[key] = nil
    }

    /// Drops what no longer counts, and the oldest tallies past `policy.remembered`.
    private func forgetOld(at now: Date) {
        guard tallies.count > policy.remembered else { return }
        tallies = tallies.filter { _, tally in
            (tally.pausedUntil.map { $0 > now } ?? false) || tally.failures.contains { now.timeIntervalSince($0) < policy.window }
        }
        let excess = tallies.count - policy.remembered
        guard excess > 0 else { return }
        let oldest = tallies.sorted { ($0.value.failures.last ?? .distantPast) < ($1.value.failures.last ?? .distantPast) }.prefix(excess)
        for (key, _) in oldest { tallies[key] = nil }
    }
}
