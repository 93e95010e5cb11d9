import DossierModel

/// A screenshot of the partner's own site, captured at most `maxAgeDays` days
/// before the audit date (and not after it), holding one ad that is both visible
/// and linked to a vendor domain.
struct WebsiteAdCheck: RequirementCheck {
    let maxAgeDays: Int
    let vendorDomains: [String]

    func judge(_ dossier: Dossier, in context: CheckContext) -> Judgement {
        let site = URLHost(url: dossier.partner.website)
        let judged = dossier.screenshots.map { judge($0, site: site, in: context) }
        let common = commonValues(dossier)
        guard let best = Closeness.websiteAd.best(judged.map(\.status)) else {
            return Judgement(status: .missing, values: common)
        }
        let met = judged.filter { $0.status == .met }
        var result = best == .met ? met[0] : judged.first { $0.status == best }!
        if best == .met { result.lapsesOn = met.compactMap(\.lapsesOn).max() }
        result.values.merge(common)
        return result
    }

    private func commonValues(_ dossier: Dossier) -> Placeholders {
        [
            .host: .text(URLHost(url: dossier.partner.website)?.name ?? dossier.partner.website),
            .maxAge: .integer(maxAgeDays),
            .vendorDomains: .text(vendorDomains.joined(separator: ", ")),
        ]
    }

    private func judge(_ screenshot: Screenshot, site: URLHost?, in context: CheckContext) -> Judgement {
        var failures: [RequirementStatus] = []
        if let site, let page = URLHost(url: screenshot.page), page.isWithin(site) {} else { failures.append(.mismatch) }
        let day = screenshot.captured.utcDate
        if day > context.asOf || context.asOf.days(since: day) > maxAgeDays { failures.append(.stale) }
        if let adStatus = adStatus(screenshot.ads), adStatus != .met { failures.append(adStatus) }
        var status = Closeness.websiteAd.farthest(failures) ?? .met
        if status == .met, let image = screenshot.image, context.attachments.isTampered(image) { status = .tampered }
        var values: Placeholders = [
            .page: .text(screenshot.page), .captured: .date(day),
        ]
        if let id = screenshot.id { values[.evidence] = .text(id) }
        if let image = screenshot.image { values[.file] = .text(image.path) }
        return Judgement(status: status, line: screenshot.line, values: values, lapsesOn: day.adding(days: maxAgeDays + 1))
    }

    /// The status of the best ad in a screenshot: `met` for one both visible and
    /// linked to the vendor; with no ad at all, `not-visible`.
    private func adStatus(_ ads: [Screenshot.VendorAd]) -> RequirementStatus? {
        let vendors = vendorDomains.map { URLHost(name: $0) }
        let statuses = ads.map { ad -> RequirementStatus in
            guard let link = URLHost(url: ad.link), vendors.contains(where: link.isWithin) else { return .mismatch }
            return ad.visible ? .met : .notVisible
        }
        return Closeness.websiteAd.best(statuses) ?? .notVisible
    }
}
