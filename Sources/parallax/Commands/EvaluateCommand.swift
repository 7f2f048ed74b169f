import ArgumentParser
import Parallax

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evaluate", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'evaluate' is not available in this build yet") }
}
