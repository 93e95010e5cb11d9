extension KindDescriptor {
    /// `<website-ad max-age-days="90">` with `<vendor-domain>`s: a recent screenshot of the
    /// partner's site showing a visible ad linking to the vendor.
    static let websiteAd = KindDescriptor(
        element: "website-ad",
        statuses: [.missing, .mismatch, .notVisible, .stale, .tampered],
        parameters: [KindParameter("max-age-days", .integer, overridable: true), KindParameter("vendor-domain", .children)],
        alwaysAvailable: [.asOf, .maxAge, .vendorDomains, .host],
        extras: [
            .mismatch: [.line, .page, .captured],
            .notVisible: [.line, .page, .captured],
            .stale: [.line, .page, .captured],
            .tampered: [.line, .page, .captured, .file],
        ],
        make: { values in
            guard let days = values.integer("max-age-days"), let domains = values.texts("vendor-domain") else { return nil }
            return .websiteAd(maxAgeDays: days, vendorDomains: domains)
        },
        override: { kind, values in
            guard case .websiteAd(let days, let domains) = kind else { return kind }
            return .websiteAd(maxAgeDays: values.integer("max-age-days") ?? days, vendorDomains: domains)
        })
}
