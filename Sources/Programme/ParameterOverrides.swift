import Foundation

/// The parameters one `tier/require` sets; nil where it keeps the inherited value.
struct ParameterOverrides {
    /// Every attribute of `require` that names a parameter.
    static let attributes = ["threshold", "window-months", "max-age-days", "quarters-ahead", "grace-days"]

    var threshold: Decimal?
    var windowMonths: Int?
    var maxAgeDays: Int?
    var quartersAhead: Int?
    var graceDays: Int?

    /// `kind` with the parameters set here replaced.
    func applied(to kind: RequirementKind) -> RequirementKind {
        switch kind {
        case .contract, .certificate:
            kind
        case .websiteAd(let maxAgeDays, let vendorDomains):
            .websiteAd(maxAgeDays: self.maxAgeDays ?? maxAgeDays, vendorDomains: vendorDomains)
        case .salesVolume(let channel, let windowMonths, let threshold, let currency):
            .salesVolume(
                channel: channel, windowMonths: self.windowMonths ?? windowMonths,
                threshold: self.threshold ?? threshold, currency: currency)
        case .forecast(let quartersAhead):
            .forecast(quartersAhead: self.quartersAhead ?? quartersAhead)
        case .quarterlyReport(let graceDays):
            .quarterlyReport(graceDays: self.graceDays ?? graceDays)
        }
    }
}
