import DossierModel
import Foundation
import Programme
import Testing

@testable import Audit

/// Money written from whole units reads exactly as money written from `Decimal`'s
/// own description.
@Suite struct MoneyFormatTests {
    /// The formatting from `Decimal`'s description, digit for digit.
    private static func reference(_ value: Decimal, language: Language, rounded: Bool) -> String {
        let shown = rounded ? MoneyFormat.cents(value) : value
        let parts = shown.magnitude.description.split(separator: ".", maxSplits: 1)
        let whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if fraction.count < 2 { fraction += String(repeating: "0", count: 2 - fraction.count) }
        let (group, point) = language == .russian ? ("\u{00A0}", ",") : (",", ".")
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped += group }
            grouped.append(digit)
        }
        return (shown < 0 ? "-" : "") + grouped + point + fraction
    }

    private static let values = [
        "0", "0.5", "1500", "7500.00", "7499.9952", "659.505", "659.515", "-659.505", "-0.004", "-200",
        "123456789.125", "1000000", "999.995", "0.000001", "-1234567.891", "15000",
        "12345678901234567890.25", "0.0000000000000000001", "-98765432109876543210",
    ]

    @Test(arguments: values, Language.allCases)
    func formatReadsLikeDecimal(text: String, language: Language) {
        let value = DecimalText.parse(text)!
        #expect(MoneyFormat.format(value, language: language) == Self.reference(value, language: language, rounded: true))
        #expect(MoneyFormat.exact(value, language: language) == Self.reference(value, language: language, rounded: false))
    }

    @Test func productsKeepTheirDigits() {
        let product = DecimalText.parse("2.50")! * DecimalText.parse("1.20")!
        #expect(MoneyFormat.exact(product, language: .english) == Self.reference(product, language: .english, rounded: false))
    }
}
