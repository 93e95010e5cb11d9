/// How much a ZIP bundle may hold; every limit is checked on the archive's central
/// directory before anything is expanded, and again while expanding.
public struct BundleLimits: Sendable, Hashable {
    /// The largest archive read, in bytes (the web service's request body limit).
    public var maxArchiveBytes: Int
    /// The most entries (files and folders) a bundle may hold.
    public var maxEntries: Int
    /// The most bytes all its entries may expand to, together.
    public var maxUncompressedBytes: Int
    /// The most times an entry may expand its compressed size.
    public var maxRatio: Int

    /// An archive of 64 MiB at most, holding 1,000 entries, 64 MiB uncompressed in all, and
    /// none expanding more than 100 times its compressed size.
    public init(maxArchiveBytes: Int = 64 << 20, maxEntries: Int = 1_000, maxUncompressedBytes: Int = 64 << 20, maxRatio: Int = 100) {
        self.maxArchiveBytes = maxArchiveBytes
        self.maxEntries = maxEntries
        self.maxUncompressedBytes = maxUncompressedBytes
        self.maxRatio = maxRatio
    }
}
