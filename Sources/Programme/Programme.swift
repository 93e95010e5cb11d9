/// A vendor's partner programme: ordered tiers, the requirements each sets and the
/// benefits each gives, with every label and message in each of its languages.
public struct Programme: Sendable, Hashable {
    public var id: String
    /// Language codes every text is given in, e.g. `["en", "ru"]`.
    public var languages: [String]
    public var label: LocalizedText
    public var description: LocalizedText?
    /// Headings of the requirement, benefit and tier sections.
    public var headings: Headings
    /// Requirement groups in programme order, each with its requirement definitions
    /// (parameters as defined, before any tier overrides them).
    public var requirementGroups: [Group<Requirement>]
    public var benefitGroups: [Group<Benefit>]
    /// Tiers lowest first, each resolved: inherited requirements and benefits included,
    /// parameters overridden.
    public var tiers: [Tier]

    public init(
        id: String, languages: [String], label: LocalizedText, description: LocalizedText?, headings: Headings,
        requirementGroups: [Group<Requirement>], benefitGroups: [Group<Benefit>], tiers: [Tier]
    ) {
        self.id = id
        self.languages = languages
        self.label = label
        self.description = description
        self.headings = headings
        self.requirementGroups = requirementGroups
        self.benefitGroups = benefitGroups
        self.tiers = tiers
    }

    /// The tier with this id.
    public func tier(_ id: String) -> Tier? {
        tiers.first { $0.id == id }
    }

    /// The position of a tier, lowest 0.
    public func rank(of tierID: String) -> Int? {
        tiers.firstIndex { $0.id == tierID }
    }

    /// Every requirement definition, in programme order.
    public var requirements: [Requirement] { requirementGroups.flatMap(\.items) }

    /// Every benefit, in programme order.
    public var benefits: [Benefit] { benefitGroups.flatMap(\.items) }

    /// Section headings.
    public struct Headings: Sendable, Hashable {
        public var requirements: LocalizedText
        public var benefits: LocalizedText
        public var tiers: LocalizedText

        public init(requirements: LocalizedText, benefits: LocalizedText, tiers: LocalizedText) {
            self.requirements = requirements
            self.benefits = benefits
            self.tiers = tiers
        }
    }

    /// A labelled group of requirements or benefits.
    public struct Group<Item: Sendable & Hashable>: Sendable, Hashable {
        public var id: String
        public var label: LocalizedText
        public var items: [Item]

        public init(id: String, label: LocalizedText, items: [Item]) {
            self.id = id
            self.label = label
            self.items = items
        }
    }
}
