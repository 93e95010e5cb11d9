import Foundation

/// Small helpers for talking to the terminal.
enum Terminal {
    /// Writes a line to standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Standard output is a terminal and nothing asks for plain output
    /// (`NO_COLOR`, `TERM=dumb`).
    static var wantsColour: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
}
