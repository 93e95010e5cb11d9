import DossierXML

extension ProgrammeDecoder {
    /// One text in every programme language, read from the `elements` that give it
    /// (the `label`s of a tier, the messages of one status, …), whitespace collapsed.
    /// Records a problem for a language given twice, a language the programme does not
    /// declare, and a declared language missing. `what` and `owner` name the text in
    /// messages ("label", "tier certified"); a missing language is reported at the
    /// first element of the group, or at `parent` when there is none.
    mutating func localized(
        _ elements: [XMLTree.Element], _ what: String, of owner: String, in parent: XMLTree.Element
    ) -> LocalizedText {
        var byLanguage: [String: String] = [:]
        for element in elements {
            let language = attribute(element, "lang")
            if !languages.contains(language) {
                problem(
                    "\(owner): \(what) in \(language), which is not one of the programme's languages (\(languages.joined(separator: ", ")))",
                    at: element.location(ofAttribute: "lang"))
            } else if byLanguage[language] != nil {
                problem("\(owner): a second \(what) in \(language)", at: element.location)
            } else {
                byLanguage[language] = Self.collapsed(element.text)
            }
        }
        for language in languages where byLanguage[language] == nil {
            problem("\(owner): no \(what) in \(language)", at: elements.first?.location ?? parent.location)
        }
        return LocalizedText(byLanguage)
    }

    /// Records a problem for each text in `elements` using a placeholder outside `available`.
    mutating func checkPlaceholders(
        _ elements: [XMLTree.Element], available: Set<PlaceholderName>, _ what: String, of owner: String
    ) {
        for element in elements {
            let unavailable = Placeholder.names(in: element.text).filter { name in
                PlaceholderName(rawValue: name).map { !available.contains($0) } ?? true
            }
            guard !unavailable.isEmpty else { continue }
            let verb = unavailable.count == 1 ? "has" : "have"
            problem(
                "\(owner): the \(what) in \(element.attribute("lang") ?? "?") uses \(Placeholder.list(unavailable)), which \(verb) no value there"
                    + " (available: \(Placeholder.list(available.map(\.rawValue).sorted())))",
                at: element.location)
        }
    }
}
