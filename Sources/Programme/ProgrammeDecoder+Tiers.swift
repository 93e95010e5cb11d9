import DossierXML

/// A tier as written, before inheritance: its own requirements (with the parameters it
/// overrides) and its own benefits (with the values it gives, if any).
private struct TierDraft {
    let element: XMLTree.Element
    let id: String
    let extends: String?
    let label: LocalizedText
    var requires: [(requirement: Requirement, overrides: ParameterValues)] = []
    var grants: [(benefit: Benefit, value: LocalizedText?)] = []
}

extension ProgrammeDecoder {
    /// The tiers, lowest first, each resolved: what it inherits plus its own entries, in
    /// programme order, parameters and values from the nearest tier that sets them.
    /// Empty, with the problem recorded, when `extends` does not point to an earlier tier.
    mutating func tiers(_ elements: [XMLTree.Element], requirementOrder: [String], benefitOrder: [String]) -> [Tier] {
        let drafts = elements.map { draft($0) }
        guard inheritanceIsSound(drafts) else { return [] }
        var requirementsByTier: [String: [String: Requirement]] = [:]
        var benefitsByTier: [String: [String: Tier.TierBenefit]] = [:]
        return drafts.map { draft in
            var requirements = draft.extends.flatMap { requirementsByTier[$0] } ?? [:]
            for (definition, overrides) in draft.requires {
                var requirement = requirements[definition.id] ?? definition
                requirement.kind = requirement.kind.overridden(by: overrides)
                requirements[definition.id] = requirement
            }
            var given = draft.extends.flatMap { benefitsByTier[$0] } ?? [:]
            for (benefit, value) in draft.grants {
                given[benefit.id] = Tier.TierBenefit(benefit: benefit, value: value ?? given[benefit.id]?.value)
            }
            requirementsByTier[draft.id] = requirements
            benefitsByTier[draft.id] = given
            return Tier(
                id: draft.id, extends: draft.extends, label: draft.label,
                requirements: requirementOrder.compactMap { requirements[$0] },
                benefits: benefitOrder.compactMap { given[$0] })
        }
    }

    private mutating func draft(_ element: XMLTree.Element) -> TierDraft {
        let id = attribute(element, "id")
        let owner = "tier \(id)"
        var draft = TierDraft(
            element: element, id: id, extends: element.attribute("extends").map(Self.collapsed),
            label: localized(element.children(named: "label"), "label", of: owner, in: element))
        for require in element.children(named: "require") {
            let ref = attribute(require, "ref")
            guard let definition = definitions[ref] else {
                problem("\(owner) requires \(ref), which the programme does not define", at: require.location(ofAttribute: "ref"))
                continue
            }
            draft.requires.append((definition, overrides(require, of: definition.kind.descriptor, ref: ref)))
        }
        for grant in element.children(named: "benefit") {
            let ref = attribute(grant, "ref")
            guard let benefit = benefits[ref] else {
                problem("\(owner) gives \(ref), which the programme does not define", at: grant.location(ofAttribute: "ref"))
                continue
            }
            let values = grant.children(named: "value")
            draft.grants.append((benefit, values.isEmpty ? nil : localized(values, "value", of: "\(owner), benefit \(ref)", in: grant)))
        }
        return draft
    }

    /// Whether every `extends` names a tier listed earlier. A tier extending a later one
    /// is reported with the cycle it closes, when it closes one (once per cycle).
    private mutating func inheritanceIsSound(_ drafts: [TierDraft]) -> Bool {
        let rank = Dictionary(drafts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var reportedCycles: Set<Set<String>> = []
        var sound = true
        for (index, draft) in drafts.enumerated() {
            guard let parent = draft.extends else { continue }
            let location = draft.element.location(ofAttribute: "extends")
            guard let parentRank = rank[parent] else {
                problem("tier \(draft.id) extends \(parent), which is not a tier of the programme", at: location)
                sound = false
                continue
            }
            if parentRank < index { continue }
            sound = false
            var chain = [draft.id]
            var next: String? = parent
            while let current = next, !chain.contains(current) {
                chain.append(current)
                next = rank[current].flatMap { drafts[$0].extends }
            }
            if next == draft.id {
                guard reportedCycles.insert(Set(chain)).inserted else { continue }
                problem(
                    chain.count == 1
                        ? "tier \(draft.id) extends itself"
                        : "tier cycle: \((chain + [draft.id]).joined(separator: " → ")) (a tier may extend only a tier listed before it)",
                    at: location)
            } else {
                problem(
                    "tier \(draft.id) extends \(parent), which is listed after it (a tier may extend only a tier listed before it)",
                    at: location)
            }
        }
        return sound
    }
}
