import ArgumentParser
import DossierXML

/// How large a dossier may be before it is refused unread.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-size"), help: "Largest dossier accepted, in MiB.")
    var maxSizeMiB: Int = XMLLimits.defaultMaxBytes / (1024 * 1024)

    func validate() throws {
        guard maxSizeMiB > 0, maxSizeMiB <= 1024 else { throw ValidationError("--max-size must be between 1 and 1024 MiB") }
    }

    var xmlLimits: XMLLimits { XMLLimits(maxBytes: maxSizeMiB * 1024 * 1024) }
}
