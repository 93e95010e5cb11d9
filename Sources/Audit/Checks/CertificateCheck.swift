import DossierModel
import Programme

/// At least one certificate of `kind` with `issued` ≤ audit date ≤ `expires`.
struct CertificateCheck: RequirementCheck {
    let kind: String

    /// Closest to being met first.
    private static let closeness = Closeness(order: [.met, .tampered, .notYetValid, .expired, .missing])

    func judge(_ dossier: Dossier, in context: CheckContext) -> Judgement {
        var latestExpiry: CalendarDate?
        let closest = Self.closeness.closest(
            dossier.certificates.lazy.filter { $0.kind == kind }, status: { status(of: $0, in: context) },
            met: { latestExpiry = max(latestExpiry ?? $0.expires, $0.expires) })
        guard let (certificate, status) = closest else { return Judgement(status: .missing) }
        var result = judgement(of: certificate, status: status)
        if status == .met { result.lapsesOn = latestExpiry?.adding(days: 1) }
        return result
    }

    private func status(of certificate: Certificate, in context: CheckContext) -> RequirementStatus {
        var status = RequirementStatus.met
        if certificate.issued > context.asOf { status = .notYetValid }
        if certificate.expires < context.asOf { status = Self.closeness.farther(status, .expired) }
        if status == .met, let document = certificate.document, context.attachments.isTampered(document) {
            status = .tampered
        }
        return status
    }

    /// The judgement of `certificate`, with the placeholders the kind declares for `status`.
    private func judgement(of certificate: Certificate, status: RequirementStatus) -> Judgement {
        var values: Placeholders = [
            .line: .integer(certificate.line), .holder: .text(certificate.holder),
            .issued: .date(certificate.issued), .expires: .date(certificate.expires),
        ]
        if status == .tampered, let document = certificate.document { values[.file] = .text(document.path) }
        return Judgement(status: status, line: certificate.line, values: values, lapsesOn: certificate.expires.adding(days: 1))
    }
}
