import Audit
import Diagnostics
import DossierXML
import Foundation
import Reports
import Testing
import _TestSupport

/// JUnit and SARIF output checked against their published schemas, copied unchanged
/// into `Tests/Fixtures/formats/`. SARIF is checked by
/// `JSONSchemaValidator`, a draft-04 validator written for the keywords the schema uses.
@Suite struct SchemaValidationTests {
    static let junitSchema = Result { try XMLSchema(file: Fixture.formats.appendingPathComponent("junit-windyroad.xsd").path) }
    static let sarifSchema = Result { try JSONSchemaValidator(file: Fixture.formats.appendingPathComponent("sarif-schema-2.1.0.json")) }

    private func junitErrors(_ xml: String) throws -> [String] {
        let tree = try XMLTree.parse(bytes: Array(xml.utf8), file: "report.junit.xml", schema: Self.junitSchema.get())
        return tree.validity.filter { $0.severity == .error }.map(\.description)
    }

    private func sarifErrors(_ json: String) throws -> [String] {
        try Self.sarifSchema.get().validate(JSONValue.parse(json))
    }

    // MARK: - JUnit

    @Test(arguments: Fixture.sampleNames)
    func junitOfEverySampleIsValid(_ sample: String) throws {
        for language in ["en", "ru"] {
            let report = try Fixture.report(sample, session: language)
            let xml = JUnitReporter().render(report)
            #expect(try junitErrors(xml) == [], "\(sample) (\(language))")
            let cases = xml.matches(of: #/<testcase /#).count
            #expect(cases == (report.testedTierCount ?? 0) + (report.errors.isEmpty ? 0 : 1))
            #expect(xml.matches(of: #/<failure /#).count == (report.appliedTier == nil ? 0 : report.findings.count))
        }
    }

    @Test func junitOfABatchIsValid() throws {
        let reports = try Fixture.sampleNames.map { try Fixture.report($0) }
        let xml = JUnitReporter().render(batch: reports)
        #expect(try junitErrors(xml) == [])
        #expect(xml.matches(of: #/<testsuite /#).count == reports.count)
    }

    @Test func theJUnitSchemaRejectsASuiteWithoutItsProperties() throws {
        let xml = JUnitReporter().render(try Fixture.report("fail-insufficient-kovacs.xml"))
        let broken = xml.replacing(/<properties>[\s\S]*<\/properties>\n/, with: "")
        #expect(try !junitErrors(broken).isEmpty)
    }

    // MARK: - SARIF

    @Test(arguments: Fixture.sampleNames)
    func sarifOfEverySampleIsValid(_ sample: String) throws {
        for language in ["en", "ru"] {
            let report = try Fixture.report(sample, session: language)
            let json = SARIFReporter().render(report)
            #expect(try sarifErrors(json) == [], "\(sample) (\(language))")
            let run = try JSONValue.parse(json)["runs"]?.array?.first
            let results = run?["results"]?.array ?? []
            #expect(results.count == report.findings.count + report.errors.count + report.warnings.count)
            let rules = run?["tool"]?["driver"]?["rules"]?.array?.compactMap { $0["id"]?.string } ?? []
            for (result, finding) in zip(results, report.findings) {
                #expect(result["ruleId"]?.string == finding.requirement)
                #expect(rules.contains(finding.requirement))
                let region = result["locations"]?.array?.first?["physicalLocation"]?["region"]
                #expect(region?["startLine"] == finding.line.map { .integer($0) })
                #expect(result["message"]?["text"]?.string == finding.message)
            }
        }
    }

    @Test func sarifOfABatchIsValid() throws {
        let reports = try Fixture.sampleNames.map { try Fixture.report($0, session: "ru") }
        let json = SARIFReporter().render(batch: reports)
        #expect(try sarifErrors(json) == [])
        let results = try JSONValue.parse(json)["runs"]?.array?.first?["results"]?.array ?? []
        #expect(results.count == reports.map { $0.findings.count + $0.errors.count + $0.warnings.count }.reduce(0, +))
    }

    @Test(arguments: [
        (#""version" : "2.1.0""#, #""version" : "2.0.0""#),
        (#""level" : "error""#, #""level" : "fatal""#),
        (#""startLine" : 60"#, #""startLine" : 0"#),
        (#""ruleIndex" : 5"#, #""ruleIndex" : "5""#),
        (#""$schema" : "#, #""unknown" : 1, "$schema" : "#),
    ])
    func theSARIFValidatorRejectsWhatTheSchemaForbids(_ good: String, _ bad: String) throws {
        let json = SARIFReporter().render(try Fixture.report("fail-insufficient-kovacs.xml"))
        #expect(json.contains(good))
        #expect(try !sarifErrors(json.replacingOccurrences(of: good, with: bad)).isEmpty)
    }
}

extension AuditReport {
    /// How many requirements the JUnit test cases cover.
    fileprivate var testedTierCount: Int? {
        (judgedTier ?? qualifiedTier).flatMap { tier($0) }?.outcomes.count
    }
}
