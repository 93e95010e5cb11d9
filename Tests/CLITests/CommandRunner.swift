import Foundation

/// Runs the built `partner-audit` executable as a user would.
struct CommandRunner {
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ name: String) -> String { repository.appendingPathComponent("Samples/\(name)").path }

    /// The executable beside the test bundle.
    static let executable: URL = {
        let folder = Bundle.main.executableURL!.deletingLastPathComponent()
        return [folder, folder.deletingLastPathComponent()].map { $0.appendingPathComponent("partner-audit") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }!
    }()

    /// Runs the executable with `input` on its standard input (none when nil), in `directory`
    /// (the temporary directory when nil).
    static func run(
        _ arguments: [String], input: Data? = nil, environment: [String: String] = ["NO_COLOR": "1"], directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let standardInput = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : standardInput
        try process.run()
        if let input {
            // Written from another thread: a list larger than the pipe's buffer would
            // otherwise block this one while the tool waits for its outputs to be read.
            Thread.detachNewThread {
                standardInput.fileHandleForWriting.write(input)
                try? standardInput.fileHandleForWriting.close()
            }
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self), errors: String(decoding: errorData, as: UTF8.self))
    }
}
