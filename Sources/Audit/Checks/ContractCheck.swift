import DossierModel

/// Some contract of `type` is signed by both parties on or before the audit date
/// and valid on it.
struct ContractCheck: RequirementCheck {
    let type: String

    func judge(_ dossier: Dossier, in context: CheckContext) -> Judgement {
        let candidates = dossier.contracts.filter { $0.type == type }
        let judged = candidates.map { judge($0, in: context) }
        guard let best = Closeness.contract.best(judged.map(\.status)) else { return Judgement(status: .missing) }
        guard best == .met else { return judged.first { $0.status == best }! }
        let met = judged.filter { $0.status == .met }
        // Open-ended validity never lapses; otherwise the latest end among the contracts that meet it.
        let lapse = met.contains { $0.lapsesOn == nil } ? nil : met.compactMap(\.lapsesOn).max()
        var result = met[0]
        result.lapsesOn = lapse
        return result
    }

    private func judge(_ contract: Contract, in context: CheckContext) -> Judgement {
        let asOf = context.asOf
        var failures: [RequirementStatus] = []
        let parties = Set(contract.signing?.signatories.map(\.party) ?? [])
        if let signing = contract.signing {
            if signing.date > asOf || !parties.isSuperset(of: ["partner", "vendor"]) { failures.append(.unsigned) }
        } else {
            failures.append(.unsigned)
        }
        let from = contract.validity?.from ?? contract.signing?.date
        let until = contract.validity?.until
        if let from, from > asOf { failures.append(.notYetValid) }
        if let until, until < asOf { failures.append(.expired) }

        var status = Closeness.contract.farthest(failures) ?? .met
        if status == .met, let document = contract.document, context.attachments.isTampered(document) {
            status = .tampered
        }
        var values: Placeholders = [.evidence: .text(contract.id)]
        if let signed = contract.signing?.date { values[.signed] = .date(signed) }
        if let from { values[.from] = .date(from) }
        if let until { values[.until] = .date(until) }
        if let document = contract.document { values[.file] = .text(document.path) }
        return Judgement(status: status, line: contract.line, values: values, lapsesOn: until?.adding(days: 1))
    }
}
