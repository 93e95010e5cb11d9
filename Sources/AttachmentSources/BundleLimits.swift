/// How much a ZIP bundle may hold; every limit is checked on the archive's central
/// directory before anything is expanded, and again while expanding.
public struct BundleLimits: Sendable, Hashable {
    /// The most entries (files and folders) a bundle may hold.
    public var maxEntries: Int
    /// The most bytes all its entries may expand to, together.
    public var maxUncompressedBytes: Int
    /// The most times an entry may expand its compressed size.
    public var maxRatio: Int

    /// 1,000 entries, 64 MiB uncompressed in all, and 100 times its compressed size for an entry.
    public init(maxEntries: Int = 1_000, maxUncompressedBytes: Int = 64 << 20, maxRatio: Int = 100) {
        self.maxEntries = maxEntries
        self.maxUncompressedBytes = maxUncompressedBytes
        self.maxRatio = maxRatio
    }
}
