import Audit
import DossierXML

/// The text summary of a batch: one row per dossier, then totals per tier.
struct BatchTable {
    let reports: [AuditReport]
    let options: ReportOptions

    func render() -> String {
        let words = ReportStrings(language: reports.first?.language ?? "en")
        let header = [words[.dossier], words[.partner], words[.applied], words[.qualified], words[.eligible], words[.missing]]
        let rows = reports.map { report -> [String] in
            let partner = report.partner.map { "\($0.id) \($0.name)" } ?? "—"
            let eligible = report.valid ? (report.eligible ? "yes" : (report.appliedTier == nil ? "—" : "no")) : words[.invalid]
            let missing = report.valid
                ? report.findings.map { "\($0.requirement) (\(words.status($0.status)))" }.joined(separator: ", ")
                : "\(report.errors.count) error(s): \(report.errors.first?.message ?? "")"
            return [report.file, partner, report.appliedTier ?? "—", report.qualifiedTier ?? "—", eligible, missing]
        }
        var lines = Self.table([header] + rows)
        lines.insert(String(repeating: "─", count: lines[0].count), at: 1)

        lines.append("")
        lines.append("\(words[.totalsPerTier]):")
        var tierIDs: [String] = []
        for report in reports { for tier in report.tiers where !tierIDs.contains(tier.id) { tierIDs.append(tier.id) } }
        var totals = tierIDs.map { id in [id, String(reports.filter { $0.qualifiedTier == id }.count)] }
        totals.append([words[.noTier], String(reports.filter { $0.valid && $0.qualifiedTier == nil }.count)])
        totals.append([words[.invalid], String(reports.filter { !$0.valid }.count)])
        lines += Self.table(totals).map { "  " + $0 }
        lines.append("  \(reports.count) \(words[.dossiers])")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Rows padded into columns; a long last column is left as it is.
    static func table(_ rows: [[String]]) -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
    }
}
