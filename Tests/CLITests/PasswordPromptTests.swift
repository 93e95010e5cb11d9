import Foundation
import GRDB
import Testing
import _TestSupport

/// `user add` asking for the password at a terminal: the echo is off while it waits, and
/// back on however the command ends.
@Suite(.enabled(if: PseudoTerminal.available, "this machine gives no pseudo-terminal")) struct PasswordPromptTests {
    /// `user add` run on a terminal, its messages read as they come.
    final class Prompting {
        let process = Process()
        let terminal: PseudoTerminal
        private let errors = Pipe()
        private var written = ""

        /// Starts `user add anna` with `terminal` as its standard input.
        init(on terminal: PseudoTerminal, store: HistoryFolder) throws {
            self.terminal = terminal
            process.executableURL = CommandRunner.executable
            process.arguments = ["user", "add", "anna", "--database", store.database]
            process.environment = ["NO_COLOR": "1"]
            process.standardInput = terminal.terminal
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
        }

        /// Waits until the command has written `prompt` and turned the echo off to read the
        /// answer (a line typed before that would be dropped, as typing ahead of a password
        /// prompt is); whether it got there.
        func waitForSilent(_ prompt: String) -> Bool {
            while !written.hasSuffix(prompt) {
                let chunk = errors.fileHandleForReading.availableData
                if chunk.isEmpty { return false }
                written += String(decoding: chunk, as: UTF8.self)
            }
            for _ in 0..<500 where terminal.echoes { Thread.sleep(forTimeInterval: 0.01) }
            return !terminal.echoes
        }

        /// Types `line` and Return.
        func type(_ line: String) {
            let bytes = Array((line + "\n").utf8)
            _ = write(terminal.controller, bytes, bytes.count)
        }
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalAtThePromptPutsTheEchoBack(signal: Int32) throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let terminal = try PseudoTerminal()
        #expect(terminal.echoes)
        let command = try Prompting(on: terminal, store: store)
        #expect(command.waitForSilent("Password for anna: "), "the password is not echoed")
        kill(command.process.processIdentifier, signal)
        command.process.waitUntilExit()
        #expect(command.process.terminationReason == .exit && command.process.terminationStatus == 128 + signal)
        #expect(terminal.echoes, "the echo is back")
        #expect(try HistoryFolder.inspect(store.database) { try Int.fetchOne($0, sql: "SELECT count(*) FROM manager") } == 0)
    }

    @Test func aPasswordTypedTwiceAddsTheManagerAndPutsTheEchoBack() throws {
        let store = try HistoryFolder()
        defer { store.remove() }
        let terminal = try PseudoTerminal()
        let command = try Prompting(on: terminal, store: store)
        #expect(command.waitForSilent("Password for anna: "))
        command.type("correct horse")
        #expect(command.waitForSilent("Once more: "))
        command.type("correct horse")
        command.process.waitUntilExit()
        #expect(command.process.terminationStatus == 0)
        #expect(terminal.echoes)
        #expect(try HistoryFolder.inspect(store.database) { try Int.fetchOne($0, sql: "SELECT count(*) FROM manager") } == 1)
    }
}

/// A pseudo-terminal: the command's standard input is its terminal side.
final class PseudoTerminal {
    let controller: Int32
    let terminal: FileHandle

    init() throws {
        controller = Self.posixOpenpt(O_RDWR | O_NOCTTY)
        var name = [CChar](repeating: 0, count: 128)
        guard controller >= 0, Self.grantpt(controller) == 0, Self.unlockpt(controller) == 0,
            Self.ptsnameR(controller, &name, name.count) == 0
        else { throw CocoaError(.fileNoSuchFile) }
        let side = open(name, O_RDWR | O_NOCTTY)
        guard side >= 0 else { throw CocoaError(.fileNoSuchFile) }
        terminal = FileHandle(fileDescriptor: side, closeOnDealloc: true)
    }

    // The C library's pseudo-terminal calls, which Glibc's module leaves out (they need
    // _XOPEN_SOURCE), found by name.
    private static func function<T>(_ name: String, as type: T.Type) -> T {
        unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), name)!, to: type)
    }
    private static let posixOpenpt = function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    private static let grantpt = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    private static let unlockpt = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    private static let ptsnameR = function(
        "ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32).self)

    deinit { close(controller) }

    /// Whether this machine gives pseudo-terminals.
    static let available = (try? PseudoTerminal()) != nil

    /// Whether the terminal echoes what is typed.
    var echoes: Bool {
        var settings = termios()
        tcgetattr(terminal.fileDescriptor, &settings)
        return settings.c_lflag & tcflag_t(ECHO) != 0
    }
}
