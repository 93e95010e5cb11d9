import Programme
import Testing

@testable import Audit
@testable import DossierModel

@Suite struct ForecastCheckTests {
    let check = ForecastCheck(quartersAhead: 1)

    private func forecast(_ quarter: String, amount: String = "6000.00", submitted: String = "2026-11-01") -> Forecast {
        Forecast(quarter: Quarter(quarter)!, amount: Build.money(amount), currency: nil, submitted: Build.date(submitted), line: 70)
    }

    private func status(_ forecasts: [Forecast], asOf: String) -> RequirementStatus {
        check.judge(Build.dossier(forecasts: forecasts), in: Build.context(asOf)).status
    }

    @Test(arguments: [("2026-12-31", RequirementStatus.met), ("2027-01-01", .missing)])
    func theQuarterAfterTheCurrentOne(asOf: String, expected: RequirementStatus) {
        #expect(status([forecast("2027-Q1")], asOf: asOf) == expected)
    }

    @Test func amountMustBePositiveAndSubmittedByTheAuditDate() {
        #expect(status([forecast("2027-Q1", amount: "0.00")], asOf: "2026-11-24") == .missing)
        #expect(status([forecast("2027-Q1", submitted: "2026-11-25")], asOf: "2026-11-24") == .missing)
        #expect(status([forecast("2027-Q1", submitted: "2026-11-24")], asOf: "2026-11-24") == .met)
    }

    @Test func lapsesWhenTheNextQuarterBegins() {
        let judged = check.judge(Build.dossier(forecasts: [forecast("2027-Q1")]), in: Build.context("2026-11-24"))
        #expect(judged.lapsesOn == Build.date("2027-01-01"))
    }
}

@Suite struct QuarterlyReportCheckTests {
    let check = QuarterlyReportCheck(graceDays: 30)

    private func report(_ quarter: String, submitted: String = "2026-10-10") -> QuarterlyReport {
        QuarterlyReport(quarter: Quarter(quarter)!, submitted: Build.date(submitted), document: nil, line: 80)
    }

    @Test(arguments: [
        ("2026-10-29", "2026-Q2"), ("2026-10-30", "2026-Q3"), ("2026-10-31", "2026-Q3"), ("2027-01-30", "2026-Q4"),
        ("2027-01-29", "2026-Q3"),
    ])
    func requiredQuarterEndedAtLeastTheGracePeriodAgo(asOf: String, quarter: String) {
        #expect(check.requiredQuarter(on: Build.date(asOf)).description == quarter)
    }

    @Test func reportMustBeSubmittedByTheAuditDate() {
        let context = Build.context("2026-11-24")
        #expect(check.judge(Build.dossier(reports: [report("2026-Q3")]), in: context).status == .met)
        #expect(check.judge(Build.dossier(reports: [report("2026-Q3", submitted: "2026-11-25")]), in: context).status == .missing)
        #expect(check.judge(Build.dossier(reports: [report("2026-Q2")]), in: context).status == .missing)
    }

    @Test func lapsesWhenTheNextReportFallsDue() {
        let judged = check.judge(Build.dossier(reports: [report("2026-Q3")]), in: Build.context("2026-11-24"))
        #expect(judged.lapsesOn == Build.date("2027-01-30"))
    }
}
