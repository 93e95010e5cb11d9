import ArgumentParser
import PartnerAudit

/// `--files-from`: more paths, read from a file or standard input.
struct PathListOption: ParsableArguments {
    @Option(
        name: .customLong("files-from"),
        help: ArgumentHelp(
            "Also take the paths listed in this file ('-': standard input), one per line, or NUL-separated as find -print0 writes them.",
            discussion: "Thousands of paths are read far faster from a list than from the command line.",
            valueName: "file"))
    var source: String?

    /// `arguments` followed by the listed paths; a usage error when there are none at all.
    func paths(after arguments: [String]) throws -> [String] {
        guard let source else {
            guard !arguments.isEmpty else { throw ValidationError("give at least one path, or --files-from") }
            return arguments
        }
        do {
            return arguments + (try PathList.read(from: source))
        } catch {
            throw ValidationError(error.description)
        }
    }
}
