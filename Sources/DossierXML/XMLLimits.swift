/// Bounds on what a document may cost before it is refused.
///
/// libxml2's own limits (element depth 256, text nodes of 10,000,000 bytes,
/// entity amplification) always stay on; this adds a ceiling on the file size,
/// checked before anything is parsed.
public struct XMLLimits: Sendable, Hashable {
    /// Largest accepted document, in bytes.
    public var maxBytes: Int
    /// Largest document whose problems are located by line and column, through a tree
    /// built again for them; those of a larger one are located by line only.
    public var treeMaxBytes: Int

    /// 16 MiB: about a hundred thousand sales lines, far beyond any real dossier,
    /// and a parsed tree that stays well under 1 GiB.
    public static let defaultMaxBytes = 16 * 1024 * 1024

    /// 1 GiB, the most a run may allow. A dossier is read as a stream that keeps only
    /// what judging needs (a 100 MB dossier of a million sales lines is audited in well
    /// under 128 MiB); the file's size bounds libxml2's work and the time it takes.
    public static let ceilingBytes = 1024 * 1024 * 1024

    /// 40 MiB, the default `treeMaxBytes`: a tree costs up to about eighteen times its
    /// file's size in memory.
    public static let treeCeilingBytes = 40 * 1024 * 1024

    public init(maxBytes: Int = XMLLimits.defaultMaxBytes, treeMaxBytes: Int = XMLLimits.treeCeilingBytes) {
        self.maxBytes = maxBytes
        self.treeMaxBytes = treeMaxBytes
    }
}
