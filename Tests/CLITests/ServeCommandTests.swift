import Foundation
import Testing
import _TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `partner-audit serve` as an operator runs it: the line it writes when ready, what it
/// serves, a graceful stop on SIGTERM and SIGINT, and exit 2 for a programme it cannot load.
@Suite struct ServeCommandTests {
    /// The server started with `arguments`, once it said where it listens.
    final class RunningServer {
        let process = Process()
        let address: String

        init(_ arguments: [String], environment: [String: String]? = nil, folder: URL = FileManager.default.temporaryDirectory) throws {
            process.executableURL = CommandRunner.executable
            process.arguments = ["serve", "--port", "0"] + arguments
            process.currentDirectoryURL = folder
            if let environment { process.environment = environment }
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let more = errors.fileHandleForReading.availableData
                if more.isEmpty { break }
                line += more
            }
            address = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// Signals the server and waits for it to stop.
        func stop(_ signal: Int32) -> Int32 {
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func itSaysWhereItListensServesAndStopsGracefully(_ signal: Int32) async throws {
        let server = try RunningServer([])
        #expect(server.address.wholeMatch(of: #/listening on http://127\.0\.0\.1:[1-9][0-9]*/#) != nil, "\(server.address)")
        let base = try #require(URL(string: String(server.address.dropFirst("listening on ".count))))
        let (body, response) = try await URLSession.shared.data(from: base.appendingPathComponent("healthz"))
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self) == "ok")
        #expect(server.stop(signal) == 0)
    }

    @Test func uploadsLeaveNothingBehindInTheTemporaryFolderOrTheWorkingOne() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("partner-audit-serve-\(UUID().uuidString)")
        let temporary = scratch.appendingPathComponent("tmp")
        let working = scratch.appendingPathComponent("cwd")
        for folder in [temporary, working] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let server = try RunningServer(["--max-size", "1"], environment: ["TMPDIR": temporary.path], folder: working)
        let base = try #require(URL(string: String(server.address.dropFirst("listening on ".count))))
        let dossier = try Data(contentsOf: URL(fileURLWithPath: CommandRunner.sample("preferred-borei.xml")))
        let boundary = "b0undary"
        var form = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"dossier\"; filename=\"d.xml\"\r\n\r\n".utf8) + dossier
        form += Data(
            "\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"attachments/a.pdf\"\r\n\r\n%PDF".utf8)
        form += Data("\r\n--\(boundary)--\r\n".utf8)
        let uploads: [(String, String, Data, Int)] = [
            ("api/v1/check", "application/xml", dossier, 200),
            ("api/v1/check", "multipart/form-data; boundary=\(boundary)", form, 200),
            ("check", "multipart/form-data; boundary=\(boundary)", form, 200),
            ("api/v1/check", "application/xml", Data(count: 2 * 1024 * 1024), 413),
            ("api/v1/check", "multipart/form-data; boundary=\(boundary)", form.prefix(form.count - 40), 400),
            ("api/v1/check?tier=gold", "application/xml", dossier, 400),
        ]
        for (path, type, body, status) in uploads {
            var request = URLRequest(url: URL(string: base.absoluteString + "/" + path)!)
            request.httpMethod = "POST"
            request.setValue(type, forHTTPHeaderField: "Content-Type")
            request.httpBody = body
            let (_, response) = try await URLSession.shared.data(for: request)
            #expect((response as? HTTPURLResponse)?.statusCode == status, "\(path) \(type)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [], "\(path)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: working.path) == [], "\(path)")
        }
        #expect(server.stop(SIGTERM) == 0)
    }

    @Test func aProgrammeThatFailsToLoadExits2WithItsErrors() throws {
        let programme = CommandRunner.repository.appendingPathComponent("Tests/Fixtures/programs/broken-cycle.xml").path
        let result = try CommandRunner.run(["serve", "--port", "0", "--program", programme])
        #expect(result.status == 2)
        #expect(result.errors.contains("broken-cycle.xml"))
        #expect(!result.errors.contains("listening on"))
    }

    // MARK: - With the history

    @Test func withADatabaseItServesTheManagersPagesAndClosesTheStoreOnStop() async throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("history.sqlite")
        let server = try RunningServer(["--database", "sqlite:" + file.path], environment: ["PATH": "/usr/bin:/bin"])
        let base = try #require(URL(string: String(server.address.dropFirst("listening on ".count))))
        #expect(FileManager.default.fileExists(atPath: file.path))
        let (_, login) = try await URLSession.shared.data(from: base.appendingPathComponent("login"))
        #expect((login as? HTTPURLResponse)?.statusCode == 200)
        let (_, api) = try await URLSession.shared.data(from: base.appendingPathComponent("api/v1/manage/partners"))
        #expect((api as? HTTPURLResponse)?.statusCode == 401)
        #expect(server.stop(SIGTERM) == 0)
    }

    @Test func theEnvironmentNamesTheDatabaseWhenTheOptionDoesNot() async throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("from-environment.sqlite")
        let server = try RunningServer([], environment: ["PARTNER_AUDIT_DATABASE": file.path])
        let base = try #require(URL(string: String(server.address.dropFirst("listening on ".count))))
        let (_, login) = try await URLSession.shared.data(from: base.appendingPathComponent("login"))
        #expect((login as? HTTPURLResponse)?.statusCode == 200)
        #expect(server.stop(SIGTERM) == 0)
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    @Test func aStoreThatCannotBeOpenedExits2WithItsMessage() throws {
        let folder = try TestPaths.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("not-a-history.sqlite")
        try Data("this is not a database, and never was one".utf8).write(to: file)
        for (arguments, environment) in [
            (["--database", file.path], ["NO_COLOR": "1"]), ([], ["NO_COLOR": "1", "PARTNER_AUDIT_DATABASE": file.path]),
        ] {
            let result = try CommandRunner.run(["serve", "--port", "0"] + arguments, environment: environment)
            #expect(result.status == 2)
            #expect(result.errors.contains("error: database \(file.path)"), "\(result.errors)")
            #expect(!result.errors.contains("listening on"))
        }
        let unknown = try CommandRunner.run(["serve", "--port", "0", "--database", "mysql://db/history"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("unknown kind of database"))
    }
}
