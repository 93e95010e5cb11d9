import Audit
import Diagnostics
import DossierModel
import Programme

/// The text summary of a batch: one row per dossier as it arrives (fixed column
/// widths, long cells cut), then totals per tier.
struct BatchTable: BatchWriter {
    private var words = ReportStrings(language: .english)
    private var counts = TierCounts()
    private static let widths = [34, 30, 17, 17, 16, 12]

    /// The dossier's row.
    static func entry(for report: AuditReport) -> String {
        let words = ReportStrings(language: report.language)
        let partner = report.partner.map { "\($0.id) \($0.name)" } ?? "—"
        let missing =
            report.valid
            ? report.findings.map { "\($0.label) (\(words.status($0.status)))" }.joined(separator: ", ")
            : report.errors.first.map { "\(words.location(line: $0.line, column: $0.column)): \($0.message)" } ?? ""
        let cells = [
            report.file, partner, report.appliedTier.map(report.tierLabel) ?? "—", report.qualifiedTier.map(report.tierLabel) ?? "—",
            words.standing(Standing(report)), report.holdsUntil?.date.description ?? "—", missing,
        ]
        return row(cells) + "\n"
    }

    mutating func begin() -> String { "" }

    mutating func add(_ report: AuditReport, entry: String) -> String {
        var out = ""
        if counts.total == 0 {
            words = ReportStrings(language: report.language)
            let header = [
                words[.dossier], words[.partner], words[.applied], words[.qualified], words[.status], words[.holdsUntil],
                words[.missing],
            ]
            out = Self.row(header) + "\n" + String(repeating: "─", count: Self.widths.reduce(0, +) + 2 * Self.widths.count + 20) + "\n"
        }
        counts.add(report)
        return out + entry
    }

    mutating func end() -> String {
        var lines = ["", "\(words[.totalsPerTier]):"]
        let rows =
            counts.tiers.map { [$0.label, String($0.count)] }
            + [[words[.noTier], String(counts.noTier)], [words[.invalid], String(counts.invalid)]]
        let width = rows.map { $0[0].count }.max() ?? 0
        lines += rows.map { "  " + $0[0] + String(repeating: " ", count: width - $0[0].count) + "  " + $0[1] }
        lines.append("  \(words[.total]): \(counts.total) \(words[counts.total == 1 ? .oneDossier : .dossiers])")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Cells padded to the fixed widths, cut with `…` when longer; the last cell is left whole.
    private static func row(_ cells: [String]) -> String {
        cells.enumerated().map { index, cell in
            guard index < widths.count else { return cell }
            let width = widths[index]
            let fitted = cell.count <= width ? cell : index == 0 ? "…" + cell.suffix(width - 1) : cut(cell, to: width)
            return fitted + String(repeating: " ", count: width - fitted.count)
        }.joined(separator: "  ")
    }

    /// The start of `cell` in at most `width` characters, cut after a whole word where
    /// there is one, then `…`. (Paths are cut the other way, keeping the file name.)
    private static func cut(_ cell: String, to width: Int) -> String {
        let head = cell.prefix(width - 1)
        let words = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return words + "…"
    }
}
