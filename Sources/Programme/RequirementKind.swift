import Foundation

/// What a requirement checks, with the parameters a tier resolves.
public enum RequirementKind: Sendable, Hashable {
    /// A contract of `type` signed by both parties and valid on the audit date.
    case contract(type: String)
    /// A staff certificate of `kind` valid on the audit date.
    case certificate(kind: String)
    /// A screenshot of the partner's site, at most `maxAgeDays` old, with a visible
    /// ad linking to one of `vendorDomains` (or a subdomain).
    case websiteAd(maxAgeDays: Int, vendorDomains: [String])
    /// Sales of `channel` over the `windowMonths` months ending on the audit date,
    /// converted to `currency`, totalling at least `threshold`.
    case salesVolume(channel: String, windowMonths: Int, threshold: Decimal, currency: String)
    /// A forecast with a positive amount for the quarter `quartersAhead` after the current one.
    case forecast(quartersAhead: Int)
    /// The report for the latest quarter that ended at least `graceDays` days ago.
    case quarterlyReport(graceDays: Int)
}

extension RequirementKind {
    /// What the language says of this kind: its element, statuses, parameters and placeholders.
    public var descriptor: KindDescriptor {
        switch self {
        case .contract: .contract
        case .certificate: .certificate
        case .websiteAd: .websiteAd
        case .salesVolume: .retailVolume
        case .forecast: .forecast
        case .quarterlyReport: .quarterlyReport
        }
    }
}
