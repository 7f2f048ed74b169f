import ArgumentParser
import Parallax

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'extract' is not available in this build yet") }
}
