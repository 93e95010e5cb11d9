import Diagnostics
import DossierXML

/// Builds a `Programme` from a document already valid against `program.xsd`, making
/// the checks the schema cannot (languages, statuses, placeholders, overrides,
/// inheritance). Every problem becomes a diagnostic at the element or attribute
/// concerned; the programme is returned only when there is none.
struct ProgrammeDecoder {
    /// The programme's languages, from `program/@languages`.
    var languages: [String] = []
    /// Requirement definitions by id.
    var definitions: [String: Requirement] = [:]
    /// Benefit definitions by id.
    var benefits: [String: Benefit] = [:]
    private(set) var problems: [Diagnostic] = []

    /// The programme in `tree`, or every reason it cannot be one.
    static func decode(_ tree: XMLTree) -> Result<Programme, ProgrammeLoadFailure> {
        var decoder = ProgrammeDecoder()
        let programme = decoder.programme(tree.root)
        guard let programme, decoder.problems.isEmpty else {
            let problems = decoder.problems.isEmpty ? [.fileError("not a programme", file: tree.file)] : decoder.problems
            return .failure(ProgrammeLoadFailure(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }))
        }
        return .success(programme)
    }

    /// Records an error.
    mutating func problem(_ message: String, at location: SourceLocation) {
        problems.append(Diagnostic(.error, message, at: location))
    }

    // MARK: - Sections

    private mutating func programme(_ root: XMLTree.Element) -> Programme? {
        guard root.name == "program", root.namespaceURI == ProgrammeLoader.namespace else {
            problem("the root element must be <program> in namespace \(ProgrammeLoader.namespace)", at: root.location)
            return nil
        }
        let id = attribute(root, "id")
        languages = languageList(root)
        let label = localized(root.children(named: "label"), "label", of: "the programme", in: root)
        let descriptions = root.children(named: "description")
        let description = descriptions.isEmpty ? nil : localized(descriptions, "description", of: "the programme", in: root)
        guard let requirements = section(root, "requirements"), let benefitSection = section(root, "benefits"),
            let tierSection = section(root, "tiers")
        else { return nil }
        let headings = Programme.Headings(
            requirements: localized(requirements.children(named: "label"), "label", of: "the requirements section", in: requirements),
            benefits: localized(benefitSection.children(named: "label"), "label", of: "the benefits section", in: benefitSection),
            tiers: localized(tierSection.children(named: "label"), "label", of: "the tiers section", in: tierSection))
        let requirementGroups = requirements.children(named: "group").map { requirementGroup($0) }
        let benefitGroups = benefitSection.children(named: "group").map { benefitGroup($0) }
        let tiers = tiers(
            tierSection.children(named: "tier"),
            requirementOrder: requirementGroups.flatMap { $0.items.map(\.id) },
            benefitOrder: benefitGroups.flatMap { $0.items.map(\.id) })
        return Programme(
            id: id, languages: languages, label: label, description: description, headings: headings,
            requirementGroups: requirementGroups, benefitGroups: benefitGroups, tiers: tiers)
    }

    private mutating func section(_ root: XMLTree.Element, _ name: String) -> XMLTree.Element? {
        guard let section = root.child(named: name) else {
            problem("the programme has no <\(name)> section", at: root.location)
            return nil
        }
        return section
    }

    private mutating func languageList(_ root: XMLTree.Element) -> [String] {
        var list: [String] = []
        for language in attribute(root, "languages").split(separator: " ").map(String.init) {
            if list.contains(language) {
                problem("language \(language) is listed twice in languages", at: root.location(ofAttribute: "languages"))
            } else {
                list.append(language)
            }
        }
        return list
    }

    private mutating func benefitGroup(_ element: XMLTree.Element) -> Programme.Group<Benefit> {
        let id = attribute(element, "id")
        let items = element.children(named: "benefit").map { benefit in
            let benefitID = attribute(benefit, "id")
            let definition = Benefit(
                id: benefitID, group: id,
                label: localized(benefit.children(named: "label"), "label", of: "benefit \(benefitID)", in: benefit))
            benefits[benefitID] = definition
            return definition
        }
        let label = localized(element.children(named: "label"), "label", of: "benefit group \(id)", in: element)
        return Programme.Group(id: id, label: label, items: items)
    }

    // MARK: - Attributes

    /// The value of a required attribute, whitespace collapsed; empty, with a problem, when absent.
    mutating func attribute(_ element: XMLTree.Element, _ name: String) -> String {
        guard let value = element.attribute(name) else {
            problem("<\(element.name)> needs the attribute \(name)", at: element.location)
            return ""
        }
        return Self.collapsed(value)
    }

    /// The value of an optional attribute read by `parse`; nil when absent or, with a problem, unreadable.
    mutating func parameter<Value>(
        _ element: XMLTree.Element, _ name: String, _ parse: (String) -> Value?
    ) -> Value? {
        guard let raw = element.attribute(name) else { return nil }
        guard let value = parse(Self.collapsed(raw)) else {
            problem("\(name)=\"\(raw)\" cannot be read as a number", at: element.location(ofAttribute: name))
            return nil
        }
        return value
    }

    /// `text` as `xs:token` reads it: runs of XML whitespace become one space, none at either end.
    static func collapsed(_ text: String) -> String {
        text.split { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" }.joined(separator: " ")
    }
}
