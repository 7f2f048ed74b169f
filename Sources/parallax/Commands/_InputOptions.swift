import ArgumentParser
import FoundationEssentials
import Parallax

/// The input flags every command that reads a file or `-` shares (`@OptionGroup var input: InputOptions`).
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("max-input-mb"),
            help: ArgumentHelp("Refuse inputs larger than this many megabytes.", valueName: "mb"))
    var maxInputMB: Int = InputReader.defaultLimit / 1_048_576

    func validate() throws {
        guard maxInputMB >= 1 else { throw ValidationError("--max-input-mb must be at least 1 (got \(maxInputMB))") }
    }

    /// Reads `path` (`-` for stdin) under the limit, printing any warning to stderr.
    /// - Throws: `InputError`, whose one-line description names the input and the problem.
    func read(_ path: String) throws -> InputText {
        let input = try InputReader(limit: maxInputMB * 1_048_576).read(path)
        for w in input.warnings { printToStderr(w) }
        return input
    }
}

/// Writes one line to standard error (diagnostics never go to stdout).
func printToStderr(_ line: String) {
    StandardStreams.writeError(line + "\n")
}
