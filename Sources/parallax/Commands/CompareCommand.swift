import ArgumentParser
import Parallax

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'compare' is not available in this build yet") }
}
