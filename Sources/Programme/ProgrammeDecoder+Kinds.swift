import DossierModel
import DossierXML

extension ProgrammeDecoder {
    /// What a requirement definition checks, with every parameter of its kind (all required).
    mutating func requirementKind(_ element: XMLTree.Element, _ kind: KindDescriptor) -> RequirementKind? {
        var values = ParameterValues()
        for parameter in kind.parameters {
            switch parameter.reading {
            case .text:
                values[parameter.name] = .text(attribute(element, parameter.name))
            case .children:
                values[parameter.name] = .texts(element.children(named: parameter.name).map { Self.collapsed($0.text) })
            case .integer, .decimal:
                guard element.attribute(parameter.name) != nil else {
                    problem("<\(element.name)> needs the attribute \(parameter.name)", at: element.location)
                    return nil
                }
                guard let value = number(element, parameter) else { return nil }
                values[parameter.name] = value
            }
        }
        return kind.kind(values)
    }

    /// The parameters a `tier/require` overrides on a requirement of `kind`. Each must be
    /// a parameter of the kind a tier may override (`threshold` on a contract is an error).
    mutating func overrides(_ element: XMLTree.Element, of kind: KindDescriptor, ref: String) -> ParameterValues {
        let overridable = kind.overridable
        for name in Self.overrideAttributes where element.attribute(name) != nil && !overridable.contains(name) {
            let allowed =
                overridable.isEmpty
                ? "it has no parameter a tier can override"
                : "a tier can override only \(overridable.joined(separator: ", "))"
            problem(
                "\(name) is not a parameter of \(ref), a \(kind.element) requirement: \(allowed)",
                at: element.location(ofAttribute: name))
        }
        var values = ParameterValues()
        for parameter in kind.parameters where parameter.overridable {
            values[parameter.name] = number(element, parameter)
        }
        return values
    }

    /// Every attribute of `require` that names a parameter of some kind.
    private static let overrideAttributes: [String] = KindDescriptor.all.flatMap(\.overridable).reduce(into: []) { names, name in
        if !names.contains(name) { names.append(name) }
    }

    /// The number `parameter` gives on `element`; nil when absent or, with a problem, unreadable.
    private mutating func number(_ element: XMLTree.Element, _ parameter: KindParameter) -> ParameterValues.Value? {
        switch parameter.reading {
        case .integer: self.parameter(element, parameter.name) { Int($0) }.map { .integer($0) }
        case .decimal: self.parameter(element, parameter.name, DecimalText.parse).map { .decimal($0) }
        case .text, .children: nil
        }
    }
}
