import ArgumentParser
import AuditStore
import PartnerAudit
import Programme
import Reports

/// `partner-audit history PARTNER-ID`: a partner's records, oldest first.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A partner's recorded audits, oldest first, with what changed from one to the next.",
        discussion: "Exit status: 0 done, 2 the history cannot be opened or is damaged, 64 usage error."
    )

    @Argument(help: "The partner id.")
    var partnerID: String

    @OptionGroup var listing: HistoryListingOptions

    func run() async throws {
        let programme = try listing.programme()
        let records = try await listing.database.withHistory { try await $0.records(ofPartner: partnerID) }
        print(
            listing.renderer(programme: programme).history(partnerID: partnerID, records: records, tierOrder: programme.tiers.map(\.id)),
            terminator: "")
    }
}
