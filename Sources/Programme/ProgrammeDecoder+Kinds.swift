import DossierModel
import DossierXML

extension ProgrammeDecoder {
    /// What a requirement definition checks, with the parameters it defines (all required).
    mutating func kind(_ element: XMLTree.Element, _ kind: RequirementElement) -> RequirementKind? {
        switch kind {
        case .contract:
            return .contract(type: attribute(element, "contract-type"))
        case .certificate:
            return .certificate(kind: attribute(element, "kind"))
        case .websiteAd:
            guard let days = required(element, "max-age-days", Self.integer) else { return nil }
            let domains = element.children(named: "vendor-domain").map { Self.collapsed($0.text) }
            return .websiteAd(maxAgeDays: days, vendorDomains: domains)
        case .retailVolume:
            guard let months = required(element, "window-months", Self.integer),
                  let threshold = required(element, "threshold", DecimalText.parse)
            else { return nil }
            return .salesVolume(
                channel: attribute(element, "channel"), windowMonths: months, threshold: threshold,
                currency: attribute(element, "currency"))
        case .forecast:
            return required(element, "quarters-ahead", Self.integer).map { .forecast(quartersAhead: $0) }
        case .quarterlyReport:
            return required(element, "grace-days", Self.integer).map { .quarterlyReport(graceDays: $0) }
        }
    }

    /// The parameters a `tier/require` overrides. Each must be a parameter of `kind`
    /// a tier may override (`threshold` on a contract is an error).
    mutating func overrides(_ element: XMLTree.Element, of kind: RequirementElement, ref: String) -> ParameterOverrides {
        for name in ParameterOverrides.attributes where element.attribute(name) != nil && !kind.overridable.contains(name) {
            let allowed = kind.overridable.isEmpty
                ? "it has no parameter a tier can override"
                : "a tier can override only \(kind.overridable.joined(separator: ", "))"
            problem(
                "\(name) is not a parameter of \(ref), a \(kind.rawValue) requirement: \(allowed)",
                at: element.location(ofAttribute: name))
        }
        return ParameterOverrides(
            threshold: parameter(element, "threshold", DecimalText.parse),
            windowMonths: parameter(element, "window-months", Self.integer),
            maxAgeDays: parameter(element, "max-age-days", Self.integer),
            quartersAhead: parameter(element, "quarters-ahead", Self.integer),
            graceDays: parameter(element, "grace-days", Self.integer))
    }

    private mutating func required<Value>(
        _ element: XMLTree.Element, _ name: String, _ parse: (String) -> Value?
    ) -> Value? {
        guard element.attribute(name) != nil else {
            problem("<\(element.name)> needs the attribute \(name)", at: element.location)
            return nil
        }
        return parameter(element, name, parse)
    }

    private static func integer(_ text: String) -> Int? {
        Int(text)
    }
}
