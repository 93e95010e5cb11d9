extension KindDescriptor {
    /// `<retail-volume channel="retail" window-months="12" threshold="7500.00" currency="USD">`:
    /// sales of a channel over a rolling window reaching a threshold.
    static let retailVolume = KindDescriptor(
        element: "retail-volume",
        statuses: [.insufficient, .unverifiable],
        parameters: [
            KindParameter("window-months", .integer, overridable: true), KindParameter("threshold", .decimal, overridable: true),
            KindParameter("channel", .text), KindParameter("currency", .text),
        ],
        alwaysAvailable: [.asOf, .required, .currency, .windowMonths, .windowStart],
        extras: [
            .insufficient: [.actual, .shortfall],
            .unverifiable: [.evidence, .line, .currencies],
        ],
        make: { values in
            guard let months = values.integer("window-months"), let threshold = values.decimal("threshold"),
                let channel = values.text("channel"), let currency = values.text("currency")
            else { return nil }
            return .salesVolume(channel: channel, windowMonths: months, threshold: threshold, currency: currency)
        },
        override: { kind, values in
            guard case .salesVolume(let channel, let months, let threshold, let currency) = kind else { return kind }
            return .salesVolume(
                channel: channel, windowMonths: values.integer("window-months") ?? months,
                threshold: values.decimal("threshold") ?? threshold, currency: currency)
        })
}
