import DossierModel
import Foundation
import Programme

/// A forecast with a positive amount for the quarter `quartersAhead` after the one
/// containing the audit date, submitted on or before it.
struct ForecastCheck: RequirementCheck {
    let quartersAhead: Int

    func judge(_ dossier: Dossier, in context: CheckContext) -> Judgement {
        let quarter = Quarter(containing: context.asOf).adding(quartersAhead)
        let forQuarter = dossier.forecasts.filter { $0.quarter == quarter }
        let values: Placeholders = [.quarter: .quarter(quarter)]
        guard let met = forQuarter.first(where: { qualifies($0, by: context.asOf) }) else {
            return Judgement(status: .missing, line: forQuarter.first?.line, values: values)
        }
        return Judgement(status: .met, line: met.line, values: values, lapsesOn: lapse(after: context.asOf, in: dossier))
    }

    private func qualifies(_ forecast: Forecast, by date: CalendarDate) -> Bool {
        forecast.amount > 0 && forecast.submitted <= date
    }

    /// The first day of a later quarter on which its required forecast is not on file.
    private func lapse(after asOf: CalendarDate, in dossier: Dossier) -> CalendarDate {
        var current = Quarter(containing: asOf)
        while true {
            current = current.adding(1)
            let required = current.adding(quartersAhead)
            if !dossier.forecasts.contains(where: { $0.quarter == required && qualifies($0, by: current.firstDay) }) {
                return current.firstDay
            }
        }
    }
}
