import DossierModel
import Foundation
import Testing

@testable import Audit

@Suite struct ScaledAmountTests {
    @Test(arguments: ["0", "1500", "-200.5", "7499.9952", "0.000000000000000001", "999999999999999999", "-0.01"])
    func holdsExactly(text: String) throws {
        let value = DecimalText.parse(text)!
        let scaled = try #require(ScaledAmount(value))
        #expect(scaled.decimal == value)
        #expect(scaled.decimal.description == value.description)
    }

    @Test(arguments: ["10000000000000000000", "0.0000000000000000001", "12345678901234567890.1"])
    func refusesWhatDoesNotFit(text: String) {
        #expect(ScaledAmount(DecimalText.parse(text)!) == nil)
    }

    @Test func operationsThatWouldOverflowSayNil() {
        let big = ScaledAmount(units: Int64.max / 10, scale: 0)
        #expect(big.rescaled(to: 2) == nil)
        #expect(big.multiplied(by: ScaledAmount(units: 11, scale: 0)) == nil)
        #expect(ScaledAmount(units: 5, scale: 10).multiplied(by: ScaledAmount(units: 5, scale: 10)) == nil)
        #expect(ScaledAmount(Decimal.nan) == nil)
    }

    @Test(arguments: ["659.505", "659.515", "-659.505", "-0.004", "0.005", "0.015", "7499.9952", "12.3"])
    func roundsHalfEvenLikeDecimal(text: String) throws {
        let value = DecimalText.parse(text)!
        let rounded = try #require(ScaledAmount(value)).rounded(toPlaces: 2)
        #expect(rounded.decimal == MoneyFormat.cents(value))
    }
}
