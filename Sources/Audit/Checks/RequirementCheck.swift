import DossierModel
import Programme

/// One kind of requirement, judged on one dossier on the audit date.
protocol RequirementCheck: Sendable {
    func judge(_ dossier: Dossier, in context: CheckContext) -> Judgement
}

/// What every check may consult besides the dossier.
struct CheckContext: Sendable {
    /// The audit date.
    let asOf: CalendarDate
    /// What is known of each attached file.
    let attachments: AttachmentVerdicts
}

extension RequirementKind {
    /// The check that judges this kind of requirement, with its parameters.
    var check: any RequirementCheck {
        switch self {
        case .contract(let type): ContractCheck(type: type)
        case .certificate(let kind): CertificateCheck(kind: kind)
        case .websiteAd(let maxAgeDays, let vendorDomains): WebsiteAdCheck(maxAgeDays: maxAgeDays, vendorDomains: vendorDomains)
        case .salesVolume(let channel, let windowMonths, let threshold, let currency):
            SalesVolumeCheck(channel: channel, windowMonths: windowMonths, threshold: threshold, currency: currency)
        case .forecast(let quartersAhead): ForecastCheck(quartersAhead: quartersAhead)
        case .quarterlyReport(let graceDays): QuarterlyReportCheck(graceDays: graceDays)
        }
    }
}
