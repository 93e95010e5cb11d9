/// Everything the programme language says of one requirement kind, in one place: the
/// element that defines it, the statuses its check reports (each needing a message),
/// its parameters (which a tier may override), and the placeholders that have a value
/// in a text shown for each status. The loader reads definitions and overrides with it,
/// validates a programme's texts against it, and each check fills exactly the
/// placeholders it declares (which the audit tests prove).
public struct KindDescriptor: Sendable {
    /// The element defining a requirement of this kind in a programme file (`website-ad`).
    public let element: String
    /// Every status the check reports when the requirement is not met, in the schema's order.
    public let statuses: [RequirementStatus]
    /// The parameters, in the order the definition is read.
    public let parameters: [KindParameter]
    /// Placeholders with a value whatever the status: all a `fix` may use.
    public let alwaysAvailable: Set<PlaceholderName>
    /// The further placeholders with a value in a text shown for a status.
    private let extras: [RequirementStatus: Set<PlaceholderName>]
    /// The kind with the parameters of a definition, every one of them read.
    private let make: @Sendable (ParameterValues) -> RequirementKind?
    /// The kind with the parameters a tier sets replaced.
    private let override: @Sendable (RequirementKind, ParameterValues) -> RequirementKind

    init(
        element: String, statuses: [RequirementStatus], parameters: [KindParameter],
        alwaysAvailable: Set<PlaceholderName>, extras: [RequirementStatus: Set<PlaceholderName>],
        make: @escaping @Sendable (ParameterValues) -> RequirementKind?,
        override: @escaping @Sendable (RequirementKind, ParameterValues) -> RequirementKind
    ) {
        self.element = element
        self.statuses = statuses
        self.parameters = parameters
        self.alwaysAvailable = alwaysAvailable
        self.extras = extras
        self.make = make
        self.override = override
    }

    /// Every kind of the language, in the schema's order.
    public static let all: [KindDescriptor] = [.contract, .certificate, .websiteAd, .retailVolume, .forecast, .quarterlyReport]

    /// The kind defined by the element `name`.
    public static func named(_ name: String) -> KindDescriptor? {
        all.first { $0.element == name }
    }

    /// The attribute names of the parameters a `tier/require` may override.
    public var overridable: [String] {
        parameters.filter(\.overridable).map(\.name)
    }

    /// Placeholders with a value in a text shown for `status`.
    public func available(for status: RequirementStatus) -> Set<PlaceholderName> {
        alwaysAvailable.union(extras[status] ?? [])
    }

    /// The kind with `values`, the parameters of a definition.
    func kind(_ values: ParameterValues) -> RequirementKind? {
        make(values)
    }

    /// `kind` with the overridable parameters `values` sets replaced.
    func overriding(_ kind: RequirementKind, with values: ParameterValues) -> RequirementKind {
        override(kind, values)
    }
}

extension RequirementKind {
    /// This kind with the parameters a tier sets (`values`) replaced.
    func overridden(by values: ParameterValues) -> RequirementKind {
        descriptor.overriding(self, with: values)
    }
}
