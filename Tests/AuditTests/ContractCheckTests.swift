import Programme
import Testing

@testable import Audit
@testable import DossierModel

@Suite struct ContractCheckTests {
    let check = ContractCheck(type: "nda")

    private func status(_ contracts: [Contract], asOf: String = "2026-11-24", tampered: [String] = []) -> RequirementStatus {
        let verdicts = Dictionary(uniqueKeysWithValues: tampered.map { ($0, AttachmentVerdicts.Verdict.tampered(actual: "0")) })
        return check.judge(Build.dossier(contracts: contracts), in: Build.context(asOf, attachments: verdicts)).status
    }

    @Test(arguments: [("2026-11-23", RequirementStatus.expired), ("2026-11-24", .met), ("2026-11-25", .met)])
    func untilIsInclusive(until: String, expected: RequirementStatus) {
        #expect(status([Build.contract(from: "2026-01-15", until: until)]) == expected)
    }

    @Test(arguments: [("2026-11-23", RequirementStatus.met), ("2026-11-24", .met), ("2026-11-25", .notYetValid)])
    func fromMustNotBeAfterTheAuditDate(from: String, expected: RequirementStatus) {
        #expect(status([Build.contract(signed: "2026-11-01", from: from)]) == expected)
    }

    @Test(arguments: [("2026-11-24", RequirementStatus.met), ("2026-11-25", .unsigned)])
    func signingDateCounts(signed: String, expected: RequirementStatus) {
        #expect(status([Build.contract(signed: signed)]) == expected)
    }

    @Test func withoutValidItIsValidFromSigningOpenEnded() {
        #expect(status([Build.contract(signed: "2016-01-01")]) == .met)
    }

    @Test func bothPartiesMustSignTheSameContract() {
        #expect(status([Build.contract(parties: ["partner"])]) == .unsigned)
        #expect(status([Build.contract("C-1", parties: ["partner"]), Build.contract("C-2", parties: ["vendor"])]) == .unsigned)
        #expect(status([Build.contract(signed: nil)]) == .unsigned)
    }

    @Test func noContractOfTheTypeIsMissing() {
        #expect(status([]) == .missing)
        #expect(status([Build.contract(type: "reseller-agreement")]) == .missing)
    }

    @Test func aCandidateFailingSeveralChecksTakesTheFarthest() {
        #expect(status([Build.contract(parties: ["partner"], from: "2025-01-01", until: "2025-12-31")]) == .unsigned)
    }

    @Test func theClosestCandidateGivesTheStatus() {
        let expired = Build.contract("C-1", from: "2025-01-01", until: "2025-12-31")
        let unsigned = Build.contract("C-2", parties: ["vendor"])
        let notYet = Build.contract("C-3", from: "2027-01-01")
        #expect(status([unsigned, expired]) == .expired)
        #expect(status([unsigned, expired, notYet]) == .notYetValid)
        #expect(status([unsigned, expired, Build.contract("C-4")]) == .met)
    }

    @Test func tamperedOnlyWhenItWouldOtherwiseMeetIt() {
        #expect(status([Build.contract(document: "nda.pdf")], tampered: ["nda.pdf"]) == .tampered)
        #expect(status([Build.contract(parties: ["vendor"], document: "nda.pdf")], tampered: ["nda.pdf"]) == .unsigned)
        #expect(status([Build.contract("C-1", document: "nda.pdf"), Build.contract("C-2")], tampered: ["nda.pdf"]) == .met)
        #expect(
            status(
                [Build.contract("C-1", document: "nda.pdf"), Build.contract("C-2", from: "2019-01-01", until: "2020-01-01", line: 40)],
                tampered: ["nda.pdf"]) == .tampered)
    }

    @Test func evidenceLineAndLapseDate() {
        let judged = check.judge(
            Build.dossier(contracts: [Build.contract(from: "2026-01-15", until: "2027-01-14", line: 17)]), in: Build.context("2026-11-24"))
        #expect(judged.line == 17)
        #expect(judged.lapsesOn == Build.date("2027-01-15"))
        let open = check.judge(Build.dossier(contracts: [Build.contract()]), in: Build.context("2026-11-24"))
        #expect(open.lapsesOn == nil)
    }
}

@Suite struct CertificateCheckTests {
    let check = CertificateCheck(kind: "sales")

    private func status(_ certificates: [Certificate], asOf: String = "2026-11-24") -> RequirementStatus {
        check.judge(Build.dossier(certificates: certificates), in: Build.context(asOf)).status
    }

    @Test(arguments: [("2026-11-23", RequirementStatus.expired), ("2026-11-24", .met), ("2026-11-25", .met)])
    func expiresIsInclusive(expires: String, expected: RequirementStatus) {
        #expect(status([Build.certificate(expires: expires)]) == expected)
    }

    @Test(arguments: [("2026-11-23", RequirementStatus.met), ("2026-11-24", .met), ("2026-11-25", .notYetValid)])
    func issuedMustNotBeAfterTheAuditDate(issued: String, expected: RequirementStatus) {
        #expect(status([Build.certificate(issued: issued, expires: "2028-01-01")]) == expected)
    }

    @Test func kindMustMatchAndClosestWins() {
        #expect(status([Build.certificate(kind: "technical")]) == .missing)
        #expect(
            status([Build.certificate(expires: "2025-01-01"), Build.certificate(issued: "2027-01-01", expires: "2029-01-01", line: 30)])
                == .notYetValid)
    }

    @Test func lapsesTheDayAfterTheLatestExpiry() {
        let judged = check.judge(
            Build.dossier(certificates: [Build.certificate(expires: "2027-03-01"), Build.certificate(expires: "2027-06-30", line: 30)]),
            in: Build.context("2026-11-24"))
        #expect(judged.lapsesOn == Build.date("2027-07-01"))
    }
}
