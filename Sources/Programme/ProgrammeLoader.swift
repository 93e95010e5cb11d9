import Diagnostics
import DossierXML

/// Reads programme files: a safe parse, validation against the compiled `program.xsd`,
/// then the checks the schema cannot make, giving a `Programme` with its tiers resolved.
/// One loader (one compiled schema) serves any number of files, on any thread.
public struct ProgrammeLoader: Sendable {
    /// The namespace of the requirement-schema language, format 1.
    public static let namespace = "urn:partner-audit:program:1"

    public let schema: XMLSchema
    public let limits: XMLLimits

    /// A loader validating against `schema`, the compiled `program.xsd`.
    public init(schema: XMLSchema, limits: XMLLimits = XMLLimits()) {
        self.schema = schema
        self.limits = limits
    }

    /// The programme in the file at `path`, or every problem that keeps it from being one.
    public func load(file path: String) -> Result<Programme, ProgrammeLoadFailure> {
        do {
            return load(try XMLTree.parse(file: path, limits: limits, schema: schema))
        } catch {
            return .failure(ProgrammeLoadFailure(error.diagnostics))
        }
    }

    /// The programme in `bytes`; `file` names the document in diagnostics.
    public func load(bytes: [UInt8], file: String) -> Result<Programme, ProgrammeLoadFailure> {
        do {
            return load(try XMLTree.parse(bytes: bytes, file: file, limits: limits, schema: schema))
        } catch {
            return .failure(ProgrammeLoadFailure(error.diagnostics))
        }
    }

    private func load(_ tree: XMLTree) -> Result<Programme, ProgrammeLoadFailure> {
        let errors = tree.validity.filter { $0.severity == .error }
        guard errors.isEmpty else { return .failure(ProgrammeLoadFailure(errors)) }
        return ProgrammeDecoder.decode(tree)
    }
}
