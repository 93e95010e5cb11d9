import ArgumentParser
import AuditStore
import DossierModel
import PartnerAudit
import Programme
import Reports

/// `partner-audit partners`: the latest record of every partner, filtered.
struct PartnersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "The latest recorded audit of every partner, optionally filtered.",
        discussion: "Exit status: 0 done, 2 the history cannot be opened or is damaged, 64 usage error."
    )

    @Option(help: "Only partners whose qualified tier is this one.")
    var tier: String?

    @Flag(name: .customLong("not-eligible"), help: "Only partners not eligible for the tier applied for (or applying for none).")
    var notEligible = false

    @Option(
        name: .customLong("lapsing-within"), help: ArgumentHelp("Only partners whose tier lapses within this many days.", valueName: "days")
    )
    var lapsingWithin: Int?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The day --lapsing-within counts from, YYYY-MM-DD.", discussion: "Default: today (UTC)."))
    var asOf: CalendarDate?

    @OptionGroup var listing: HistoryListingOptions

    func validate() throws {
        if let lapsingWithin, lapsingWithin < 0 { throw ValidationError("--lapsing-within must not be negative") }
    }

    func run() async throws {
        let programme = try listing.programme()
        let tierIDs = programme.tiers.map(\.id)
        if let tier, !tierIDs.contains(tier) {
            throw ValidationError(
                "--tier \(tier): programme \"\(programme.id)\" has no such tier (its tiers: \(tierIDs.joined(separator: ", ")))")
        }
        let filter = PartnerFilter(
            qualifiedTier: tier, notEligible: notEligible, lapsingOnOrBefore: lapsingWithin.map { (asOf ?? .todayUTC).adding(days: $0) })
        let records = try await listing.database.withHistory { try await $0.latestRecords(matching: filter) }
        print(listing.renderer(programme: programme).partners(records), terminator: "")
    }
}
