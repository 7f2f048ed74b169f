import ArgumentParser
import Parallax

struct RougeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rouge", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'rouge' is not available in this build yet") }
}
