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
        guard let kind = KindDescriptor.named(element.name) else {
            problem("<\(element.name)> is not a requirement kind", at: element.location)
            return nil
        }
        let id = attribute(element, "id")
        let owner = "requirement \(id)"
        let fixes = element.children(named: "fix")
        checkPlaceholders(fixes, available: kind.alwaysAvailable, "fix", of: owner)
        let label = localized(element.children(named: "label"), "label", of: owner, in: element)
        let fix = localized(fixes, "fix", of: owner, in: element)
        let gaps = gaps(element, kind, of: owner)
        let messages = messages(element, kind, of: owner)
        guard let resolved = requirementKind(element, kind) else { return nil }
        let requirement = Requirement(
            id: id, group: group, kind: resolved, label: label, fix: fix, gaps: gaps, messages: messages)
        definitions[id] = requirement
        return requirement
    }

    /// One message per status of the kind, in every language, using only the placeholders of its status.
    private mutating func messages(
        _ element: XMLTree.Element, _ kind: KindDescriptor, of owner: String
    ) -> [String: LocalizedText] {
        let all = element.children(named: "message")
        var messages: [String: LocalizedText] = [:]
        for status in kind.statuses {
            let texts = all.filter { $0.attribute("status") == status.rawValue }
            guard !texts.isEmpty else {
                problem(
                    "\(owner): no message for status \(status.rawValue) (a \(kind.element) requirement needs one for each of"
                        + " \(kind.statuses.map(\.rawValue).joined(separator: ", ")))",
                    at: element.location)
                continue
            }
            let what = "message for status \(status.rawValue)"
            checkPlaceholders(texts, available: kind.available(for: status), what, of: owner)
            messages[status.rawValue] = localized(texts, what, of: owner, in: element)
        }
        return messages
    }

    /// The default gap (key nil) and the gaps of particular statuses. Every status needs
    /// a gap, its own or the default; a gap may use only placeholders available for
    /// every status it is shown for.
    private mutating func gaps(
        _ element: XMLTree.Element, _ kind: KindDescriptor, of owner: String
    ) -> [String?: LocalizedText] {
        let all = element.children(named: "gap")
        var gaps: [String?: LocalizedText] = [:]
        for status in kind.statuses {
            let texts = all.filter { $0.attribute("status") == status.rawValue }
            guard !texts.isEmpty else { continue }
            let what = "gap for status \(status.rawValue)"
            checkPlaceholders(texts, available: kind.available(for: status), what, of: owner)
            gaps[status.rawValue] = localized(texts, what, of: owner, in: element)
        }
        let defaults = all.filter { $0.attribute("status") == nil }
        let uncovered = kind.statuses.filter { gaps[$0.rawValue] == nil }
        if defaults.isEmpty {
            if !uncovered.isEmpty {
                let statuses = uncovered.map(\.rawValue).joined(separator: ", ")
                problem("\(owner): no gap for status \(statuses), and no default gap", at: element.location)
            }
        } else {
            // Shown for every status without a gap of its own (for none: only what is always available).
            var available = uncovered.isEmpty ? kind.alwaysAvailable : kind.available(for: uncovered[0])
            for status in uncovered { available.formIntersection(kind.available(for: status)) }
            let shownFor = uncovered.isEmpty ? "" : " (shown for \(uncovered.map(\.rawValue).joined(separator: ", ")))"
            checkPlaceholders(defaults, available: available, "default gap\(shownFor)", of: owner)
            gaps[nil] = localized(defaults, "default gap", of: owner, in: element)
        }
        return gaps
    }
}
