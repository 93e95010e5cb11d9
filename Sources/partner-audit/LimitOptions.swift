import ArgumentParser
import DossierXML

/// How large a dossier may be before it is refused unread.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-size"), help: "Largest dossier accepted, in MiB (at most 1024).")
    var maxSizeMiB: Int = XMLLimits.defaultMaxBytes / (1024 * 1024)

    func validate() throws {
        let ceiling = XMLLimits.ceilingBytes / (1024 * 1024)
        guard maxSizeMiB > 0, maxSizeMiB <= ceiling else { throw ValidationError("--max-size must be between 1 and \(ceiling) MiB") }
    }

    var xmlLimits: XMLLimits { XMLLimits(maxBytes: maxSizeMiB * 1024 * 1024) }
}
