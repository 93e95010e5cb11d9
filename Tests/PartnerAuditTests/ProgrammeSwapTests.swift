import Audit
import Diagnostics
import DossierModel
import DossierXML
import Foundation
import PartnerAudit
import Programme
import Testing
import _TestSupport

/// Nothing of the Kerio programme lives in code: another programme file, with
/// other thresholds, another vendor domain and one tier more, gives other verdicts.
@Suite struct ProgrammeSwapTests {
    static let acme = try! AuditSession.make(programFile: TestPaths.fixtures.appendingPathComponent("programs/acme-program.xml").path)
    static let kerio = try! AuditSession.make()
    let asOf = CalendarDate("2026-11-24")!

    @Test func otherThresholdsGiveOtherVerdicts() {
        // 6,840.50 USD of retail sales: short of Kerio's 7,500, above Acme's 5,000.
        let sample = TestPaths.sample("fail-insufficient-kovacs.xml")
        let underKerio = Self.kerio.check(file: sample, asOf: asOf)
        let underAcme = Self.acme.check(file: sample, asOf: asOf, tier: "certified")
        #expect(underKerio.findings.map(\.requirement) == ["sales.annual-retail-volume"])
        #expect(!underAcme.findings.map(\.requirement).contains("sales.annual-retail-volume"))
    }

    @Test func anotherVendorDomainTurnsKerioAdsIntoMismatches() {
        let report = Self.acme.check(file: TestPaths.sample("certified-brueckner.xml"), asOf: asOf, tier: "certified")
        #expect(report.findings.contains { $0.requirement == "marketing.website-ad" && $0.status == .mismatch })
        #expect(report.warnings.contains { $0.message.contains("programme \"kerio\"") })
    }

    @Test func oneTierMore() {
        #expect(Self.acme.tierIDs.count == Self.kerio.tierIDs.count + 1)
        #expect(Self.acme.tierIDs.last == "platinum")
    }
}

/// The auditor's own messages speak the report's language too.
@Suite struct AuditMessageLanguageTests {
    @Test func programmeMismatchWarningIsInRussian() throws {
        let session = try AuditSession.make(
            programFile: TestPaths.fixtures.appendingPathComponent("programs/acme-program.xml").path, language: .russian)
        let report = session.check(file: TestPaths.sample("certified-brueckner.xml"), asOf: try #require(CalendarDate("2026-11-24")))
        let warning = try #require(report.warnings.first)
        #expect(warning.message.hasPrefix("досье подано для программы «kerio»"))
    }
}
