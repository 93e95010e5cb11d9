import ArgumentParser
import AttachmentSources
import PartnerAudit

/// `partner-audit validate`: the dossier alone, no programme.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that dossiers are well-formed, valid against the dossier schema and attach files safely.",
        discussion: """
            Every *.xml dossier under the given folders is validated, recursively, in path order. Attached files are \
            looked for, never read: a symbolic link leading outside the dossier's folder makes the dossier invalid, \
            as it does for check and audit.
            Errors are printed as file:line:column: message. Exit status: 0 all valid, 2 some invalid, 64 usage error.
            """
    )

    @Argument(help: "Dossier files and folders to validate.")
    var dossiers: [String] = []

    @OptionGroup var pathList: PathListOption

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        try pathList.requirePaths(dossiers)
    }

    func run() throws {
        let dossiers = DossierDiscovery.files(under: try pathList.paths(after: self.dossiers))
        let reader = try DossierReader.shipped(limits: limits.xmlLimits)
        var invalid = 0
        for path in dossiers {
            let reading = reader.read(file: path)
            let escapes = reading.dossier.map { FolderAttachments(beside: path).escapes(in: $0, language: "en") } ?? []
            for diagnostic in reading.warnings + reading.errors + escapes {
                print(diagnostic)
            }
            if reading.isValid, escapes.isEmpty {
                print("\(path): valid")
            } else {
                invalid += 1
            }
        }
        Terminal.standardError("\(dossiers.count - invalid) of \(dossiers.count) dossiers valid")
        if invalid > 0 { throw ExitCode(2) }
    }
}
