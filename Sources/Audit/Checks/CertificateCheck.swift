import DossierModel

/// At least one certificate of `kind` with `issued` ≤ audit date ≤ `expires`.
struct CertificateCheck: RequirementCheck {
    let kind: String

    func judge(_ dossier: Dossier, in context: CheckContext) -> Judgement {
        let judged = dossier.certificates.filter { $0.kind == kind }.map { judge($0, in: context) }
        guard let best = Closeness.certificate.best(judged.map(\.status)) else { return Judgement(status: .missing) }
        guard best == .met else { return judged.first { $0.status == best }! }
        let met = judged.filter { $0.status == .met }
        var result = met[0]
        result.lapsesOn = met.compactMap(\.lapsesOn).max()
        return result
    }

    private func judge(_ certificate: Certificate, in context: CheckContext) -> Judgement {
        var failures: [RequirementStatus] = []
        if certificate.issued > context.asOf { failures.append(.notYetValid) }
        if certificate.expires < context.asOf { failures.append(.expired) }
        var status = Closeness.certificate.farthest(failures) ?? .met
        if status == .met, let document = certificate.document, context.attachments.isTampered(document) {
            status = .tampered
        }
        var values: Placeholders = [
            .holder: .text(certificate.holder), .issued: .date(certificate.issued), .expires: .date(certificate.expires),
        ]
        if let id = certificate.id { values[.evidence] = .text(id) }
        if let document = certificate.document { values[.file] = .text(document.path) }
        return Judgement(status: status, line: certificate.line, values: values, lapsesOn: certificate.expires.adding(days: 1))
    }
}
