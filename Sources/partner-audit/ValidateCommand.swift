import ArgumentParser
import AttachmentSources
import Foundation
import PartnerAudit
import Programme

/// `partner-audit validate`: the dossier alone, no programme.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that dossiers are well-formed, valid against the dossier schema and attach files safely.",
        discussion: """
            Every *.xml dossier under the given folders is validated, recursively; dossiers are read in parallel \
            and reported in path order. Attached files are looked for, never read: a symbolic link leading outside \
            the dossier's folder makes the dossier invalid, as it does for check and audit.
            Errors are printed as file:line:column: message. Exit status: 0 all valid, 2 some invalid, 64 usage error.
            """
    )

    @Argument(help: "Dossier files and folders to validate.")
    var dossiers: [String] = []

    @OptionGroup var pathList: PathListOption

    @Option(help: "How many dossiers to read at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        try pathList.requirePaths(dossiers)
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let dossiers = DossierDiscovery.files(under: try pathList.paths(after: self.dossiers))
        let reader = try DossierReader.shipped(limits: limits.xmlLimits)
        var invalid = 0
        await BatchValidation(reader: reader, jobs: jobs).run(dossiers) { reading in
            let escapes = reading.dossier.map { FolderAttachments(beside: reading.file).escapes(in: $0, language: .english) } ?? []
            for diagnostic in reading.warnings + reading.errors + escapes {
                print(diagnostic)
            }
            if reading.isValid, escapes.isEmpty {
                print("\(reading.file): valid")
            } else {
                invalid += 1
            }
        }
        Terminal.standardError("\(dossiers.count - invalid) of \(dossiers.count) dossiers valid")
        if invalid > 0 { throw ExitCode(2) }
    }
}
