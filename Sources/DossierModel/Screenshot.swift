/// A screenshot proving the vendor's ad on the partner's website.
public struct Screenshot: Sendable, Hashable {
    public var id: String?
    /// The absolute URL shown.
    public var page: String
    public var captured: Timestamp
    /// The image file (with `@sha256`), when attached.
    public var image: Attachment?
    public var mediaType: String?
    public var width: Int?
    public var height: Int?
    public var ads: [VendorAd]
    public var line: Int

    /// One vendor ad seen in a screenshot.
    public struct VendorAd: Sendable, Hashable {
        /// `logo`, `banner` or `text`.
        public var kind: String
        public var visible: Bool
        /// The absolute URL the ad points to.
        public var link: String
        public var line: Int
    }
}
