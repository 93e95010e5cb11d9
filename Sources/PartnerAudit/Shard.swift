/// One of N deterministic parts of a batch (`--shard K/N`): the files at sorted
/// positions K-1, K-1+N, K-1+2N, … . Each job of a job array audits its own part;
/// the parts cover every file exactly once, and the JSON summaries merge by
/// concatenating their `dossiers` arrays.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based.
    public let index: Int
    public let count: Int

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
            return nil
        }
        self.index = index
        self.count = count
    }

    /// This shard's files, from the whole sorted list.
    public func select(_ files: [String]) -> [String] {
        files.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }

    public var description: String { "\(index)/\(count)" }
}
