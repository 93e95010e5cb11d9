import DossierModel
import Programme

/// When a tier that is met stops being met if nothing new is submitted. Each check
/// says the first day its requirement may lapse; the tier is judged again on the
/// earliest such day, because another document already on file (a renewed contract,
/// a later forecast) may take over, until a requirement really fails.
struct LapseFinder: Sendable {
    /// The tier's requirements.
    let requirements: [AuditedRequirement]

    /// More steps than any real dossier needs: each one moves to a later event on file.
    private static let maximumSteps = 64

    /// The first day on which the tier is not met by `dossier`, and a requirement failing
    /// then, starting from `firstCandidate`: the earliest lapse date of the tier's
    /// requirements as judged in `context`, on the audit date (so that judgement is not
    /// made twice).
    func firstLapse(of dossier: Dossier, from firstCandidate: CalendarDate?, in context: CheckContext) -> (
        date: CalendarDate, requirement: AuditedRequirement
    )? {
        var candidate = firstCandidate
        for _ in 0..<Self.maximumSteps {
            guard let day = candidate else { return nil }
            let dayContext = context.on(day)
            // The first requirement failing then, in the tier's order; else the next day to look at.
            var next: CalendarDate?
            for requirement in requirements {
                let judgement = requirement.check.judge(dossier, in: dayContext)
                guard judgement.status == .met else { return (day, requirement) }
                if let lapse = judgement.lapsesOn { next = min(next ?? lapse, lapse) }
            }
            candidate = next
        }
        return nil
    }
}
