import DossierXML

extension ProgrammeDecoder {
    /// A requirement group and the requirement definitions in it, each recorded in `definitions`.
    mutating func requirementGroup(_ element: XMLTree.Element) -> Programme.Group<Requirement> {
        let id = attribute(element, "id")
        let label = localized(element.children(named: "label"), "label", of: "requirement group \(id)", in: element)
        let items = element.children.filter { $0.name != "label" }.compactMap { requirement($0, group: id) }
        return Programme.Group(id: id, label: label, items: items)
    }

    private mutating func requirement(_ element: XMLTree.Element, group: String) -> Requirement? {
        guard let kindElement = RequirementElement(rawValue: element.name) else {
            problem("<\(element.name)> is not a requirement kind", at: element.location)
            return nil
        }
        let id = attribute(element, "id")
        let owner = "requirement \(id)"
        let fixes = element.children(named: "fix")
        checkPlaceholders(fixes, available: kindElement.alwaysAvailable, "fix", of: owner)
        let label = localized(element.children(named: "label"), "label", of: owner, in: element)
        let fix = localized(fixes, "fix", of: owner, in: element)
        let gaps = gaps(element, kindElement, of: owner)
        let messages = messages(element, kindElement, of: owner)
        guard let kind = kind(element, kindElement) else { return nil }
        let requirement = Requirement(
            id: id, group: group, kind: kind, label: label, fix: fix, gaps: gaps, messages: messages)
        definitions[id] = (requirement, kindElement)
        return requirement
    }

    /// One message per status of the kind, in every language, using only the placeholders of its status.
    private mutating func messages(
        _ element: XMLTree.Element, _ kind: RequirementElement, of owner: String
    ) -> [String: LocalizedText] {
        let all = element.children(named: "message")
        var messages: [String: LocalizedText] = [:]
        for status in kind.statuses {
            let texts = all.filter { $0.attribute("status") == status }
            guard !texts.isEmpty else {
                problem(
                    "\(owner): no message for status \(status) (a \(kind.rawValue) requirement needs one for each of"
                        + " \(kind.statuses.joined(separator: ", ")))",
                    at: element.location)
                continue
            }
            checkPlaceholders(texts, available: kind.available(for: status), "message for status \(status)", of: owner)
            messages[status] = localized(texts, "message for status \(status)", of: owner, in: element)
        }
        return messages
    }

    /// The default gap (key nil) and the gaps of particular statuses. Every status needs
    /// a gap, its own or the default; a gap may use only placeholders available for
    /// every status it is shown for.
    private mutating func gaps(
        _ element: XMLTree.Element, _ kind: RequirementElement, of owner: String
    ) -> [String?: LocalizedText] {
        let all = element.children(named: "gap")
        var gaps: [String?: LocalizedText] = [:]
        for status in kind.statuses {
            let texts = all.filter { $0.attribute("status") == status }
            guard !texts.isEmpty else { continue }
            checkPlaceholders(texts, available: kind.available(for: status), "gap for status \(status)", of: owner)
            gaps[status] = localized(texts, "gap for status \(status)", of: owner, in: element)
        }
        let defaults = all.filter { $0.attribute("status") == nil }
        let uncovered = kind.statuses.filter { gaps[$0] == nil }
        if defaults.isEmpty {
            if !uncovered.isEmpty {
                problem("\(owner): no gap for status \(uncovered.joined(separator: ", ")), and no default gap", at: element.location)
            }
        } else {
            // Shown for every status without a gap of its own (for none: only what is always available).
            var available = uncovered.isEmpty ? kind.alwaysAvailable : kind.available(for: uncovered[0])
            for status in uncovered { available.formIntersection(kind.available(for: status)) }
            let shownFor = uncovered.isEmpty ? "" : " (shown for \(uncovered.joined(separator: ", ")))"
            checkPlaceholders(defaults, available: available, "default gap\(shownFor)", of: owner)
            gaps[nil] = localized(defaults, "default gap", of: owner, in: element)
        }
        return gaps
    }
}
