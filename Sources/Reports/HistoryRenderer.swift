import Audit
import AuditStore
import DossierModel
import Foundation
import Programme

/// The output formats of the history's commands.
public enum HistoryFormat: String, CaseIterable, Sendable {
    case text, json, csv, markdown, html
}

/// A partner's recorded audit judged again on another date.
public struct ReauditEntry: Sendable {
    public var recorded: AuditRecord
    public var report: AuditReport
    /// How the verdict moved from the record to the re-audit.
    public var changes: [ChangeKind]

    public init(recorded: AuditRecord, report: AuditReport, changes: [ChangeKind]) {
        self.recorded = recorded
        self.report = report
        self.changes = changes
    }

    /// Whether the recorded qualified tier is still met on the new date; nil when none was.
    public var holds: Bool? {
        guard recorded.qualifiedTier != nil else { return nil }
        return !changes.contains(.tierDown)
    }
}

/// Writes the listings of `history`, `partners`, `changes` and `reaudit` in one format and language.
public struct HistoryRenderer: Sendable {
    public let format: HistoryFormat
    public let words: HistoryStrings
    /// Tier labels in the listing's language, by tier id (ids are shown for tiers not listed).
    public let tierLabels: [String: String]

    public init(format: HistoryFormat, language: Language, tierLabels: [String: String] = [:]) {
        self.format = format
        words = HistoryStrings(language: language)
        self.tierLabels = tierLabels
    }

    // MARK: - history

    /// A partner's records, oldest first, each with what changed from the one before.
    public func history(partnerID: String, records: [AuditRecord], tierOrder: [String]) -> String {
        let changes = records.indices.map { ChangeKind.between($0 > 0 ? records[$0 - 1] : nil, records[$0], tierOrder: tierOrder) }
        let name = records.last?.partnerName
        if format == .json {
            var json = JSONWriter()
            json.object { json in
                json.key("partner")
                json.object { json in
                    json.key("id")
                    json.string(partnerID)
                    json.key("name")
                    json.string(name)
                }
                json.key("records")
                json.array(zip(records, changes)) { json, pair in json.record(pair.0, changes: pair.1, report: true) }
            }
            return json.document()
        }
        let title = "\(words[.historyOf]) \(partnerID)" + (name.map { " — \($0)" } ?? "")
        let table = HistoryTable(
            title: title,
            headings: [
                words[.asOf], words[.recordedAt], words[.dossier], words[.applied], words[.qualified], words[.eligible],
                words[.holdsUntil], words[.changed],
            ],
            csvNames: [
                "as_of", "recorded_at", "recorded_by", "dossier_sha256", "applied_tier", "qualified_tier", "eligible",
                "holds_until", "lapsing_requirement", "changes",
            ],
            rows: zip(records, changes).map { record, kinds in
                [
                    record.asOf.description, record.recordedAt.formatted(.iso8601), String(record.dossierSHA256.prefix(12)),
                    tier(record.appliedTier), qualified(record), yesNo(record.eligible), holdsUntil(record),
                    kinds.map(words.kind).joined(separator: ", "),
                ]
            },
            csvRows: zip(records, changes).map { record, kinds in
                [
                    record.asOf.description, record.recordedAt.formatted(.iso8601), record.recordedBy, record.dossierSHA256,
                    record.appliedTier ?? "", record.qualifiedTier ?? "", String(record.eligible),
                    record.holdsUntil?.description ?? "", record.lapsingRequirement ?? "", kinds.map(\.rawValue).joined(separator: ";"),
                ]
            },
            empty: words[.noRecords])
        return render(table)
    }

    // MARK: - partners

    /// The latest record of each partner.
    public func partners(_ records: [AuditRecord]) -> String {
        if format == .json {
            var json = JSONWriter()
            json.object { json in
                json.key("partners")
                json.array(records) { json, record in json.record(record, changes: nil, report: false) }
            }
            return json.document()
        }
        let table = HistoryTable(
            title: words[.partnersTitle],
            headings: [
                words[.partner], words[.name], words[.asOf], words[.applied], words[.qualified], words[.eligible], words[.holdsUntil],
            ],
            csvNames: [
                "partner_id", "partner_name", "as_of", "applied_tier", "qualified_tier", "eligible", "holds_until",
                "lapsing_requirement", "dossier_sha256",
            ],
            rows: records.map { record in
                [
                    record.partnerID ?? "", record.partnerName ?? "", record.asOf.description, tier(record.appliedTier), qualified(record),
                    yesNo(record.eligible), holdsUntil(record),
                ]
            },
            csvRows: records.map { record in
                [
                    record.partnerID ?? "", record.partnerName ?? "", record.asOf.description, record.appliedTier ?? "",
                    record.qualifiedTier ?? "", String(record.eligible), record.holdsUntil?.description ?? "",
                    record.lapsingRequirement ?? "", record.dossierSHA256,
                ]
            },
            empty: words[.noPartners])
        return render(table)
    }

    // MARK: - changes

    /// The partners whose standing moved between `since` and `until`.
    public func changes(_ changes: [HistoryChange], since: CalendarDate, until: CalendarDate) -> String {
        if format == .json {
            var json = JSONWriter()
            json.object { json in
                json.key("changes")
                json.array(changes) { json, change in
                    json.object { json in
                        json.key("after")
                        json.standing(change.after)
                        json.key("before")
                        if let before = change.before { json.standing(before) } else { json.null() }
                        json.key("kind")
                        json.string(change.kind.rawValue)
                        json.key("partner")
                        json.partner(change.after)
                    }
                }
                json.key("since")
                json.string(since.description)
                json.key("until")
                json.string(until.description)
            }
            return json.document()
        }
        func standing(_ record: AuditRecord?) -> String {
            guard let record else { return words[.none] }
            return "\(qualified(record)), \(words[.eligible].lowercased()): \(yesNo(record.eligible)) (\(record.asOf))"
        }
        let table = HistoryTable(
            title: "\(words[.changesTitle]) \(since) – \(until)",
            headings: [words[.partner], words[.name], words[.change], words[.before], words[.after]],
            csvNames: [
                "partner_id", "partner_name", "kind", "before_as_of", "before_qualified_tier", "before_eligible",
                "after_as_of", "after_qualified_tier", "after_eligible",
            ],
            rows: changes.map { change in
                [
                    change.after.partnerID ?? "", change.after.partnerName ?? "", words.kind(change.kind), standing(change.before),
                    standing(change.after),
                ]
            },
            csvRows: changes.map { change in
                [
                    change.after.partnerID ?? "", change.after.partnerName ?? "", change.kind.rawValue,
                    change.before?.asOf.description ?? "", change.before?.qualifiedTier ?? "",
                    change.before.map { String($0.eligible) } ?? "",
                    change.after.asOf.description, change.after.qualifiedTier ?? "", String(change.after.eligible),
                ]
            },
            empty: words[.noChanges])
        return render(table)
    }

    // MARK: - reaudit

    /// Each partner's latest recorded dossier judged again on `asOf`.
    public func reaudit(_ entries: [ReauditEntry], asOf: CalendarDate) -> String {
        if format == .json {
            var json = JSONWriter()
            json.object { json in
                json.key("asOf")
                json.string(asOf.description)
                json.key("partners")
                json.array(entries) { json, entry in
                    json.object { json in
                        json.key("changes")
                        json.array(entry.changes) { $0.string($1.rawValue) }
                        json.key("holds")
                        if let holds = entry.holds { json.bool(holds) } else { json.null() }
                        json.key("partner")
                        json.partner(entry.recorded)
                        json.key("reaudited")
                        json.verdict(of: entry.report)
                        json.key("recorded")
                        json.verdict(of: entry.recorded)
                        json.key("report")
                        json.report(entry.report)
                    }
                }
            }
            return json.document()
        }
        func verdict(_ entry: ReauditEntry) -> String {
            guard let holds = entry.holds else { return words[.noTier] }
            return holds ? words[.holds] : words[.lapses]
        }
        func reaudited(_ report: AuditReport) -> String {
            report.valid ? tier(report.qualifiedTier) : words[.invalid]
        }
        let table = HistoryTable(
            title: "\(words[.reauditTitle]) \(asOf)",
            headings: [
                words[.partner], words[.name], words[.recorded], words[.qualified], words[.reaudited], words[.verdict],
                words[.holdsUntil], words[.changed],
            ],
            csvNames: [
                "partner_id", "partner_name", "recorded_as_of", "recorded_qualified_tier", "qualified_tier", "eligible",
                "holds", "holds_until", "lapsing_requirement", "changes",
            ],
            rows: entries.map { entry in
                [
                    entry.recorded.partnerID ?? "", entry.recorded.partnerName ?? "", entry.recorded.asOf.description,
                    qualified(entry.recorded), reaudited(entry.report), verdict(entry),
                    entry.report.holdsUntil.map { "\($0.date) (\($0.requirement))" } ?? words[.none],
                    entry.changes.map(words.kind).joined(separator: ", "),
                ]
            },
            csvRows: entries.map { entry in
                [
                    entry.recorded.partnerID ?? "", entry.recorded.partnerName ?? "", entry.recorded.asOf.description,
                    entry.recorded.qualifiedTier ?? "", entry.report.qualifiedTier ?? "", String(entry.report.eligible),
                    entry.holds.map { String($0) } ?? "", entry.report.holdsUntil?.date.description ?? "",
                    entry.report.holdsUntil?.requirement ?? "", entry.changes.map(\.rawValue).joined(separator: ";"),
                ]
            },
            empty: words[.nothingToReaudit])
        return render(table)
    }

    // MARK: - Parts

    private func render(_ table: HistoryTable) -> String {
        switch format {
        case .text, .json: table.text()
        case .csv: table.csv()
        case .markdown: table.markdown()
        case .html: table.html(language: words.language)
        }
    }

    private func tier(_ id: String?) -> String {
        id.map { tierLabels[$0] ?? $0 } ?? words[.noTier]
    }

    private func qualified(_ record: AuditRecord) -> String {
        record.valid ? tier(record.qualifiedTier) : words[.invalid]
    }

    private func yesNo(_ flag: Bool) -> String { flag ? words[.yes] : words[.no] }

    private func holdsUntil(_ record: AuditRecord) -> String {
        record.holdsUntil.map { "\($0) (\(record.lapsingRequirement ?? ""))" } ?? words[.none]
    }
}

extension JSONWriter {
    /// A record, keys sorted; with the stored report when `report`, with the changes from the record before when given.
    mutating func record(_ record: AuditRecord, changes: [ChangeKind]?, report: Bool) {
        object { json in
            json.key("appliedTier")
            json.string(record.appliedTier)
            json.key("asOf")
            json.string(record.asOf.description)
            json.key("attachments")
            json.array(record.attachments) { json, check in
                json.object { json in
                    json.key("actual")
                    json.string(check.actualSHA256)
                    json.key("expected")
                    json.string(check.expectedSHA256)
                    json.key("file")
                    json.string(check.file)
                    json.key("notChecked")
                    json.string(check.notChecked)
                }
            }
            if let changes {
                json.key("changes")
                json.array(changes) { $0.string($1.rawValue) }
            }
            json.key("dossier")
            json.object { json in
                json.key("file")
                json.string(record.file)
                json.key("sha256")
                json.string(record.dossierSHA256)
                json.key("size")
                json.number(record.dossierSize)
            }
            json.key("eligible")
            json.bool(record.eligible)
            json.key("holdsUntil")
            json.holdsUntil(record)
            json.key("id")
            json.number(record.id.map { Int($0) })
            if !report {
                json.key("partner")
                json.partner(record)
            }
            json.key("programme")
            json.object { json in
                json.key("id")
                json.string(record.programmeID)
                json.key("sha256")
                json.string(record.programmeSHA256)
            }
            json.key("qualifiedTier")
            json.string(record.qualifiedTier)
            json.key("recordedAt")
            json.string(record.recordedAt.formatted(.iso8601))
            json.key("recordedBy")
            json.string(record.recordedBy)
            if report {
                json.key("report")
                if let stored = StoredJSON.parse(record.reportJSON) { json.stored(stored) } else { json.null() }
            }
            json.key("toolVersion")
            json.string(record.toolVersion)
            json.key("valid")
            json.bool(record.valid)
        }
    }

    /// `{asOf, eligible, qualifiedTier}` of a record, as `changes` gives its `before` and `after`.
    mutating func standing(_ record: AuditRecord) {
        object { json in
            json.key("asOf")
            json.string(record.asOf.description)
            json.key("eligible")
            json.bool(record.eligible)
            json.key("qualifiedTier")
            json.string(record.qualifiedTier)
        }
    }

    /// The verdict of a record: its standing and when it lapses.
    mutating func verdict(of record: AuditRecord) {
        object { json in
            json.key("asOf")
            json.string(record.asOf.description)
            json.key("eligible")
            json.bool(record.eligible)
            json.key("holdsUntil")
            json.holdsUntil(record)
            json.key("qualifiedTier")
            json.string(record.qualifiedTier)
        }
    }

    /// The verdict of a report, as `verdict(of:)` gives a record's.
    mutating func verdict(of report: AuditReport) {
        object { json in
            json.key("asOf")
            json.string(report.asOf.description)
            json.key("eligible")
            json.bool(report.eligible)
            json.key("holdsUntil")
            json.lapse(report.holdsUntil)
            json.key("qualifiedTier")
            json.string(report.qualifiedTier)
        }
    }

    mutating func partner(_ record: AuditRecord) {
        object { json in
            json.key("id")
            json.string(record.partnerID)
            json.key("name")
            json.string(record.partnerName)
        }
    }

    mutating func holdsUntil(_ record: AuditRecord) {
        guard let date = record.holdsUntil else { return null() }
        object { json in
            json.key("date")
            json.string(date.description)
            json.key("requirement")
            json.string(record.lapsingRequirement)
        }
    }
}
