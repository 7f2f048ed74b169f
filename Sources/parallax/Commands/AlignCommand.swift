import ArgumentParser
import FoundationEssentials
import Parallax

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Decide whether sentence pairs report the same thing (the aligner behind 'compare').",
        discussion: """
        Reads JSON lines {"id","a","b"} and writes one line per pair:
        {"id","similarity","aligned"}, where similarity is the aligner's probability that the two
        sentences report the same thing and aligned is its decision (probability >= the threshold
        calibrated on MSRP by scripts/calibrate-aligner). Each pair is decided on its own: the
        TF-IDF weights use the news IDF table shipped in Models/idf.

        Examples:
          parallax align --pairs pairs.jsonl
          echo '{"id":"1","a":"Police detained 14 people.","b":"Police seized 14 people."}' | parallax align --pairs -
          parallax align --pairs pairs.jsonl --features     add the feature values (for calibration)
        """)

    @Option(name: .long, help: ArgumentHelp("JSON lines with id, a and b ('-' for standard input).", valueName: "IN.jsonl"))
    var pairs: String

    @Flag(name: .long, help: "Also print each pair's feature values.")
    var features = false

    func run() throws {
        try ModelStore.requireTextModels()
        let input = try InputReader(limit: 1024 * 1024 * 1024).read(pairs)
        var ids: [JSONValue] = [], texts: [(String, String)] = []
        let lines = input.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (n, line) in lines.enumerated() where !line.trimmingWhitespace().isEmpty {
            guard let obj = JSONValue.parseAsFoundation(line), obj.objectMembers != nil,
                  let a = obj["a"]?.stringValue, let b = obj["b"]?.stringValue else {
                throw CompareInputError("\(input.name):\(n + 1): expected a JSON object with string fields \"a\" and \"b\"")
            }
            if let s = obj["id"]?.stringValue { ids.append(.string(s)) } else if let i = obj["id"]?.foundationInt { ids.append(.int(i)) } else { ids.append(.null) }
            texts.append((a, b))
        }
        if features {
            let aligner = SentenceAligner(model: (try? AlignmentModel.bundled()) ?? AlignmentModel(bias: 0, weights: Array(repeating: 0, count: PairFeatures.names.count), threshold: 0.5))
            let fs = try aligner.features(pairs: texts)
            let decisions = try aligner.align(pairs: texts)
            for (k, f) in fs.enumerated() {
                print(JSONValue.object([("id", ids[k]), ("similarity", .number(decisions[k].similarity)),
                                        ("aligned", .bool(decisions[k].aligned)),
                                        ("features", .object(zip(PairFeatures.names, f.values).map { ($0, .number($1)) }))]).serialized())
            }
            return
        }
        let aligner = SentenceAligner(model: try AlignmentModel.bundled())
        for (k, d) in try aligner.align(pairs: texts).enumerated() {
            print(JSONValue.object([("id", ids[k]), ("similarity", .number(d.similarity)), ("aligned", .bool(d.aligned))]).serialized())
        }
    }
}
