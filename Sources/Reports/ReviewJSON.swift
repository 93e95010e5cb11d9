import AuditStore
import Foundation

/// The JSON of the managers' API: the board, one record, the applications and their
/// decisions. Records are written as `history --format json` writes them; keys sorted,
/// laid out as the other JSON outputs.
public enum ReviewJSON {
    /// `GET /api/v1/manage/partners`: one page of the latest record per partner, the
    /// counts per qualified tier (`none` for none), and how many applications wait.
    public static func board(
        _ records: Page<AuditRecord>, page: Int, pageSize: Int, counts: [String?: Int], tierOrder: [String], pending: Int
    ) -> String {
        var json = JSONWriter()
        json.object { json in
            json.key("counts")
            json.object { json in
                for tier in (tierOrder + ["none"]).sorted() {
                    json.key(escaping: tier)
                    json.number(counts[tier == "none" ? nil : tier] ?? 0)
                }
            }
            json.key("page")
            json.number(page)
            json.key("pageSize")
            json.number(pageSize)
            json.key("partners")
            json.array(records.items) { json, record in json.record(record, changes: nil, report: false) }
            json.key("pendingApplications")
            json.number(pending)
            json.key("total")
            json.number(records.total)
        }
        return json.document()
    }

    /// `GET /api/v1/manage/records/{id}`: the partner and the record, with its stored report.
    public static func record(_ record: AuditRecord) -> String {
        var json = JSONWriter()
        json.object { json in
            json.key("partner")
            json.partner(record)
            json.key("record")
            json.record(record, changes: nil, report: true)
        }
        return json.document()
    }

    /// `GET /api/v1/manage/applications`: a page of applications, without their reports.
    public static func applications(_ applications: Page<Application>, page: Int, pageSize: Int) -> String {
        var json = JSONWriter()
        json.object { json in
            json.key("applications")
            json.array(applications.items) { json, application in json.application(application, report: false) }
            json.key("page")
            json.number(page)
            json.key("pageSize")
            json.number(pageSize)
            json.key("total")
            json.number(applications.total)
        }
        return json.document()
    }

    /// `GET /api/v1/manage/applications/{id}` and the decision's answer: the application with its report.
    public static func application(_ application: Application) -> String {
        var json = JSONWriter()
        json.application(application, report: true)
        return json.document()
    }
}

extension JSONWriter {
    /// An application: who applied for what, when, where it stands, the decision, the record
    /// it was filed on (by id), and with `report` the stored report.
    mutating func application(_ application: Application, report: Bool) {
        object { json in
            json.key("decision")
            if let decision = application.decision {
                json.object { json in
                    json.key("comment")
                    json.string(decision.comment)
                    json.key("decidedAt")
                    json.string(decision.decidedAt.formatted(.iso8601))
                    json.key("manager")
                    json.string(decision.manager)
                    json.key("status")
                    json.string(decision.status.rawValue)
                }
            } else {
                json.null()
            }
            json.key("id")
            json.string(application.id)
            json.key("partner")
            json.partner(application.record)
            json.key("record")
            json.number(application.record.id.map { Int($0) })
            if report {
                json.key("report")
                if let stored = StoredJSON.parse(application.record.reportJSON) { json.stored(stored) } else { json.null() }
            }
            json.key("status")
            json.string(application.status.rawValue)
            json.key("submittedAt")
            json.string(application.submittedAt.formatted(.iso8601))
            json.key("tier")
            json.string(application.tier)
        }
    }
}
