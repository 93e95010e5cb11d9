import ArgumentParser
import Corpus
import DossierModel
import PartnerAudit

/// `partner-audit sample`: writes a reproducible corpus of generated dossiers.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a reproducible corpus of realistic, schema-valid dossiers for batch tests and benchmarks.",
        discussion: """
            The same --seed and --as-of always give byte-identical files. Dossiers go to \
            DIR/region-NN/partner-NNNNN.xml; their attachments are named but not written, so an \
            audit reports them as not checked. --huge-sales N also writes DIR/huge-sales-N.xml, one \
            dossier with N sales lines (a million lines is about 100 MB).
            """
    )

    @Option(help: "Number of dossiers.")
    var count: Int = 100

    @Option(help: "Seed of the corpus.")
    var seed: UInt64 = 1

    @Option(name: .customLong("out"), help: ArgumentHelp("Folder to write the corpus to (created if needed).", valueName: "dir"))
    var directory: String

    @Option(name: .customLong("as-of"), help: "Audit date the corpus is built around, YYYY-MM-DD.")
    var asOf: CalendarDate = CorpusGenerator.defaultAsOf

    @Option(name: .customLong("huge-sales"), help: ArgumentHelp("Also write one dossier with this many sales lines.", valueName: "n"))
    var hugeSales: Int?

    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must not be negative") }
        if let hugeSales, hugeSales < 0 { throw ValidationError("--huge-sales must not be negative") }
    }

    func run() throws {
        let generator = CorpusGenerator(seed: seed, asOf: asOf)
        try generator.write(count: count, to: directory)
        var summary = "wrote \(count) dossiers to \(directory) (seed \(seed), as of \(asOf))"
        if let hugeSales {
            let path = directory + "/huge-sales-\(hugeSales).xml"
            try generator.writeHuge(sales: hugeSales, index: count, to: path)
            summary += " and \(path)"
        }
        Terminal.standardError(summary)
    }
}
