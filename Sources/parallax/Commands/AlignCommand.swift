import ArgumentParser
import Parallax

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "align", abstract: "(not yet available)")
    func run() throws { throw ValidationError("'align' is not available in this build yet") }
}
