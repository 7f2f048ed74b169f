import ArgumentParser
import Parallax

@main
struct ParallaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Read the news like a careful editor: summarize, compare outlets, score summaries.",
        discussion: """
        Everything runs offline. Plain text, HTML (.html/.htm or input starting with '<') \
        and standard input ('-') are accepted wherever a file is.

        Examples:
          parallax extract page.txt
              the article Parallax finds in a scraped page
          parallax summarize article.txt
              a three-sentence extractive summary
          parallax compare a.txt b.txt c.html
              what outlets share, omit and add, and how they word it
          parallax rouge --references refs.txt --predictions sys.txt --stem
              ROUGE identical to rouge-score 0.1.2
          parallax evaluate --dataset bbc-dev
              every method scored with confidence intervals, in a table
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
