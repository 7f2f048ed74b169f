import ArgumentParser
import Parallax

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keywords", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'keywords' is not available in this build yet") }
}
