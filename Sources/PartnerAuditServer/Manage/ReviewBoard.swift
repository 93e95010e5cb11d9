import Audit
import AuditStore
import DossierModel
import Foundation
import Hummingbird
import NIOPosix
import PartnerAudit
import Programme
import Reports

/// What the managers' pages and their JSON twins read and do, whatever the format: the
/// board's filters and pages, timelines, recorded reports reproduced, the applications
/// and their decisions. Every refusal is a `ServiceError`.
struct ReviewBoard: Sendable {
    let store: ServerStore
    let service: AuditService

    /// Rows on one page of the board or of the queue.
    static let pageSize = 50
    /// Pending applications shown on the board.
    static let pendingOnBoard = 10
    /// The widest `lapsingWithin`, in days (ten years).
    static let maxLapsingDays = 3660

    var programme: Programme { service.programme }
    var tierOrder: [String] { service.tierIDs }

    // MARK: - The board

    /// The board's filters and page, as the query gives them.
    struct BoardQuery: Sendable, Equatable {
        var tier: String?
        var notEligible = false
        var lapsingWithin: Int?
        /// 1 for the first page.
        var page = 1

        /// The query's parameters, for links to other pages of the same board.
        var parameters: [(String, String)] {
            var out: [(String, String)] = []
            if let tier { out.append(("tier", tier)) }
            if notEligible { out.append(("notEligible", "true")) }
            if let lapsingWithin { out.append(("lapsingWithin", String(lapsingWithin))) }
            return out
        }
    }

    /// The board's query in `parameters`; unknown tiers, flags other than true or false,
    /// day counts and pages that are not whole numbers in range are refused.
    func boardQuery(_ parameters: (String) -> String?) throws(ServiceError) -> BoardQuery {
        func value(_ name: String) -> String? { parameters(name).flatMap { $0.isEmpty ? nil : $0 } }
        var query = BoardQuery()
        if let tier = value("tier") {
            guard tierOrder.contains(tier) else {
                throw .badFilter("tier", tier, expected: "choose one of \(tierOrder.joined(separator: ", "))")
            }
            query.tier = tier
        }
        if let flag = value("notEligible") {
            guard let parsed = Bool(flag) else { throw .badFilter("notEligible", flag, expected: "true or false") }
            query.notEligible = parsed
        }
        if let days = value("lapsingWithin") {
            guard let count = Int(days), (0...Self.maxLapsingDays).contains(count) else {
                throw .badFilter("lapsingWithin", days, expected: "a number of days from 0 to \(Self.maxLapsingDays)")
            }
            query.lapsingWithin = count
        }
        query.page = try page(value("page"))
        return query
    }

    /// A 1-based page number; nil is the first.
    func page(_ text: String?) throws(ServiceError) -> Int {
        guard let text else { return 1 }
        guard let page = Int(text), page >= 1, page <= 1_000_000 else {
            throw .badFilter("page", text, expected: "a page number from 1")
        }
        return page
    }

    /// The board: one page of the latest record per partner that the query lets through,
    /// the counts per qualified tier, and the first pending applications.
    struct Board: Sendable {
        var query: BoardQuery
        var records: Page<AuditRecord>
        var counts: [String?: Int]
        var pending: Page<AuditStore.Application>
    }

    func board(_ query: BoardQuery) async throws -> Board {
        let filter = PartnerFilter(
            qualifiedTier: query.tier, notEligible: query.notEligible,
            lapsingOnOrBefore: query.lapsingWithin.map { today.adding(days: $0) })
        let history = store.history
        let records = try await history.latestRecords(matching: filter, page: Self.pageRequest(query.page))
        let counts = try await history.qualifiedTierCounts()
        let pending = try await history.applications(status: .pending, page: PageRequest(offset: 0, limit: Self.pendingOnBoard))
        return Board(query: query, records: records, counts: counts, pending: pending)
    }

    static func pageRequest(_ page: Int) -> PageRequest {
        PageRequest(offset: (page - 1) * pageSize, limit: pageSize)
    }

    /// Today (UTC) by the store's clock.
    var today: CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: store.now())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    // MARK: - Timelines and records

    /// The partner's records, oldest first; 404 when the history has none.
    func timeline(_ partnerID: String, path: String) async throws -> [AuditRecord] {
        let records = try await store.history.records(ofPartner: partnerID)
        guard !records.isEmpty else { throw ServiceError.nothingHere(path) }
        return records
    }

    /// What changed from each record to the next, as `history` says it.
    func changes(_ records: [AuditRecord]) -> [[ChangeKind]] {
        records.indices.map { ChangeKind.between($0 > 0 ? records[$0 - 1] : nil, records[$0], tierOrder: tierOrder) }
    }

    /// The record `text` names; 404 when it names none.
    func record(_ text: String, path: String) async throws -> AuditRecord {
        guard let id = Int64(text), id > 0, let record = try await store.history.record(id: id) else {
            throw ServiceError.nothingHere(path)
        }
        return record
    }

    /// A recorded audit as a page can show it: the report judged again from the stored
    /// bytes, on the recorded date, for the recorded tier and with the recorded attachment
    /// verdicts, when that gives back exactly the report that was stored; else the stored report alone.
    enum RecordedReport: Sendable {
        case reproduced(AuditReport)
        case stored(String)
    }

    /// `record`'s report in `language`, reproduced when it can be.
    func report(of record: AuditRecord, in language: Language) async throws -> RecordedReport {
        guard let bytes = try await store.history.dossierBytes(sha256: record.dossierSHA256) else {
            return .stored(record.reportJSON)
        }
        let recordedIn = Self.language(ofStored: record.reportJSON)
        let service = service
        let reproduced = try await NIOThreadPool.singleton.runIfActive { () -> AuditReport? in
            let again = Reauditor(session: service.session(recordedIn)).audit(record, bytes: bytes, asOf: record.asOf).report
            guard JSONReporter().render(again) == record.reportJSON else { return nil }
            guard language != recordedIn else { return again }
            return Reauditor(session: service.session(language)).audit(record, bytes: bytes, asOf: record.asOf).report
        }
        return reproduced.map { .reproduced($0) } ?? .stored(record.reportJSON)
    }

    /// The language a stored JSON report was written in (English when it does not say).
    static func language(ofStored json: String) -> Language {
        let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return (object?["language"] as? String).flatMap(Language.init(rawValue:)) ?? .english
    }

    // MARK: - Applications

    /// The status a queue's `status` parameter names; nil (every status) when absent.
    func status(_ text: String?) throws(ServiceError) -> ApplicationStatus? {
        guard let text, !text.isEmpty else { return nil }
        guard let status = ApplicationStatus(rawValue: text) else {
            throw .badFilter("status", text, expected: "pending, approved or rejected")
        }
        return status
    }

    func applications(status: ApplicationStatus?, page: Int) async throws -> Page<AuditStore.Application> {
        try await store.history.applications(status: status, page: Self.pageRequest(page))
    }

    /// The application `id` names; 404 when it names none.
    func application(_ id: String, path: String) async throws -> AuditStore.Application {
        guard id.utf8.count <= 64, let application = try await store.history.application(id: id) else {
            throw ServiceError.nothingHere(path)
        }
        return application
    }

    /// Records `manager`'s decision on application `id` now.
    func decide(_ id: String, _ decision: Decisions.Choice, comment: String, manager: String) async throws -> DecisionOutcome {
        guard id.utf8.count <= 64 else { return .notFound }
        return try await store.history.decide(
            applicationID: id, Decision(status: decision.status, comment: comment, manager: manager, decidedAt: store.now()))
    }
}

/// What a decision may be.
enum Decisions {
    /// The longest comment, in characters.
    static let maxCommentLength = 4000

    enum Choice: String, Sendable {
        case approve
        case reject

        var status: ApplicationStatus { self == .approve ? .approved : .rejected }
    }

    /// The decision and comment a form or a JSON body gives; refused when the decision is
    /// neither approve nor reject, or the comment too long or holding control characters.
    static func parse(decision: String?, comment: String?) throws(ServiceError) -> (Choice, String) {
        guard let decision, let choice = Choice(rawValue: decision) else { throw .badDecision }
        let comment = (comment ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard comment.count <= maxCommentLength,
            !comment.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" })
        else { throw .badDecision }
        return (choice, comment)
    }
}
