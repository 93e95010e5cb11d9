import DossierModel
import Foundation
import Testing

/// Sales lines are summed per day, channel and currency as they are read, keeping
/// the first line of each sum, its most precise scale and how many lines it holds.
@Suite struct SalesSummaryTests {
    private func sale(
        _ id: String, _ date: String, _ amount: String, channel: String = "retail", currency: String? = nil, line: Int
    ) -> Sale {
        Sale(
            id: id, date: CalendarDate(date)!, channel: channel, amount: Decimal(string: amount)!, currency: currency,
            product: nil, line: line)
    }

    @Test func linesOfOneDayChannelAndCurrencyAreSummedExactly() throws {
        let sales = Sales(
            currency: "EUR",
            lines: [
                sale("A", "2026-01-05", "0.10", line: 10),
                sale("B", "2026-01-05", "0.20", currency: "EUR", line: 11),
                sale("C", "2026-01-05", "-0.005", line: 12),
                sale("D", "2026-01-05", "5", currency: "USD", line: 13),
                sale("E", "2026-01-05", "7", channel: "oem", line: 14),
                sale("F", "2026-01-06", "1", line: 15),
            ], line: 9)
        #expect(sales.lineCount == 6)
        #expect(sales.days.map(\.first.id) == ["A", "D", "E", "F"])
        let first = try #require(sales.days.first)
        #expect(first.total == Decimal(string: "0.295"))
        #expect(first.scale == 3)
        #expect(first.count == 3)
        #expect(first.currency == "EUR")
        #expect(first.first == SaleReference(id: "A", line: 10))
        #expect(sales.days[1].currency == "USD")
        #expect(sales.days[2].channel == "oem")
    }

    @Test func noLinesGiveNoSums() {
        let sales = Sales(currency: "USD", lines: [], line: 3)
        #expect(sales.days.isEmpty && sales.lineCount == 0 && sales.line == 3)
    }
}
