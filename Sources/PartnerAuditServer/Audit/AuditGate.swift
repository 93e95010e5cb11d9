import DequeModule

/// Bounds the work of checks: at most `inFlight` audits run at once, at most `queue`
/// more requests wait (their bodies arriving or their turn to come); past that a request
/// is refused at once, to be retried.
public actor AuditGate {
    public let inFlight: Int
    public let queue: Int
    /// Requests admitted and not yet answered: running, waiting, or still uploading.
    public private(set) var admitted = 0
    private var running = 0
    private var waiting: Deque<CheckedContinuation<Void, Never>> = []

    public init(inFlight: Int, queue: Int) {
        self.inFlight = max(1, inFlight)
        self.queue = max(0, queue)
    }

    /// Takes a place for one more request, or false when every place is taken.
    func admit() -> Bool {
        guard admitted < inFlight + queue else { return false }
        admitted += 1
        return true
    }

    /// Gives back the place `admit` took.
    func leave() {
        admitted -= 1
    }

    /// Waits for a free audit slot, in order of arrival.
    func start() async {
        if running < inFlight {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Frees the slot `start` took, handing it to the next in line.
    func finish() {
        if let next = waiting.popFirst() {
            next.resume()
        } else {
            running -= 1
        }
    }
}
