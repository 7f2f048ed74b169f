import ArgumentParser
import Parallax

@main
struct ParallaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Read the news like a careful editor: summarize, compare outlets, score summaries.",
        discussion: """
        Examples:
          parallax summarize article.txt            three-sentence summary of one article
          parallax compare a.txt b.txt c.html       what outlets share, omit, add, and how they word it
          parallax rouge --references refs.txt --predictions sys.txt
          parallax evaluate --dataset bbc-dev       every method scored, in a paper-ready table
        """,
        version: ParallaxVersion.string,
        subcommands: [
            ExtractCommand.self, SentencesCommand.self,
            SummarizeCommand.self, KeywordsCommand.self,
            CompareCommand.self, AlignCommand.self,
            RougeCommand.self, EvaluateCommand.self,
            StemCommand.self,
        ]
    )
}
