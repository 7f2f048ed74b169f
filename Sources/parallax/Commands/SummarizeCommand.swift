import ArgumentParser
import Parallax

struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "summarize", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'summarize' is not available in this build yet") }
}
