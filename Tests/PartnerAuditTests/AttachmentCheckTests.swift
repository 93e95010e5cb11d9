import Audit
import AuditStore
import Testing

@testable import DossierModel
@testable import PartnerAudit

/// What a record keeps of a dossier's attached files: each path once, in document order,
/// with what was found of it.
@Suite struct AttachmentCheckTests {
    /// A dossier whose contracts attach `paths`, in order, each with a digest in upper case.
    static func dossier(attaching paths: [String]) -> Dossier {
        let contracts = paths.enumerated().map { index, path in
            Contract(
                id: "C-\(index)", type: "nda", signing: nil, validity: nil,
                document: Attachment(path: path, sha256: String(repeating: "AB", count: 32), line: 10 + index), line: 10 + index)
        }
        return Dossier(
            file: "dossier.xml", program: "kerio", appliesFor: nil, submitted: nil,
            partner: Partner(id: "KP-1", name: "Acme", country: "CZ", website: "https://acme.example/", line: 3),
            contracts: contracts, certificates: [], screenshots: [], sales: Sales(), forecasts: [], quarterlyReports: [], line: 2)
    }

    /// Few attachments (their paths compared one by one) and many (hashed): the same answer.
    @Test(arguments: [3, AttachmentCheck.fewAttachments, AttachmentCheck.fewAttachments + 1, 200])
    func eachPathIsKeptOnceInDocumentOrder(distinct: Int) {
        let paths = (0..<distinct).map { "contracts/c-\($0).pdf" }
        // Every path again, backwards, and the first once more between them.
        let checks = AttachmentCheck.checks(
            of: Self.dossier(attaching: paths + [paths[0]] + paths.reversed()), AttachmentVerdicts())
        #expect(checks.map(\.file) == paths)
    }

    @Test func eachVerdictIsKeptAsFound() {
        let paths = ["intact.pdf", "tampered.pdf", "no-digest.pdf", "missing.pdf", "unread.pdf", "unknown.pdf"]
        let verdicts = AttachmentVerdicts([
            "intact.pdf": .intact, "tampered.pdf": .tampered(actual: String(repeating: "0", count: 64)),
            "no-digest.pdf": .noDigest, "missing.pdf": .absent(reason: .notFound), "unread.pdf": .absent(reason: .notReadable),
        ])
        let expected = String(repeating: "ab", count: 32)
        let checks = AttachmentCheck.checks(of: Self.dossier(attaching: paths), verdicts)
        #expect(
            checks == [
                AttachmentCheck(file: "intact.pdf", expectedSHA256: expected, actualSHA256: expected, notChecked: nil),
                AttachmentCheck(
                    file: "tampered.pdf", expectedSHA256: expected, actualSHA256: String(repeating: "0", count: 64), notChecked: nil),
                AttachmentCheck(file: "no-digest.pdf", expectedSHA256: nil, actualSHA256: nil, notChecked: "no-digest"),
                AttachmentCheck(file: "missing.pdf", expectedSHA256: expected, actualSHA256: nil, notChecked: "not-found"),
                AttachmentCheck(file: "unread.pdf", expectedSHA256: expected, actualSHA256: nil, notChecked: "not-readable"),
                AttachmentCheck(file: "unknown.pdf", expectedSHA256: expected, actualSHA256: nil, notChecked: "skipped"),
            ])
        // Read back, each check gives the verdict it was made from.
        #expect(checks.map(\.verdict) == paths.map { verdicts.verdict(for: Attachment(path: $0, sha256: nil, line: 1)) })
    }
}
