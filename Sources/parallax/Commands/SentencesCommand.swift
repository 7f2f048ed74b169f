import ArgumentParser
import Parallax

struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sentences", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'sentences' is not available in this build yet") }
}
