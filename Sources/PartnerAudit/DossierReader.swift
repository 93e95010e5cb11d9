import Diagnostics
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
    ///
    /// The dossier is built straight from the validated event stream. A document with
    /// anything to report is read again as a tree, which locates each problem by line
    /// and column, when it is small enough for one (`XMLLimits.treeMaxBytes`).
    public func read(file path: String) -> DossierReading {
        let decoder = DossierStreamDecoder(file: path)
        let outcome = XMLStream.parse(file: path, limits: limits, schema: schema, handler: decoder)
        return reading(outcome, of: decoder, named: path) { readTree(file: path) }
    }

    /// The dossier in `bytes` (an upload, or a file read for the history), named `name`
    /// in diagnostics and reports, read as `read(file:)` reads a file.
    public func read(bytes: [UInt8], named name: String) -> DossierReading {
        let decoder = DossierStreamDecoder(file: name)
        let outcome = XMLStream.parse(bytes: bytes, file: name, limits: limits, schema: schema, handler: decoder)
        return reading(outcome, of: decoder, named: name) { readTree(bytes: bytes, named: name) }
    }

    /// The reading of a document streamed into `decoder`: its dossier when the stream
    /// had nothing to report; else `tree()`, the same document read as a tree, which places
    /// each problem by line and column, when it is small enough for one; else the stream's
    /// own diagnostics.
    private func reading(
        _ outcome: XMLStream.Outcome, of decoder: DossierStreamDecoder, named name: String, tree: () -> DossierReading
    ) -> DossierReading {
        let decoded = outcome.errors.isEmpty ? decoder.result() : nil
        if outcome.isClean, case .success(let dossier)? = decoded {
            return DossierReading(file: name, dossier: dossier, errors: [], warnings: [])
        }
        guard outcome.bytes > limits.treeMaxBytes else { return tree() }
        let warnings = outcome.warnings + outcome.validity.filter { $0.severity == .warning }
        let invalid = outcome.validity.filter { $0.severity == .error }
        let errors = !outcome.errors.isEmpty ? outcome.errors : !invalid.isEmpty ? invalid : decoded?.failure ?? []
        return DossierReading(file: name, dossier: errors.isEmpty ? decoded?.dossier : nil, errors: errors, warnings: warnings)
    }

    /// `read(bytes:named:)` through an `XMLTree` and `DossierDecoder`.
    func readTree(bytes: [UInt8], named name: String) -> DossierReading {
        do {
            return reading(try XMLTree.parse(bytes: bytes, file: name, limits: limits, schema: schema))
        } catch {
            return DossierReading(file: name, dossier: nil, errors: error.diagnostics, warnings: [])
        }
    }

    /// `read(file:)` through an `XMLTree` and `DossierDecoder`.
    func readTree(file path: String) -> DossierReading {
        do {
            return reading(try XMLTree.parse(file: path, limits: limits, schema: schema))
        } catch {
            return DossierReading(file: path, dossier: nil, errors: error.diagnostics, warnings: [])
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

extension Result<Dossier, XMLFailure> {
    fileprivate var dossier: Dossier? {
        if case .success(let dossier) = self { dossier } else { nil }
    }

    fileprivate var failure: [Diagnostic]? {
        if case .failure(let failure) = self { failure.diagnostics } else { nil }
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
