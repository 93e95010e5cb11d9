import Foundation
import Programme
import Testing

@testable import Audit
@testable import DossierModel

/// Sales add up in whole units when they can and in `Decimal` otherwise: both forms
/// must give the same judgement, to the digit.
@Suite struct ExactSalesTests {
    private typealias Lines = [(date: String, amount: String, currency: String?, channel: String)]

    private static let cases: [(lines: Lines, rates: [String: String], threshold: String)] = [
        ([Build.retail("2026-06-01", "7499.99")], [:], "7500.00"),
        ([Build.retail("2026-06-01", "7500.00")], [:], "7500.00"),
        ([Build.retail("2026-06-01", "7500.01")], [:], "7500"),
        ([Build.retail("2026-06-01", "7499.995"), Build.retail("2026-07-01", "0.004")], [:], "7500.00"),
        ([Build.retail("2026-03-02", "6944.44", "EUR")], ["EUR": "1.08"], "7500.00"),
        ([Build.retail("2026-03-02", "6944.45", "EUR")], ["EUR": "1.08"], "7500.00"),
        (
            [Build.retail("2026-01-10", "5000.00"), Build.retail("2026-06-01", "3000.00"), Build.retail("2026-08-01", "-200.00")], [:],
            "7500.00"
        ),
        ([Build.retail("2026-02-11", "7600.00"), Build.retail("2026-03-20", "-200.50", "GBP")], ["GBP": "1.2712345678"], "7500.00"),
        ([Build.retail("2026-02-01", "1500"), Build.retail("2026-02-01", "6000.0000"), Build.retail("2027-01-05", "2.5")], [:], "7499.99"),
        (
            [Build.retail("2025-12-01", "99999.999999", "JPY"), Build.retail("2026-09-30", "123456.78", "JPY")], ["JPY": "0.0067"],
            "15000.00"
        ),
        ([Build.retail("2026-02-01", "9000.00"), Build.retail("2026-12-03", "100.00", "CZK")], [:], "7500.00"),
        ([Build.retail("2026-02-01", "9000.00"), Build.retail("2026-03-02", "100.00", "CZK")], [:], "7500.00"),
        (
            [Build.retail("2026-05-31", "7500.00"), Build.retail("2026-11-30", "7500.00"), Build.retail("2027-05-31", "7500.00")], [:],
            "7500.00"
        ),
        ([], [:], "7500.00"),
        ([Build.retail("2026-06-01", "0.50"), Build.retail("2026-06-02", "0.50")], [:], "1.00"),
    ]

    private static func check(_ threshold: String) -> SalesVolumeCheck {
        SalesVolumeCheck(channel: "retail", windowMonths: 12, threshold: Build.money(threshold), currency: "USD")
    }

    @Test(arguments: cases.indices)
    func wholeUnitsAndDecimalJudgeAlike(index: Int) throws {
        let (lines, rates, threshold) = Self.cases[index]
        let sales = Build.sales(lines, rates: rates)
        let check = Self.check(threshold)
        let asOf = Build.date("2026-11-24")
        let scaled = try #require(SalesLedger<ScaledAmount>(sales, channel: "retail", currency: "USD"))
        let limit = try #require(ScaledAmount(check.threshold).flatMap(scaled.limit))
        let exact = check.judge(scaled, limit: limit, sales: sales, asOf: asOf)
        let decimal = check.judge(
            SalesLedger<Decimal>(sales, channel: "retail", currency: "USD"), limit: check.threshold, sales: sales, asOf: asOf)
        #expect(exact.status == decimal.status)
        #expect(exact.line == decimal.line)
        #expect(exact.lapsesOn == decimal.lapsesOn)
        #expect(exact.amounts?.actual.description == decimal.amounts?.actual.description)
        #expect(exact.amounts?.shortfall.description == decimal.amounts?.shortfall.description)
        for name in PlaceholderName.allCases {
            #expect(exact.values[name] == decimal.values[name], "\(name)")
            if case .exactMoney(let left)? = exact.values[name], case .exactMoney(let right)? = decimal.values[name] {
                #expect(left.description == right.description)
            }
        }
    }

    @Test func theSumKeepsDecimalsDigits() throws {
        let sales = Build.sales([Build.retail("2026-03-02", "81.24", "EUR"), Build.retail("2026-04-02", "0.76")], rates: ["EUR": "1.08"])
        let judged = Self.check("7500.00").judge(Build.dossier(sales: sales), in: Build.context("2026-11-24"))
        // 87.7392 + 0.76, with no trailing zero, as Decimal's own sum writes it.
        #expect(judged.amounts?.actual.description == "88.4992")
        #expect(judged.amounts?.actual.description == (Build.money("81.24") * Build.money("1.08") + Build.money("0.76")).description)
    }

    @Test func amountsBeyondSixtyFourBitsAreAddedInDecimal() {
        let sales = Build.sales([Build.retail("2026-06-01", "12345678901234567890.5"), Build.retail("2026-07-01", "0.0000000000000000001")])
        #expect(SalesLedger<ScaledAmount>(sales, channel: "retail", currency: "USD") == nil)
        let judged = Self.check("7500.00").judge(Build.dossier(sales: sales), in: Build.context("2026-11-24"))
        #expect(judged.status == .met)
        #expect(judged.amounts?.actual == Build.money("12345678901234567890.5") + Build.money("0.0000000000000000001"))
    }

    @Test func aThresholdFinerThanTheSalesIsComparedInDecimal() {
        let sales = Build.sales([Build.retail("2026-06-01", "7500.00")])
        #expect(Self.check("7500.001").judge(Build.dossier(sales: sales), in: Build.context("2026-11-24")).status == .insufficient)
        #expect(Self.check("7499.999").judge(Build.dossier(sales: sales), in: Build.context("2026-11-24")).status == .met)
    }

    /// The lapse date is the first day the requirement is not met, judged day by day.
    @Test(arguments: cases.indices)
    func lapseIsTheFirstDayNotMet(index: Int) {
        let (lines, rates, threshold) = Self.cases[index]
        let dossier = Build.dossier(sales: Build.sales(lines, rates: rates))
        let check = Self.check(threshold)
        let judged = check.judge(dossier, in: Build.context("2026-11-24"))
        guard judged.status == .met else { return }
        var day = Build.date("2026-11-24")
        var firstNotMet: CalendarDate?
        for _ in 0..<(3 * 366) {
            day = day.adding(days: 1)
            if check.judge(dossier, in: CheckContext(asOf: day, attachments: AttachmentVerdicts())).status != .met {
                firstNotMet = day
                break
            }
        }
        #expect(judged.lapsesOn == firstNotMet)
    }

    @Test(arguments: [
        ("2026-01-31", 1, "2026-03-01"), ("2026-03-31", 1, "2026-05-01"), ("2024-02-29", 12, "2025-03-01"),
        ("2026-05-15", 12, "2027-05-15"),
    ])
    func firstDayLeavingTheWindow(date: String, months: Int, expected: String) {
        let check = SalesVolumeCheck(channel: "retail", windowMonths: months, threshold: 1, currency: "USD")
        let leaving = check.firstDay(leaving: Build.date(date))
        #expect(leaving == Build.date(expected))
        #expect(check.windowStart(for: leaving) >= Build.date(date))
        #expect(check.windowStart(for: leaving.adding(days: -1)) < Build.date(date))
    }
}
