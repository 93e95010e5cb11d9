import DossierModel
import Foundation
import Testing

@testable import Programme

/// How tiers inherit parameters and values, how texts are read, and the exact amounts.
@Suite struct ProgrammeResolutionTests {
    @Test func overridesAreInheritedAttributeByAttribute() throws {
        // Certified sets window-months and threshold; preferred only the threshold: its window comes from certified.
        let text = try ProgrammeFixtures.kerioText().replacingOccurrences(
            of: #"<require ref="sales.annual-retail-volume" threshold="7500.00"/>"#,
            with: #"<require ref="sales.annual-retail-volume" threshold="7500.00" window-months="6"/>"#)
        let programme = try ProgrammeFixtures.loaded(try ProgrammeFixtures.load(text: text))
        let volume = "sales.annual-retail-volume"
        #expect(programme.tier("certified")?.requirement(volume)?.kind.windowMonths == 6)
        #expect(programme.tier("preferred")?.requirement(volume)?.kind.windowMonths == 6)
        #expect(programme.tier("preferred")?.requirement(volume)?.kind.threshold == Decimal(15000))
        // The definition keeps its own parameters.
        #expect(programme.requirements.first { $0.id == volume }?.kind.windowMonths == 12)
    }

    @Test func aBenefitWithoutValuesKeepsTheInheritedValue() throws {
        let text = try ProgrammeFixtures.kerioText().replacingOccurrences(
            of: #"<benefit ref="marketing.press-releases"/>"#,
            with: #"<benefit ref="marketing.press-releases"/><benefit ref="training.technical-support"/>"#)
        let programme = try ProgrammeFixtures.loaded(try ProgrammeFixtures.load(text: text))
        #expect(programme.tier("preferred")?.value(of: "training.technical-support", .english) == "accelerated")
        #expect(programme.tier("preferred")?.benefits.count == 25)
    }

    @Test func textsAreReadAsTokens() throws {
        let text = try ProgrammeFixtures.kerioText().replacingOccurrences(
            of: #"<label lang="en">Certified</label>"#,
            with: "<label lang=\"en\">\n        Certified\t \n        partner  </label>")
        let programme = try ProgrammeFixtures.loaded(try ProgrammeFixtures.load(text: text))
        #expect(programme.tier("certified")?.label.text(.english) == "Certified partner")
    }

    @Test(arguments: [
        ("7500.00", Decimal(sign: .plus, exponent: -2, significand: 750_000)),
        ("15000", Decimal(15000)),
        ("+0.10", Decimal(sign: .plus, exponent: -1, significand: 1)),
        (".5", Decimal(sign: .plus, exponent: -1, significand: 5)),
        (
            "12345678901234567890123456789012345.67",
            Decimal(sign: .plus, exponent: -2, significand: Decimal(string: "1234567890123456789012345678901234567")!)
        ),
    ])
    func moneyIsReadExactly(text: String, value: Decimal) {
        #expect(DecimalText.parse(text) == value)
    }

    @Test(arguments: ["", ".", "1e3", "1.2.3", "12a", "1,5", "١٢"])
    func moneyRefusesOtherText(text: String) {
        #expect(DecimalText.parse(text) == nil)
    }

    @Test func placeholdersAreFoundInOrder() {
        #expect(Placeholder.names(in: "{a} then {b}, {a} again; a { lone brace") == ["a", "b"])
    }
}
