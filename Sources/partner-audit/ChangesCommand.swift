import ArgumentParser
import AuditStore
import DossierModel
import PartnerAudit
import Programme
import Reports

/// `partner-audit changes --since DATE [--until DATE]`: whose standing moved in a period.
struct ChangesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Partners whose qualified tier rose or fell, or who became eligible or not, between two dates.",
        discussion: """
            Each partner's last record with an audit date before --since is compared with its last record \
            with an audit date up to --until; a partner with none before is new.
            Exit status: 0 done, 2 the history cannot be opened or is damaged, 64 usage error.
            """
    )

    @Option(help: ArgumentHelp("Start of the period, YYYY-MM-DD.", valueName: "date"))
    var since: CalendarDate

    @Option(help: ArgumentHelp("End of the period, YYYY-MM-DD.", discussion: "Default: today (UTC).", valueName: "date"))
    var until: CalendarDate?

    @OptionGroup var listing: HistoryListingOptions

    func validate() throws {
        if let until, until < since { throw ValidationError("--until must not be before --since") }
    }

    func run() async throws {
        let programme = try listing.programme()
        let end = until ?? .todayUTC
        guard end >= since else { throw ValidationError("--since \(since) is after today (\(end)): give --until") }
        let (before, after) = try await listing.database.withHistory { history in
            (try await history.latestRecords(asOfOnOrBefore: since.adding(days: -1)), try await history.latestRecords(asOfOnOrBefore: end))
        }
        let changes = HistoryChange.changes(from: before, to: after, tierOrder: programme.tiers.map(\.id))
        print(listing.renderer(programme: programme).changes(changes, since: since, until: end), terminator: "")
    }
}
