import ArgumentParser
import PartnerAudit

/// `partner-audit validate`: the dossier alone, no programme.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that dossiers are well-formed, valid against the dossier schema and attach files safely.",
        discussion: "Errors are printed as file:line:column: message. Exit status: 0 all valid, 2 some invalid, 64 usage error."
    )

    @Argument(help: "Dossier files to validate.")
    var dossiers: [String] = []

    @OptionGroup var pathList: PathListOption

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        try pathList.requirePaths(dossiers)
    }

    func run() throws {
        let dossiers = try pathList.paths(after: self.dossiers)
        let reader = try DossierReader.shipped(limits: limits.xmlLimits)
        var invalid = 0
        for path in dossiers {
            let reading = reader.read(file: path)
            for diagnostic in reading.warnings + reading.errors {
                print(diagnostic)
            }
            if reading.isValid {
                print("\(path): valid")
            } else {
                invalid += 1
            }
        }
        Terminal.standardError("\(dossiers.count - invalid) of \(dossiers.count) dossiers valid")
        if invalid > 0 { throw ExitCode(2) }
    }
}
