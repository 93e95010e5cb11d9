import Foundation

/// Small helpers for talking to the terminal.
enum Terminal {
    /// Writes a line to standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
