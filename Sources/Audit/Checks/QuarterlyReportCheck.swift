import DossierModel
import Programme

/// A quarterly report for the latest quarter whose last day is at least
/// `graceDays` days before the audit date, submitted on or before it.
struct QuarterlyReportCheck: RequirementCheck {
    let graceDays: Int

    func judge(_ dossier: Dossier, in context: CheckContext) -> Judgement {
        let quarter = requiredQuarter(on: context.asOf)
        let values: Placeholders = [.quarter: .quarter(quarter), .graceDays: .integer(graceDays)]
        let forQuarter = dossier.quarterlyReports.filter { $0.quarter == quarter }
        let submitted = forQuarter.filter { $0.submitted <= context.asOf }
        let intact = submitted.first { report in report.document.map { !context.attachments.isTampered($0) } ?? true }
        guard let chosen = intact ?? submitted.first else {
            return Judgement(status: .missing, line: forQuarter.first?.line, values: values)
        }
        guard intact != nil else {
            var values = values
            values[.line] = .integer(chosen.line)
            if let document = chosen.document { values[.file] = .text(document.path) }
            return Judgement(status: .tampered, line: chosen.line, values: values)
        }
        var result = Judgement(status: .met, line: chosen.line, values: values)
        result.lapsesOn = lapse(after: context.asOf, in: dossier, attachments: context.attachments)
        return result
    }

    /// The latest quarter whose last day is at least `graceDays` days before `date`.
    func requiredQuarter(on date: CalendarDate) -> Quarter {
        let cutoff = date.adding(days: -graceDays)
        let containing = Quarter(containing: cutoff)
        return containing.lastDay <= cutoff ? containing : containing.adding(-1)
    }

    /// The first day on which the required quarter's report is not on file, submitted by then.
    private func lapse(after asOf: CalendarDate, in dossier: Dossier, attachments: AttachmentVerdicts) -> CalendarDate {
        var quarter = requiredQuarter(on: asOf)
        while true {
            quarter = quarter.adding(1)
            let due = quarter.lastDay.adding(days: graceDays)
            let onFile = dossier.quarterlyReports.contains { report in
                report.quarter == quarter && report.submitted <= due && !(report.document.map(attachments.isTampered) ?? false)
            }
            if !onFile {
                return due
            }
        }
    }
}
