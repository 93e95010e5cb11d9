import DossierModel
import DossierXML
import Foundation

/// Reads dossier files: safe parse, schema validation and decoding into values.
/// One reader (one compiled schema) serves every dossier of a run, on any thread.
public struct DossierReader: Sendable {
    public let schema: XMLSchema
    public let limits: XMLLimits

    public init(schema: XMLSchema, limits: XMLLimits = XMLLimits()) {
        self.schema = schema
        self.limits = limits
    }

    /// A reader using the shipped `dossier.xsd`.
    public static func shipped(limits: XMLLimits = XMLLimits()) throws -> DossierReader {
        let folder = try SchemaLocator.directory().get()
        return DossierReader(schema: try XMLSchema(file: folder.appendingPathComponent("dossier.xsd").path), limits: limits)
    }

    /// The dossier in `path`, or every structural error that keeps it from being one.
    public func read(file path: String) -> DossierReading {
        do {
            return reading(try XMLTree.parse(file: path, limits: limits, schema: schema))
        } catch {
            return DossierReading(file: path, dossier: nil, errors: error.diagnostics, warnings: [])
        }
    }

    /// The dossier in `bytes` (an upload), named `name` in diagnostics and reports.
    public func read(bytes: [UInt8], named name: String) -> DossierReading {
        do {
            return reading(try XMLTree.parse(bytes: bytes, file: name, limits: limits, schema: schema))
        } catch {
            return DossierReading(file: name, dossier: nil, errors: error.diagnostics, warnings: [])
        }
    }

    private func reading(_ tree: XMLTree) -> DossierReading {
        let errors = tree.validity.filter { $0.severity == .error }
        let warnings = tree.warnings + tree.validity.filter { $0.severity == .warning }
        guard errors.isEmpty else {
            return DossierReading(file: tree.file, dossier: nil, errors: errors, warnings: warnings)
        }
        switch DossierDecoder.decode(tree) {
        case .success(let dossier):
            return DossierReading(file: tree.file, dossier: dossier, errors: [], warnings: warnings)
        case .failure(let failure):
            return DossierReading(file: tree.file, dossier: nil, errors: failure.diagnostics, warnings: warnings)
        }
    }
}

/// What reading one dossier file gave: the dossier, or the errors that make it unreadable or invalid.
public struct DossierReading: Sendable {
    public let file: String
    public let dossier: Dossier?
    public let errors: [Diagnostic]
    public let warnings: [Diagnostic]

    /// Well-formed, valid against the schema and the format's path rules.
    public var isValid: Bool { dossier != nil && errors.isEmpty }
}
