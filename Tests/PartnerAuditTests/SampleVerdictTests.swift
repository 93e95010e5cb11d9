import Audit
import DossierModel
import Foundation
import PartnerAudit
import Programme
import Testing
import _TestSupport

/// Every sample dossier gets the verdict worked out by hand from the rules
/// (`Tests/Fixtures/sample-verdicts.json`): qualified tier, eligibility, and each
/// finding's requirement, tier, status and evidence line.
@Suite struct SampleVerdictTests {
    struct Expected: Decodable, CustomTestStringConvertible {
        struct ExpectedFinding: Decodable, Equatable {
            let requirement: String
            let tier: String
            let status: String
            let line: Int?
        }

        let file: String
        let asOf: String
        let appliedTier: String?
        let qualifiedTier: String?
        let eligible: Bool
        let findings: [ExpectedFinding]

        var testDescription: String { file }
    }

    static let expected: [Expected] = {
        let data = try! Data(contentsOf: TestPaths.fixtures.appendingPathComponent("sample-verdicts.json"))
        return try! JSONDecoder().decode([Expected].self, from: data)
    }()

    static let session = try! AuditSession.make()

    @Test(arguments: expected)
    func sampleGetsItsVerdict(_ expected: Expected) throws {
        let report = Self.session.check(file: TestPaths.sample(expected.file), asOf: try #require(CalendarDate(expected.asOf)))
        #expect(report.valid)
        #expect(report.appliedTier == expected.appliedTier)
        #expect(report.qualifiedTier == expected.qualifiedTier)
        #expect(report.eligible == expected.eligible)
        let findings = report.findings.map {
            Expected.ExpectedFinding(requirement: $0.requirement, tier: $0.tier, status: $0.status.rawValue, line: $0.line)
        }
        #expect(findings == expected.findings)
    }

    /// Texts are written only where a report shows them: for requirements not met.
    @Test(arguments: expected)
    func onlyUnmetRequirementsCarryTexts(_ expected: Expected) throws {
        let report = Self.session.check(file: TestPaths.sample(expected.file), asOf: try #require(CalendarDate(expected.asOf)))
        let outcomes = report.tiers.flatMap(\.outcomes)
        #expect(!outcomes.isEmpty)
        for outcome in outcomes {
            let met = outcome.status == .met
            #expect(outcome.message.isEmpty == met, "\(outcome.tier) \(outcome.requirement)")
            #expect(outcome.fix.isEmpty == met, "\(outcome.tier) \(outcome.requirement)")
        }
    }

    @Test func everyStatusWordHasASample() {
        let statuses = Set(Self.expected.flatMap { $0.findings.map(\.status) })
        let wanted = Set(RequirementStatus.allCases.map(\.rawValue)).subtracting(["met"])
        #expect(wanted.isSubset(of: statuses))
    }

    @Test func everyTierHasAQualifyingSample() {
        let qualified = Set(Self.expected.filter(\.eligible).compactMap(\.qualifiedTier))
        #expect(qualified == ["authorized", "certified", "preferred"])
    }

    @Test func insufficientSalesSayTheActualRequiredAndShortfall() throws {
        let report = Self.session.check(
            file: TestPaths.sample("fail-insufficient-kovacs.xml"), asOf: try #require(CalendarDate("2026-11-24")))
        let finding = try #require(report.findings.first)
        #expect(finding.message.contains("6,840.50"))
        #expect(finding.message.contains("7,500.00"))
        #expect(finding.message.contains("659.50"))
        #expect(finding.gap == "659.50 USD more retail sales")
    }
}
