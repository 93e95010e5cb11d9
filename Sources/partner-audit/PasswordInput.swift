import ArgumentParser
import AuditStore
import Foundation

/// Reads a new manager's password: asked twice without echo when standard input is a terminal,
/// else read whole from standard input (`--password-stdin`), one final line break dropped.
enum PasswordInput {
    /// More than this many bytes on standard input is no password.
    static let maximumInput = 1024

    /// The password, checked for use with bcrypt; any problem is a usage error.
    static func read(for name: String, fromStandardInput: Bool) throws -> String {
        let password: String
        if isatty(STDIN_FILENO) == 1 {
            password = try ask("Password for \(name): ")
            guard try ask("Once more: ") == password else { throw ValidationError("the two passwords differ") }
        } else if fromStandardInput {
            password = try standardInput()
        } else {
            throw ValidationError("standard input is not a terminal to ask for the password: pass it there with --password-stdin")
        }
        do {
            try PasswordHasher.check(password)
        } catch {
            throw ValidationError(error.description)
        }
        return password
    }

    /// Standard input, whole, without one final line break.
    private static func standardInput() throws -> String {
        var data = Data()
        while let chunk = try FileHandle.standardInput.read(upToCount: 4096), !chunk.isEmpty {
            data += chunk
            if data.count > maximumInput { throw ValidationError("standard input holds more than \(maximumInput) bytes: no password") }
        }
        guard var text = String(data: data, encoding: .utf8) else { throw ValidationError("the password on standard input is not UTF-8") }
        if text.last == "\n" || text.last == "\r\n" { text.removeLast() }
        return text
    }

    /// The signals that end the command while it waits at a prompt (Ctrl-C, Ctrl-\, a closed
    /// terminal, `kill`): each puts the terminal's echo back before the command ends.
    private static let interruptions = [SIGINT, SIGQUIT, SIGHUP, SIGTERM]

    /// Asks on standard error and reads a line from the terminal with its echo off; the echo
    /// comes back when the line is read, and when a signal ends the command first.
    private static func ask(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { throw ValidationError("cannot turn the terminal's echo off") }
        terminalToRestore = saved
        let previous = interruptions.map { signal($0, restoreTerminalAndEnd) }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            for (interruption, handler) in zip(interruptions, previous) { signal(interruption, handler) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else { throw ValidationError("no password given") }
        return line
    }
}

/// The terminal's settings from before a prompt turned its echo off, for a signal to put back.
nonisolated(unsafe) private var terminalToRestore = termios()

/// Puts the terminal's settings back and ends the command as the signal would have (status
/// 128 + the signal's number), with only what is safe in a signal handler.
private func restoreTerminalAndEnd(_ signal: Int32) {
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &terminalToRestore)
    _ = write(STDERR_FILENO, "\n", 1)
    _exit(128 + signal)
}
