/// Reads and validates many dossiers in parallel with one shared reader, handing the
/// readings over in the order of the files: `validate`'s batch, as `BatchAudit` is
/// `audit`'s. Each task reads a short run of consecutive files; at most `jobs` runs are
/// in work and a few more readings wait for their turn, so memory stays flat.
public struct BatchValidation: Sendable {
    public let reader: DossierReader
    /// How many dossiers are read at once.
    public let jobs: Int

    public init(reader: DossierReader, jobs: Int) {
        self.reader = reader
        self.jobs = max(1, jobs)
    }

    /// Reads `files`, calling `receive` with each reading in file order.
    public func run(_ files: [String], receive: (DossierReading) -> Void) async {
        let runLength = min(BatchAudit.longestRun, max(1, files.count / (jobs * 4)))
        let window = jobs * runLength * 2
        await withTaskGroup(of: (first: Int, readings: [DossierReading]).self) { group in
            var next = 0
            var emitted = 0
            var inWork = 0
            var waiting: [Int: [DossierReading]] = [:]
            func submit() {
                while next < files.count, inWork < jobs, next - emitted < window {
                    let run = next..<min(files.count, next + runLength)
                    group.addTask { [reader] in (run.lowerBound, run.map { reader.read(file: files[$0]) }) }
                    inWork += 1
                    next = run.upperBound
                }
            }
            submit()
            while let done = await group.next() {
                inWork -= 1
                waiting[done.first] = done.readings
                while let ready = waiting.removeValue(forKey: emitted) {
                    ready.forEach(receive)
                    emitted += ready.count
                }
                submit()
            }
        }
    }
}
