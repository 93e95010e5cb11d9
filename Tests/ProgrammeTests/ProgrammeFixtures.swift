import Diagnostics
import DossierXML
import Foundation
import Programme
import Testing
import _TestSupport

/// The shipped schema and programme, the test fixtures, and helpers to load them.
enum ProgrammeFixtures {
    /// `Tests/`.
    static let testsFolder = TestPaths.repository.appendingPathComponent("Tests")
    static let schemaPath = testsFolder.appendingPathComponent("../Schemas/program.xsd").standardized.path
    static let kerioPath = testsFolder.appendingPathComponent("../Schemas/kerio/program.xml").standardized.path

    static func fixture(_ name: String) -> String {
        testsFolder.appendingPathComponent("Fixtures/programs/\(name)").path
    }

    /// `program.xsd`, compiled once for every test.
    private static let schema = Result { () throws(XMLFailure) in try XMLSchema(file: schemaPath) }

    static func loader() throws -> ProgrammeLoader {
        ProgrammeLoader(schema: try schema.get())
    }

    /// The text of the shipped Kerio programme.
    static func kerioText() throws -> String {
        try String(contentsOfFile: kerioPath, encoding: .utf8)
    }

    /// The programme in `result`; a refusal fails the test with every diagnostic.
    static func loaded(_ result: Result<Programme, ProgrammeLoadFailure>) throws -> Programme {
        switch result {
        case .success(let programme):
            return programme
        case .failure(let failure):
            Issue.record("the programme was refused:\n\(failure)")
            throw failure
        }
    }

    /// The diagnostics of a refusal; loading successfully fails the test.
    static func refusal(_ result: Result<Programme, ProgrammeLoadFailure>) -> [Diagnostic] {
        switch result {
        case .success(let programme):
            Issue.record("programme \(programme.id) was accepted")
            return []
        case .failure(let failure):
            #expect(!failure.diagnostics.isEmpty)
            return failure.diagnostics
        }
    }

    /// `text` loaded from memory, as if it were the file `name`.
    static func load(text: String, name: String = "edited-program.xml") throws -> Result<Programme, ProgrammeLoadFailure> {
        try loader().load(bytes: Array(text.utf8), file: name)
    }

    /// The 1-based line and column where `marker` first occurs in `text`.
    static func position(of marker: String, in text: String) -> (line: Int, column: Int)? {
        guard let range = text.range(of: marker) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before[lineStart...].count + 1)
    }
}

extension RequirementKind {
    /// The retail threshold, for `salesVolume`.
    var threshold: Decimal? {
        if case .salesVolume(_, _, let threshold, _) = self { threshold } else { nil }
    }

    /// The window in months, for `salesVolume`.
    var windowMonths: Int? {
        if case .salesVolume(_, let months, _, _) = self { months } else { nil }
    }

    /// The screenshot age limit, for `websiteAd`.
    var maxAgeDays: Int? {
        if case .websiteAd(let days, _) = self { days } else { nil }
    }
}

extension Tier {
    func requirement(_ id: String) -> Requirement? {
        requirements.first { $0.id == id }
    }

    /// The value this tier gives a benefit in `language`; nil for a plain tick or a benefit it does not give.
    func value(of benefit: String, _ language: Language) -> String? {
        benefits.first { $0.benefit.id == benefit }?.value?.byLanguage[language.code]
    }
}
