import AuditStore
import Foundation

/// The JSON answers of `/api/v1/applications`: members in the order the design lists
/// them, laid out as the reports are (two spaces, `" : "`), the report object inside as
/// its own text, indented one level more.
enum ApplicationDocument {
    /// `201`: `{"id", "status", "receipt", "report"}`.
    static func submitted(_ submission: ApplicationSubmission, reportJSON: String) -> String {
        document([
            ("id", string(submission.application.id)),
            ("status", string(submission.application.status.rawValue)),
            ("receipt", string(submission.receipt)),
            ("report", reportJSON),
        ])
    }

    /// `GET`: `{"id", "tier", "status", "submittedAt", "decision", "report"}`, the report as it was recorded.
    static func status(_ application: Application) -> String {
        let decision = application.decision.map { decision in
            object(
                [
                    ("status", string(decision.status.rawValue)),
                    ("comment", string(decision.comment)),
                    ("decidedAt", string(timestamp(decision.decidedAt))),
                ])
        }
        return document([
            ("id", string(application.id)),
            ("tier", string(application.tier)),
            ("status", string(application.status.rawValue)),
            ("submittedAt", string(timestamp(application.submittedAt))),
            ("decision", decision ?? "null"),
            ("report", application.record.reportJSON),
        ])
    }

    /// A moment as the answers write it: UTC, whole seconds, `2026-12-03T09:30:00Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    // MARK: - Text

    /// A whole document: the object of `members`, and a line break.
    private static func document(_ members: [(String, String)]) -> String {
        object(members) + "\n"
    }

    /// An object of `members`, each value JSON text already, indented one level inside it.
    private static func object(_ members: [(String, String)]) -> String {
        let lines = members.map { name, value in
            "  \(string(name)) : " + value.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "\n  ")
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}"
    }

    /// `text` as a JSON string.
    private static func string(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
