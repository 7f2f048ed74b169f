import ArgumentParser
import FoundationEssentials
import Parallax

/// The stemmers `parallax stem` can run.
enum StemmerChoice: String, CaseIterable, ExpressibleByArgument {
    case original
    case nltkExtensions = "nltk-extensions"
    case rouge155

    var stemmer: any Stemming {
        switch self {
        case .original: return PorterStemmer(mode: .original)
        case .nltkExtensions: return PorterStemmer(mode: .nltkExtensions)
        case .rouge155: return ROUGE155Stemmer()
        }
    }
}

/// `parallax stem`: Porter-stem words, one a line, from a file or standard input.
struct StemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stem",
        abstract: "Porter-stem words given one a line (a utility for checking the stemmer).",
        discussion: """
        Reads words one a line and prints each word's stem on its own line, in order, so the
        output lines up with the input line for line (an empty line stays empty).

        --mode original is Porter's 1980 algorithm as published (Snowball's `porter`).
        --mode nltk-extensions is NLTK's default PorterStemmer, the one rouge-score stems with.
        --mode rouge155 is ROUGE-1.5.5.pl's own Porter variant (its -m, without the WordNet
        exception lookup).

        Examples:
          printf 'caresses\\nponies\\nrelational\\n' | parallax stem
          parallax stem --mode nltk-extensions words.txt
        """
    )

    @Option(help: "Which variant of Porter's algorithm to run.")
    var mode: StemmerChoice = .original

    @Argument(help: "A file of words, one a line; '-' or nothing reads standard input.")
    var file: String = "-"

    func run() throws {
        let data: Data
        if file == "-" {
            data = Data(StandardStreams.readAll() ?? [])
        } else {
            guard let d = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read '\(file)'")
            }
            data = d
        }
        let stemmer = mode.stemmer
        let text = String(decoding: data, as: UTF8.self)
        var out = ""
        out.reserveCapacity(data.count)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        for line in lines {
            let word = line.hasSuffix("\r") ? line.dropLast() : line
            out += stemmer.stem(String(word))
            out += "\n"
        }
        StandardStreams.writeOutput(out)
    }
}
