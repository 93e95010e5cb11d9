@testable import DossierModel

extension Dossier {
    /// A dossier in `file` whose contracts attach `paths` (path, stated SHA-256), the
    /// first on line 10, the next on line 11 and so on.
    static func attaching(_ paths: [(String, String?)], file: String = "dossier.xml") -> Dossier {
        let contracts = paths.enumerated().map { index, path in
            Contract(
                id: "C-\(index)", type: "nda", signing: nil, validity: nil,
                document: Attachment(path: path.0, sha256: path.1, line: 10 + index), line: 9)
        }
        return Dossier(
            file: file, program: "kerio", appliesFor: nil, submitted: nil,
            partner: Partner(id: "KP-1", name: "Acme", country: "CZ", website: "https://www.acme.example/", line: 3),
            contracts: contracts, certificates: [], screenshots: [], sales: Sales(), forecasts: [], quarterlyReports: [], line: 2)
    }
}
