import DossierModel
import Programme

/// Some contract of `type` is signed by both parties on or before the audit date
/// and valid on it.
struct ContractCheck: RequirementCheck {
    let type: String

    /// Closest to being met first.
    private static let closeness = Closeness(order: [.met, .tampered, .notYetValid, .expired, .unsigned, .missing])

    func judge(_ dossier: Dossier, in context: CheckContext) -> Judgement {
        // Open-ended validity never lapses; otherwise the latest end among the contracts that meet it.
        var openEnded = false
        var latestEnd: CalendarDate?
        let closest = Self.closeness.closest(
            dossier.contracts.lazy.filter { $0.type == type }, status: { status(of: $0, in: context) },
            met: { contract in
                if let until = contract.validity?.until { latestEnd = max(latestEnd ?? until, until) } else { openEnded = true }
            })
        guard let (contract, status) = closest else { return Judgement(status: .missing) }
        var result = judgement(of: contract, status: status)
        if status == .met { result.lapsesOn = openEnded ? nil : latestEnd?.adding(days: 1) }
        return result
    }

    private func status(of contract: Contract, in context: CheckContext) -> RequirementStatus {
        let asOf = context.asOf
        var status = RequirementStatus.met
        if let signing = contract.signing {
            let signed = { (party: String) in signing.signatories.contains { $0.party == party } }
            if signing.date > asOf || !signed("partner") || !signed("vendor") { status = .unsigned }
        } else {
            status = .unsigned
        }
        if let from = contract.validity?.from ?? contract.signing?.date, from > asOf {
            status = Self.closeness.farther(status, .notYetValid)
        }
        if let until = contract.validity?.until, until < asOf { status = Self.closeness.farther(status, .expired) }
        if status == .met, let document = contract.document, context.attachments.isTampered(document) {
            status = .tampered
        }
        return status
    }

    /// The judgement of `contract`, with the placeholders the kind declares for `status`.
    private func judgement(of contract: Contract, status: RequirementStatus) -> Judgement {
        let until = contract.validity?.until
        var values: Placeholders = [.evidence: .text(contract.id), .line: .integer(contract.line)]
        // Any status but `unsigned` has a signing date, hence a start.
        if status != .unsigned {
            if let signed = contract.signing?.date { values[.signed] = .date(signed) }
            if let from = contract.validity?.from ?? contract.signing?.date { values[.from] = .date(from) }
        }
        if status == .expired, let until { values[.until] = .date(until) }
        if status == .tampered, let document = contract.document { values[.file] = .text(document.path) }
        return Judgement(status: status, line: contract.line, values: values, lapsesOn: until?.adding(days: 1))
    }
}
