import Foundation
import Testing
import _TestSupport

/// `--files-from`: paths read from a list, for batches too long for a command line.
@Suite struct PathListTests {
    let asOf = ["--as-of", "2026-11-24"]
    let samples = ["authorized-nordlys.xml", "fail-expired-jarvinen.xml", "invalid-schema.xml"].map(CommandRunner.sample)

    /// A list file holding `text`, removed when the test ends.
    private func listFile(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("paths-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func aListAuditsWhatTheSamePathsAsArgumentsAudit() throws {
        let byArguments = try CommandRunner.run(["audit"] + samples + ["--format", "json"] + asOf)
        let list = try listFile(samples.joined(separator: "\r\n") + "\n\n")
        defer { try? FileManager.default.removeItem(at: list) }
        let byList = try CommandRunner.run(["audit", "--files-from", list.path, "--format", "json"] + asOf)
        #expect(byArguments.status == 2)
        #expect(byList.status == byArguments.status)
        #expect(byList.output == byArguments.output)
        #expect(byList.output.contains("invalid-schema.xml"))
    }

    @Test func aNULSeparatedListComesOnStandardInputAfterTheArguments() throws {
        let input = Data((samples.dropFirst().joined(separator: "\0") + "\0").utf8)
        let result = try CommandRunner.run(["audit", samples[0], "--files-from", "-", "--format", "json"] + asOf, input: input)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = (json["dossiers"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        #expect(files == samples.sorted())
    }

    @Test func validateReadsAListToo() throws {
        let list = try listFile(samples.prefix(2).joined(separator: "\n"))
        defer { try? FileManager.default.removeItem(at: list) }
        let result = try CommandRunner.run(["validate", "--files-from", list.path])
        #expect(result.status == 0)
        #expect(result.errors.contains("2 of 2 dossiers valid"))
    }

    @Test func aListedPathThatIsMissingGetsItsEntry() throws {
        let list = try listFile("/nonexistent/dossier.xml\n\(samples[0])\n")
        defer { try? FileManager.default.removeItem(at: list) }
        let result = try CommandRunner.run(["audit", "--files-from", list.path, "--format", "csv"] + asOf)
        #expect(result.status == 2)
        #expect(result.output.contains("/nonexistent/dossier.xml,"))
        #expect(result.output.contains("No such file"))
    }

    @Test(arguments: [
        (["audit"], "give at least one path, or --files-from"),
        (["audit", "--files-from", "/nonexistent/list.txt"], "cannot open it"),
        (["audit", "--files-from", "/dev/zero"], "the list is over 64 MiB"),
        (["audit", "--files-from", "/"], "is a directory, not a list of paths"),
        (["validate", "--files-from", "/dev/zero"], "the list is over 64 MiB"),
    ])
    func aMissingOrEndlessListIsAUsageError(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments + (arguments[0] == "audit" ? asOf : []))
        #expect(result.status == 64)
        #expect(result.errors.contains(message))
    }
}
