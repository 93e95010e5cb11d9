/// A benefit a programme offers.
public struct Benefit: Sendable, Hashable, Identifiable {
    public var id: String
    public var group: String
    public var label: LocalizedText

    public init(id: String, group: String, label: LocalizedText) {
        self.id = id
        self.group = group
        self.label = label
    }
}

/// A tier, resolved: its own and inherited requirements (parameters overridden
/// as the tier says) and benefits, both in programme order.
public struct Tier: Sendable, Hashable, Identifiable {
    public var id: String
    /// The tier it extends, if any.
    public var extends: String?
    public var label: LocalizedText
    public var requirements: [Requirement]
    public var benefits: [TierBenefit]

    public init(id: String, extends: String?, label: LocalizedText, requirements: [Requirement], benefits: [TierBenefit]) {
        self.id = id
        self.extends = extends
        self.label = label
        self.requirements = requirements
        self.benefits = benefits
    }

    /// A benefit as a tier gives it, with its value for this tier when it has one
    /// (`15%`, `priority`).
    public struct TierBenefit: Sendable, Hashable {
        public var benefit: Benefit
        public var value: LocalizedText?

        public init(benefit: Benefit, value: LocalizedText?) {
            self.benefit = benefit
            self.value = value
        }
    }
}
