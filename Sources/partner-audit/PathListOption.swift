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

    /// A usage error when neither `arguments` nor a list give a path.
    func requirePaths(_ arguments: [String]) throws {
        if arguments.isEmpty, source == nil { throw ValidationError("give at least one path, or --files-from") }
    }

    /// `arguments` followed by the listed paths.
    func paths(after arguments: [String]) throws -> [String] {
        guard let source else { return arguments }
        do {
            return arguments + (try PathList.read(from: source))
        } catch {
            throw ValidationError(error.description)
        }
    }
}
