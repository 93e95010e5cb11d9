/// A staff certificate.
public struct Certificate: Sendable, Hashable {
    public var id: String?
    /// `technical` or `sales`.
    public var kind: String
    public var holder: String
    public var issued: CalendarDate
    /// Inclusive.
    public var expires: CalendarDate
    public var document: Attachment?
    public var line: Int
}
