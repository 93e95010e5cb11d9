import Foundation
import Testing
import _TestSupport

/// The exit statuses and output contracts of `cli.md`, from the built executable,
/// started outside the repository (the shipped schemas must still be found).
@Suite struct ExitStatusTests {
    let asOf = ["--as-of", "2026-11-24"]

    @Test(arguments: [
        ("authorized-nordlys.xml", Int32(0)), ("self-check-lodzkie.xml", 0), ("fail-expired-jarvinen.xml", 1),
        ("invalid-schema.xml", 2), ("broken-truncated.xml", 2), ("invalid-path-escape.xml", 2),
    ])
    func checkExitStatus(sample: String, status: Int32) throws {
        #expect(try CommandRunner.run(["check", CommandRunner.sample(sample)] + asOf).status == status)
    }

    @Test func checkWithUnknownTierIsAUsageError() throws {
        let result = try CommandRunner.run(["check", CommandRunner.sample("authorized-nordlys.xml"), "--tier", "gold"] + asOf)
        #expect(result.status == 64)
        #expect(result.errors.contains("gold"))
    }

    @Test func badOptionValuesAreUsageErrors() throws {
        #expect(try CommandRunner.run(["check", CommandRunner.sample("authorized-nordlys.xml"), "--as-of", "2026-02-30"]).status == 64)
        #expect(try CommandRunner.run(["check", CommandRunner.sample("authorized-nordlys.xml"), "--lang", "de"]).status == 64)
        #expect(try CommandRunner.run(["audit", CommandRunner.sample("."), "--shard", "3/2"]).status == 64)
        #expect(try CommandRunner.run(["nonsense"]).status == 64)
    }

    @Test func unknownAppliedTierIsNotEligibleWithAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partner-audit-gold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: CommandRunner.sample("self-check-lodzkie.xml"), encoding: .utf8)
            .replacingOccurrences(of: "program=\"kerio\"", with: "program=\"kerio\" applies-for=\"gold\"")
        let dossier = folder.appendingPathComponent("gold.xml")
        try text.write(to: dossier, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", dossier.path, "--format", "json", "--skip-attachments"] + asOf)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["eligible"] as? Bool == false)
        #expect((json["findings"] as? [Any])?.isEmpty == true)
        #expect(((json["errors"] as? [[String: Any]])?.first?["message"] as? String)?.contains("gold") == true)
    }

    @Test func checkJSONHasTheKeysOfTheContract() throws {
        let result = try CommandRunner.run(["check", CommandRunner.sample("fail-insufficient-kovacs.xml"), "--format", "json"] + asOf)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        for key in ["partner", "program", "asOf", "valid", "appliedTier", "qualifiedTier", "eligible", "findings", "errors"] {
            #expect(json[key] != nil, "missing key \(key)")
        }
        #expect(json["program"] as? String == "kerio")
        #expect(json["asOf"] as? String == "2026-11-24")
        #expect(json["qualifiedTier"] as? String == "authorized")
        let finding = try #require((json["findings"] as? [[String: Any]])?.first)
        #expect(finding["requirement"] as? String == "sales.annual-retail-volume")
        #expect(finding["tier"] as? String == "certified")
        #expect(finding["status"] as? String == "insufficient")
        #expect(finding["line"] as? Int == 60)
    }

    @Test func invalidDossierJSONListsItsErrorsWithLineAndColumn() throws {
        let result = try CommandRunner.run(["check", CommandRunner.sample("invalid-schema.xml"), "--format", "json"] + asOf)
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        #expect(json["eligible"] as? Bool == false)
        #expect(json["qualifiedTier"] is NSNull)
        let errors = try #require(json["errors"] as? [[String: Any]])
        #expect(errors.count == 3)
        #expect(errors.allSatisfy { ($0["line"] as? Int ?? 0) > 0 && ($0["column"] as? Int ?? 0) > 0 && $0["message"] is String })
    }

    @Test func validateAcceptsValidSamplesAndRejectsBrokenOnes() throws {
        let valid = try CommandRunner.run([
            "validate", CommandRunner.sample("acme-spec-example.xml"), CommandRunner.sample("preferred-borei.xml"),
        ])
        #expect(valid.status == 0)
        let broken = try CommandRunner.run([
            "validate", CommandRunner.sample("acme-spec-example.xml"), CommandRunner.sample("broken-not-well-formed.xml"),
        ])
        #expect(broken.status == 2)
        #expect(broken.output.contains("broken-not-well-formed.xml:18:14: error: Opening and ending tag mismatch"))
        #expect(try CommandRunner.run(["validate"]).status == 64)
    }

    @Test func auditExitStatusSaysWhetherSomeDossierFailed() throws {
        let all = try CommandRunner.run(["audit", CommandRunner.repository.appendingPathComponent("Samples").path] + asOf)
        #expect(all.status == 2)
        #expect(all.errors.contains("5 unreadable or invalid"))
        let good = try CommandRunner.run(
            ["audit", CommandRunner.sample("authorized-nordlys.xml"), CommandRunner.sample("fail-expired-jarvinen.xml")] + asOf)
        #expect(good.status == 0)
        #expect(good.output.contains("Authorized  2"))
    }

    @Test func auditJSONSummaryHasOneEntryPerDossierWithItsFile() throws {
        let folder = CommandRunner.repository.appendingPathComponent("Samples").path
        let result = try CommandRunner.run(["audit", folder, "--format", "json", "--jobs", "3"] + asOf)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let dossiers = try #require(json["dossiers"] as? [[String: Any]])
        let files = dossiers.compactMap { $0["file"] as? String }
        #expect(files.count == dossiers.count)
        #expect(files == files.sorted())
        #expect(files.contains("\(folder)/broken-truncated.xml"))
    }

    @Test(arguments: ["text", "json", "markdown", "html", "junit", "sarif", "csv"])
    func auditOutputIsTheSameWhateverTheJobs(format: String) throws {
        let folder = CommandRunner.repository.appendingPathComponent("Samples").path
        let serial = try CommandRunner.run(["audit", folder, "--format", format, "--jobs", "1"] + asOf)
        let parallel = try CommandRunner.run(["audit", folder, "--format", format, "--jobs", "4"] + asOf)
        #expect(serial.output.count > 1000)
        #expect(parallel.output == serial.output)
        #expect(parallel.errors == serial.errors)
    }

    @Test func shardsMergeByConcatenation() throws {
        let folder = CommandRunner.repository.appendingPathComponent("Samples").path
        let whole = try CommandRunner.run(["audit", folder, "--format", "json"] + asOf)
        var merged: [String] = []
        for index in 1...3 {
            let part = try CommandRunner.run(["audit", folder, "--format", "json", "--shard", "\(index)/3"] + asOf)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(part.output.utf8)) as? [String: Any])
            merged += (json["dossiers"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(whole.output.utf8)) as? [String: Any])
        let all = (json["dossiers"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        #expect(merged.sorted() == all)
    }

    @Test func skipAttachmentsNeverOpensOne() throws {
        let result = try CommandRunner.run(
            ["check", CommandRunner.sample("fail-tampered-papadopoulos.xml"), "--skip-attachments", "--format", "json"] + asOf)
        #expect(result.status == 0)
        #expect(result.output.contains("\"reason\" : \"skipped\""))
    }
}
