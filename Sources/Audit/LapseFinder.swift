import DossierModel
import Programme

/// When a tier that is met stops being met if nothing new is submitted. Each check
/// says the first day its requirement may lapse; the tier is judged again on the
/// earliest such day, because another document already on file (a renewed contract,
/// a later forecast) may take over, until a requirement really fails.
struct LapseFinder {
    let tier: Tier
    let dossier: Dossier
    let attachments: AttachmentVerdicts

    /// More steps than any real dossier needs: each one moves to a later event on file.
    private static let maximumSteps = 64

    /// The first day on which the tier is not met, and a requirement failing then,
    /// starting from `firstCandidate`: the earliest lapse date of the tier's requirements
    /// as judged on the audit date (so that judgement is not made twice).
    func firstLapse(from firstCandidate: CalendarDate?) -> (date: CalendarDate, requirement: Requirement)? {
        var candidate = firstCandidate
        for _ in 0..<Self.maximumSteps {
            guard let day = candidate else { return nil }
            let context = CheckContext(asOf: day, attachments: attachments)
            let judged = tier.requirements.map { ($0, $0.kind.check.judge(dossier, in: context)) }
            if let failing = judged.first(where: { $0.1.status != .met }) { return (day, failing.0) }
            candidate = judged.compactMap { $0.1.lapsesOn }.min()
        }
        return nil
    }
}
