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
    /// The dossier's sales ledgers in whole units, converted once for all the sales
    /// requirements and dates judged (a check builds any other it needs).
    let salesLedgers: [SalesLedger<ScaledAmount>]

    init(asOf: CalendarDate, attachments: AttachmentVerdicts, salesLedgers: [SalesLedger<ScaledAmount>] = []) {
        self.asOf = asOf
        self.attachments = attachments
        self.salesLedgers = salesLedgers
    }

    /// The same context on another day.
    func on(_ day: CalendarDate) -> CheckContext {
        CheckContext(asOf: day, attachments: attachments, salesLedgers: salesLedgers)
    }
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
