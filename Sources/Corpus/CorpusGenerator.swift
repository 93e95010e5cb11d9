import DossierModel
import Foundation

/// Writes corpora of realistic, varied and schema-valid dossiers for batch tests
/// and benchmarks (`partner-audit sample`).
///
/// A corpus is a pure function of its seed and audit date: the same seed gives
/// byte-identical files, and dossier `n` is the same whatever the corpus size.
/// Every date is placed relative to `asOf`, so a corpus audited on that date
/// judges the same way in any year. Partner ids are unique within a seed (for up
/// to a million dossiers per id width). Attached files are named but never
/// written: an audit reports them as evidence not checked.
public struct CorpusGenerator: Sendable {
    /// The audit date the corpus is built around unless told otherwise.
    public static let defaultAsOf = CalendarDate(year: 2026, month: 11, day: 24)!

    public let seed: UInt64
    public let asOf: CalendarDate
    /// How many `region-NN` folders the dossiers are spread over.
    public let regions: Int

    public init(seed: UInt64, asOf: CalendarDate = CorpusGenerator.defaultAsOf, regions: Int = 8) {
        self.seed = seed
        self.asOf = asOf
        self.regions = max(1, regions)
    }

    // MARK: - Single dossiers

    /// Where dossier `index` of a corpus of `count` goes, relative to the corpus folder:
    /// `region-03/partner-00042.xml`.
    public func relativePath(of index: Int, count: Int) -> String {
        let width = max(5, String(max(count - 1, 0)).count)
        return "region-\(Self.pad(index % regions, 2))/partner-\(Self.pad(index, width)).xml"
    }

    /// The text of dossier `index`.
    public func dossier(_ index: Int) -> String {
        var text = ""
        SampleDossier(generator: self, index: index, hugeSales: nil).render { text += $0 }
        return text
    }

    /// The partner id of dossier `index`: `KP-` and six digits (more past a million
    /// dossiers), a permutation of the index so that ids look scattered yet never repeat.
    public func partnerID(of index: Int) -> String {
        var modulus = 1_000_000
        var width = 6
        while index >= modulus {
            modulus *= 10
            width += 1
        }
        // 737,281 ends in 1: coprime with every power of ten, so this is a bijection.
        var offsetSource = SplitMix64(seed: seed, stream: UInt64.max)
        let offset = Int(offsetSource.below(UInt64(modulus)))
        let number = (index.multipliedReportingOverflow(by: 737_281).partialValue % modulus + offset) % modulus
        return "KP-" + Self.pad(number, width)
    }

    // MARK: - Writing

    /// Writes dossiers `0..<count` under `directory` (created as needed) and returns
    /// their paths, in index order.
    @discardableResult
    public func write(count: Int, to directory: String) throws -> [String] {
        var paths: [String] = []
        paths.reserveCapacity(count)
        var folders = Set<String>()
        for index in 0..<count {
            let path = directory + "/" + relativePath(of: index, count: count)
            let folder = (path as NSString).deletingLastPathComponent
            if folders.insert(folder).inserted {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            try Data(dossier(index).utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        return paths
    }

    /// Writes one dossier with `sales` sales lines (a hundred bytes each) to `path`,
    /// streaming it, so that a 100 MB dossier never sits in memory. Its partner is
    /// dossier `index`'s, so its id is unique next to a corpus of `index` dossiers.
    public func writeHuge(sales: Int, index: Int, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var buffer = ""
        var failure: (any Error)?
        SampleDossier(generator: self, index: index, hugeSales: sales).render { piece in
            guard failure == nil else { return }
            buffer += piece
            if buffer.utf8.count >= 1 << 20 {
                do { try handle.write(contentsOf: Data(buffer.utf8)) } catch { failure = error }
                buffer = ""
            }
        }
        if let failure { throw failure }
        try handle.write(contentsOf: Data(buffer.utf8))
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
