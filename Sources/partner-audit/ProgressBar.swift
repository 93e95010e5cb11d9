import Foundation

/// A progress bar on standard error while a batch runs: only on a terminal, and
/// never under `NO_COLOR`, `CI` or `TERM=dumb`.
final class ProgressBar {
    private let total: Int
    private let enabled: Bool
    private let started = Date()
    private var done = 0
    private var lastDrawn = Date.distantPast

    init(total: Int) {
        let environment = ProcessInfo.processInfo.environment
        self.total = total
        enabled =
            isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["CI"] == nil
            && environment["TERM"] != "dumb" && total > 0
    }

    func advance() {
        done += 1
        guard enabled, done == total || Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = Date()
        let width = 30
        let filled = width * done / total
        let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)  \(Int(rate)) dossiers/s ".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
