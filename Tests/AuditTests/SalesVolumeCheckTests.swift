import Foundation
import Programme
import Testing

@testable import Audit
@testable import DossierModel

@Suite struct SalesVolumeCheckTests {
    let check = SalesVolumeCheck(channel: "retail", windowMonths: 12, threshold: Build.money("7500.00"), currency: "USD")

    private func judge(_ sales: Sales, asOf: String = "2026-11-24") -> Judgement {
        check.judge(Build.dossier(sales: sales), in: Build.context(asOf))
    }

    @Test(arguments: [("7499.99", RequirementStatus.insufficient), ("7500.00", .met), ("7500.01", .met)])
    func thresholdIsInclusive(amount: String, expected: RequirementStatus) {
        #expect(judge(Build.sales([Build.retail("2026-06-01", amount)])).status == expected)
    }

    @Test(arguments: [("2025-11-24", false), ("2025-11-25", true), ("2026-11-24", true), ("2026-11-25", false)])
    func windowIsAfterOneYearBackUpToTheAuditDate(date: String, counted: Bool) {
        let judged = judge(Build.sales([Build.retail(date, "7500.00")]))
        #expect((judged.status == .met) == counted)
    }

    @Test(arguments: [("2027-02-28", false), ("2027-03-01", true)])
    func leapDayWindowStartsOnTheTwentyEighth(date: String, counted: Bool) {
        let judged = judge(Build.sales([Build.retail(date, "7500.00")]), asOf: "2028-02-29")
        #expect((judged.status == .met) == counted)
    }

    @Test func insufficientReportsSumAndShortfall() throws {
        let judged = judge(Build.sales([Build.retail("2026-02-11", "6000.00"), Build.retail("2026-03-01", "840.50")]))
        #expect(judged.status == .insufficient)
        let amounts = try #require(judged.amounts)
        #expect(amounts.actual == Build.money("6840.50"))
        #expect(amounts.shortfall == Build.money("659.50"))
        #expect(judged.line == 49)
    }

    @Test func creditNotesCountNegativelyAndOtherChannelsNotAtAll() {
        let sales = Build.sales([
            Build.retail("2026-02-11", "7600.00"), Build.retail("2026-03-20", "-200.00"),
            ("2026-04-01", "5000.00", nil, "distribution"), ("2026-04-02", "5000.00", nil, "oem"),
        ])
        #expect(judge(sales).status == .insufficient)
        #expect(judge(sales).amounts?.actual == Build.money("7400.00"))
    }

    @Test func otherCurrenciesAreConvertedExactly() {
        let sales = Build.sales([Build.retail("2026-03-02", "6944.45", "EUR")], rates: ["EUR": "1.08"])
        #expect(judge(sales).amounts?.actual == Build.money("7500.006"))
        #expect(judge(sales).status == .met)
    }

    @Test func aCurrencyWithoutRateIsUnverifiableEvenAboveTheThreshold() {
        let sales = Build.sales([Build.retail("2026-02-01", "9000.00"), Build.retail("2026-03-02", "100.00", "CZK")])
        let judged = judge(sales)
        #expect(judged.status == .unverifiable)
        #expect(judged.line == 51)
        #expect(judged.values[.currencies] == .text("CZK"))
    }

    @Test func unconvertibleSalesOutsideTheWindowDoNotMatter() {
        let sales = Build.sales([
            Build.retail("2026-02-01", "9000.00"), Build.retail("2024-03-02", "100.00", "CZK"),
            ("2026-03-02", "100.00", "CZK", "distribution"),
        ])
        #expect(judge(sales).status == .met)
    }

    @Test func roundingNeverHidesAShortfall() {
        let sales = Build.sales([Build.retail("2026-03-02", "6944.44", "EUR")], rates: ["EUR": "1.08"])
        let judged = judge(sales)
        #expect(judged.status == .insufficient)
        #expect(judged.values[.actual] == .exactMoney(Build.money("7499.9952")))
        #expect(MoneyFormat.format(Build.money("7499.9952"), language: .english) == "7,500.00")
        #expect(MoneyFormat.exact(Build.money("7499.9952"), language: .english) == "7,499.9952")
    }

    @Test func moneyIsShownHalfEvenInEachLanguage() {
        #expect(MoneyFormat.format(Build.money("659.505"), language: .english) == "659.50")
        #expect(MoneyFormat.format(Build.money("659.515"), language: .english) == "659.52")
        #expect(MoneyFormat.format(Build.money("15000"), language: .russian) == "15\u{00A0}000,00")
        #expect(MoneyFormat.format(Build.money("-200"), language: .english) == "-200.00")
    }

    @Test func lapsesWhenSalesRollOutBelowTheThreshold() {
        let sales = Build.sales([Build.retail("2026-01-10", "5000.00"), Build.retail("2026-06-01", "3000.00")])
        #expect(judge(sales).lapsesOn == Build.date("2027-01-10"))
    }
}
