/// The requirement kinds of the language, by element name, with what each allows:
/// the statuses it reports, the parameters a tier may override, and the placeholders
/// that have a value for each status.
enum RequirementElement: String, CaseIterable {
    case contract
    case certificate
    case websiteAd = "website-ad"
    case retailVolume = "retail-volume"
    case forecast
    case quarterlyReport = "quarterly-report"

    /// Every status the checker can report for this kind, in the schema's order.
    var statuses: [String] {
        switch self {
        case .contract: ["missing", "unsigned", "not-yet-valid", "expired", "tampered"]
        case .certificate: ["missing", "not-yet-valid", "expired", "tampered"]
        case .websiteAd: ["missing", "mismatch", "not-visible", "stale", "tampered"]
        case .retailVolume: ["insufficient", "unverifiable"]
        case .forecast, .quarterlyReport: ["missing"]
        }
    }

    /// The `tier/require` attributes that may override this kind's parameters.
    var overridable: [String] {
        switch self {
        case .contract, .certificate: []
        case .websiteAd: ["max-age-days"]
        case .retailVolume: ["threshold", "window-months"]
        case .forecast: ["quarters-ahead"]
        case .quarterlyReport: ["grace-days"]
        }
    }

    /// Placeholders with a value whatever the status: all a `fix` may use.
    var alwaysAvailable: Set<PlaceholderName> {
        switch self {
        case .contract, .certificate: [.asOf]
        case .websiteAd: [.asOf, .maxAge, .vendorDomains, .host]
        case .retailVolume: [.asOf, .required, .currency, .windowMonths, .windowStart]
        case .forecast: [.asOf, .quarter]
        case .quarterlyReport: [.asOf, .quarter, .graceDays]
        }
    }

    /// Placeholders with a value in a text shown for `status`.
    func available(for status: String) -> Set<PlaceholderName> {
        alwaysAvailable.union(extras(for: status))
    }

    private func extras(for status: String) -> Set<PlaceholderName> {
        switch (self, status) {
        case (.contract, "unsigned"): [.evidence, .line]
        case (.contract, "not-yet-valid"): [.evidence, .line, .from, .signed]
        case (.contract, "expired"): [.evidence, .line, .from, .until, .signed]
        case (.contract, "tampered"): [.evidence, .line, .from, .signed, .file]
        case (.certificate, "not-yet-valid"), (.certificate, "expired"): [.line, .holder, .issued, .expires]
        case (.certificate, "tampered"): [.line, .holder, .issued, .expires, .file]
        case (.websiteAd, "mismatch"), (.websiteAd, "not-visible"), (.websiteAd, "stale"): [.line, .page, .captured]
        case (.websiteAd, "tampered"): [.line, .page, .captured, .file]
        case (.retailVolume, "insufficient"): [.actual, .shortfall]
        case (.retailVolume, "unverifiable"): [.evidence, .line, .currencies]
        default: []
        }
    }
}
