/// Bounds on what a document may cost before it is refused.
///
/// libxml2's own limits (element depth 256, text nodes of 10,000,000 bytes,
/// entity amplification) always stay on; this adds a ceiling on the file size,
/// checked before anything is parsed.
public struct XMLLimits: Sendable, Hashable {
    /// Largest accepted document, in bytes.
    public var maxBytes: Int

    /// 16 MiB: about a hundred thousand sales lines, far beyond any real dossier,
    /// and a parsed tree that stays well under 1 GiB.
    public static let defaultMaxBytes = 16 * 1024 * 1024

    /// 40 MiB, the most a run may allow: a parsed dossier costs up to about eighteen
    /// times its size in memory (a 100 MB dossier of a million sales lines peaks near
    /// 1.8 GiB, as it does in xmllint), so this keeps an audit under 1 GiB.
    public static let ceilingBytes = 40 * 1024 * 1024

    public init(maxBytes: Int = XMLLimits.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }
}
