/// A contract between the partner and the vendor.
public struct Contract: Sendable, Hashable {
    public var id: String
    /// `reseller-agreement`, `nda` or another type.
    public var type: String
    public var signing: Signing?
    /// The period of validity as written; nil means valid from the signing date, open-ended.
    public var validity: Validity?
    public var document: Attachment?
    public var line: Int

    /// Who signed a contract, and when.
    public struct Signing: Sendable, Hashable {
        public var date: CalendarDate
        public var signatories: [Signatory]
        public var line: Int
    }

    /// One person signing for one party.
    public struct Signatory: Sendable, Hashable {
        /// `partner` or `vendor`.
        public var party: String
        public var name: String
        public var title: String?
    }

    /// `valid/@from` and the optional, inclusive `valid/@until`.
    public struct Validity: Sendable, Hashable {
        public var from: CalendarDate
        public var until: CalendarDate?
    }
}
