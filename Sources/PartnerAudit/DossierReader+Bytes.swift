import DossierModel
import DossierXML

extension DossierReader {
    /// The dossier held in `bytes` (named `file` in diagnostics), or every structural
    /// error that keeps it from being one.
    public func read(bytes: [UInt8], file: String) -> DossierReading {
        let tree: XMLTree
        do {
            tree = try XMLTree.parse(bytes: bytes, file: file, limits: limits, schema: schema)
        } catch {
            return DossierReading(file: file, dossier: nil, errors: error.diagnostics, warnings: [])
        }
        let errors = tree.validity.filter { $0.severity == .error }
        let warnings = tree.warnings + tree.validity.filter { $0.severity == .warning }
        guard errors.isEmpty else {
            return DossierReading(file: file, dossier: nil, errors: errors, warnings: warnings)
        }
        switch DossierDecoder.decode(tree) {
        case .success(let dossier):
            return DossierReading(file: file, dossier: dossier, errors: [], warnings: warnings)
        case .failure(let failure):
            return DossierReading(file: file, dossier: nil, errors: failure.diagnostics, warnings: warnings)
        }
    }
}
