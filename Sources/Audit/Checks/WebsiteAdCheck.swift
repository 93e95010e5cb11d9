import DossierModel
import Programme

/// A screenshot of the partner's own site, captured at most `maxAgeDays` days
/// before the audit date (and not after it), holding one ad that is both visible
/// and linked to a vendor domain.
struct WebsiteAdCheck: RequirementCheck {
    let maxAgeDays: Int
    let vendorDomains: [String]
    /// The vendor domains as hosts, and as the messages list them.
    private let vendors: [URLHost]
    private let vendorList: String

    /// Closest to being met first.
    private static let closeness = Closeness(order: [.met, .tampered, .stale, .notVisible, .mismatch, .missing])

    init(maxAgeDays: Int, vendorDomains: [String]) {
        self.maxAgeDays = maxAgeDays
        self.vendorDomains = vendorDomains
        vendors = vendorDomains.map { URLHost(name: $0) }
        vendorList = vendorDomains.joined(separator: ", ")
    }

    func judge(_ dossier: Dossier, in context: CheckContext) -> Judgement {
        let site = URLHost(url: dossier.partner.website)
        var latestCapture: CalendarDate?
        let closest = Self.closeness.closest(
            dossier.screenshots, status: { status(of: $0, site: site, in: context) },
            met: { latestCapture = max(latestCapture ?? $0.captured.utcDate, $0.captured.utcDate) })
        var result = closest.map { judgement(of: $0.candidate, status: $0.status) } ?? Judgement(status: .missing)
        if closest?.status == .met { result.lapsesOn = latestCapture?.adding(days: maxAgeDays + 1) }
        // Values every message may use, whatever screenshot was judged.
        result.values[.host] = .text(site?.name ?? dossier.partner.website)
        result.values[.maxAge] = .integer(maxAgeDays)
        result.values[.vendorDomains] = .text(vendorList)
        return result
    }

    private func status(of screenshot: Screenshot, site: URLHost?, in context: CheckContext) -> RequirementStatus {
        var status = RequirementStatus.met
        if let site, let page = URLHost(url: screenshot.page), page.isWithin(site) {} else { status = .mismatch }
        let day = screenshot.captured.utcDate
        if day > context.asOf || context.asOf.days(since: day) > maxAgeDays { status = Self.closeness.farther(status, .stale) }
        let adStatus = adStatus(screenshot.ads)
        if adStatus != .met { status = Self.closeness.farther(status, adStatus) }
        if status == .met, let image = screenshot.image, context.attachments.isTampered(image) { status = .tampered }
        return status
    }

    /// The judgement of `screenshot`, with the placeholders the kind declares for `status`
    /// (besides those of every status, which `judge` adds).
    private func judgement(of screenshot: Screenshot, status: RequirementStatus) -> Judgement {
        let day = screenshot.captured.utcDate
        var values: Placeholders = [.line: .integer(screenshot.line), .page: .text(screenshot.page), .captured: .date(day)]
        if status == .tampered, let image = screenshot.image { values[.file] = .text(image.path) }
        return Judgement(status: status, line: screenshot.line, values: values, lapsesOn: day.adding(days: maxAgeDays + 1))
    }

    /// The status of the best ad in a screenshot: `met` for one both visible and
    /// linked to the vendor; with no ad at all, `not-visible`.
    private func adStatus(_ ads: [Screenshot.VendorAd]) -> RequirementStatus {
        let best = Self.closeness.closest(ads) { ad in
            guard let link = URLHost(url: ad.link), vendors.contains(where: link.isWithin) else { return .mismatch }
            return ad.visible ? .met : .notVisible
        }
        return best?.status ?? .notVisible
    }
}
