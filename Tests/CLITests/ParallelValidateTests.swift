import Foundation
import Testing
import _TestSupport

/// `validate` walks folders, reads in parallel and prints in path order: the same
/// output, line for line, whatever the number of jobs.
@Suite struct ParallelValidateTests {
    @Test func aFolderIsValidatedInPathOrderWhateverTheJobs() throws {
        let one = try CommandRunner.run(["validate", "--jobs", "1", TestPaths.samples.path])
        let four = try CommandRunner.run(["validate", "--jobs", "4", TestPaths.samples.path])
        #expect(one.status == 2)
        #expect(four.status == one.status)
        #expect(four.output == one.output)
        let validFiles = one.output.split(separator: "\n").filter { $0.hasSuffix(": valid") }.map { String($0.dropLast(": valid".count)) }
        #expect(validFiles.count >= 15)
        #expect(validFiles == validFiles.sorted())
        #expect(one.output.contains("broken-truncated.xml:19:"))
        #expect(!validFiles.contains { $0.hasSuffix("broken-truncated.xml") })
    }

    @Test func jobsMustBePositive() throws {
        #expect(try CommandRunner.run(["validate", "--jobs", "0", TestPaths.samples.path]).status == 64)
    }
}
