extension KindDescriptor {
    /// `<forecast quarters-ahead="1">`: a positive forecast for a coming quarter.
    static let forecast = KindDescriptor(
        element: "forecast",
        statuses: [.missing],
        parameters: [KindParameter("quarters-ahead", .integer, overridable: true)],
        alwaysAvailable: [.asOf, .quarter],
        extras: [:],
        make: { values in values.integer("quarters-ahead").map { .forecast(quartersAhead: $0) } },
        override: { kind, values in
            guard case .forecast(let quartersAhead) = kind else { return kind }
            return .forecast(quartersAhead: values.integer("quarters-ahead") ?? quartersAhead)
        })
}
