import Foundation
import XCTest

/// End-to-end tests of `parallax extract` and `parallax sentences`: the built binary, its stdout,
/// stderr and exit status, including every kind of bad input.
final class ExtractCLITests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    // MARK: extract

    static let harborExpected = """
    Harbor Bridge reopens to traffic after 14-month repair, two weeks ahead of schedule

    PORT ELLERY (AP) — The Harbor Bridge reopened to cars and buses on Friday, 14 months after inspectors found corroded cables under its eastern span, and two weeks earlier than the city had promised.

    Mayor Ilse Varga cut a ribbon at 9:30 a.m. and rode across on the first No. 12 bus, waving to about 300 residents who had gathered on the pier. “We told people this bridge would be safe before it was fast,” Varga said. “Today it is both.”

    The repair cost $84.6 million, about 3.5% more than the original estimate, according to the Port Ellery Transit Authority. The U.S. Department of Transportation paid roughly half through a federal grant.

    Engineers replaced 212 of the bridge's 640 suspension cables and resurfaced the deck. Dr. Ravi Anand, the project's chief engineer, said the new cables were rated for 75 years. “The old ones were doing their job until they weren't,” he said.

    Tolls stay at $2.50 for cars, but the authority will add a lane for buses and bicycles during the morning rush. Ferry service, which carried about 9,000 extra passengers a day during the closure, will return to its normal timetable on Monday.

    Not everyone was celebrating. Shop owners on Quay Street said the closure had cut their sales by a third. “Fourteen months is a long time to wait for customers,” said Lena Moss, who runs a bakery near the western ramp. The city council will vote next week on a relief fund of $1.2 million for affected businesses.

    Varga said the city would publish a full account of the project's costs by June. “People paid for this bridge,” she said. “They deserve to know where every dollar went.”

    """

    func testExtractPrintsTitleBlankLineAndParagraphsOfTheBundledExample() throws {
        let r = try runParallax(["extract", "Examples/harbor-bridge-scraped.txt"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdout, Self.harborExpected)
        for junk in ["Skip to main content", "Advertisement", "Share on", "By Maren", "Updated 6:42", "(Dana Whitlock",
                     "What changes for commuters", "contributed to this report", "Copyright", "Most Popular",
                     "waterfront stadium", "newsletter"] {
            XCTAssertFalse(r.stdout.contains(junk), junk)
        }
    }

    func testBodyOnlyLeavesOutTheTitle() throws {
        let r = try runParallax(["extract", "--body-only", "Examples/harbor-bridge-scraped.txt"])
        XCTAssertEqual(r.status, 0)
        let body = Self.harborExpected.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
        XCTAssertEqual(r.stdout, body)
    }

    func testJSONGivesTitleParagraphsSentencesAndRanges() throws {
        let r = try runParallax(["extract", "--format", "json", "Examples/harbor-bridge-scraped.txt"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["title"] as? String, "Harbor Bridge reopens to traffic after 14-month repair, two weeks ahead of schedule")
        XCTAssertEqual(json["rangeUnit"] as? String, "unicode-scalars")
        XCTAssertEqual(json["source"] as? String, "Examples/harbor-bridge-scraped.txt")
        let paragraphs = try XCTUnwrap(json["paragraphs"] as? [[String: Any]])
        XCTAssertEqual(paragraphs.count, 7)
        // Body ranges: paragraph 0 is 197 scalars, so paragraph 1 starts at 197 + 2 = 199.
        XCTAssertEqual(paragraphs[0]["range"] as? [Int], [0, 197])
        XCTAssertEqual((paragraphs[1]["range"] as? [Int])?.first, 199)
        // Source ranges slice the input file back to each paragraph.
        let source = Array(try String(contentsOf: repositoryRoot().appendingPathComponent("Examples/harbor-bridge-scraped.txt"), encoding: .utf8).unicodeScalars)
        for p in paragraphs {
            let r = try XCTUnwrap(p["sourceRange"] as? [Int])
            var v = String.UnicodeScalarView()
            v.append(contentsOf: source[r[0]..<r[1]])
            XCTAssertEqual(String(v), p["text"] as? String)
        }
        let sentences = try XCTUnwrap(json["sentences"] as? [[String: Any]])
        XCTAssertEqual(sentences.count, 18)
        XCTAssertEqual(sentences[2]["text"] as? String, "“We told people this bridge would be safe before it was fast,” Varga said.")
        XCTAssertEqual(sentences[2]["paragraph"] as? Int, 1)
    }

    func testJSONOfAnUntitledArticleHasANullTitle() throws {
        let r = try runParallax(["extract", "--format", "json", "-"], stdin: "The ferry left at six. It came back at noon.\n")
        XCTAssertEqual(r.status, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertTrue(json["title"] is NSNull)
        XCTAssertEqual(json["source"] as? String, "<stdin>")
    }

    func testStdinPlainText() throws {
        let r = try runParallax(["extract", "-"], stdin: "Menu\n\nFerry council backs timetable\n\nThe ferry council backed the winter timetable on Tuesday.\n\nAdvertisement\n")
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "Ferry council backs timetable\n\nThe ferry council backed the winter timetable on Tuesday.\n")
    }

    private let page = """
    <html><head><title>Grenby Post</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Ferry council backs winter timetable</h1>
    <p>The ferry council backed the new winter timetable for the island route on Tuesday evening.</p>
    <p>The first sailing will move to a quarter past six from the first week of December.</p></article>
    <footer>© Grenby Post</footer></body></html>
    """

    func testStdinStartingWithAngleBracketGoesThroughHTMLExtraction() throws {
        let r = try runParallax(["extract", "-"], stdin: "\n  " + page)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("Ferry council backs winter timetable\n\nThe ferry council backed"), r.stdout)
        XCTAssertFalse(r.stdout.contains("<p>"))
        XCTAssertFalse(r.stdout.contains("Home"))
    }

    func testJSONOfHTMLInputHasNullSourceRanges() throws {
        let r = try runParallax(["extract", "--format", "json", "-"], stdin: page)
        XCTAssertEqual(r.status, 0, r.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let paragraphs = try XCTUnwrap(json["paragraphs"] as? [[String: Any]])
        XCTAssertEqual(paragraphs.count, 2)
        XCTAssertTrue(paragraphs.allSatisfy { $0["sourceRange"] is NSNull })
        XCTAssertEqual(json["title"] as? String, "Ferry council backs winter timetable")
    }

    func testHTMLFileByExtension() throws {
        let p = try file("story.htm", page)
        let r = try runParallax(["extract", "--body-only", p])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
        The ferry council backed the new winter timetable for the island route on Tuesday evening.

        The first sailing will move to a quarter past six from the first week of December.

        """)
    }

    func testHTMLPageInWindows1252IsDecodedByItsDeclaredCharset() throws {
        // Windows-1252 bytes: 0x93/0x94 are curly double quotes, 0xE9 is "é", 0x97 an em dash;
        // read as UTF-8 they would all be U+FFFD.
        func cp1252(_ s: String) -> [UInt8] {
            s.unicodeScalars.map { c -> UInt8 in
                switch c {
                case "\u{201C}": return 0x93
                case "\u{201D}": return 0x94
                case "\u{2014}": return 0x97
                default: return UInt8(c.value)  // ASCII and Latin-1 letters are the same byte
                }
            }
        }
        let html = """
        <html><head><meta charset="windows-1252"><title>Grenby Post</title></head><body>
        <article><h1>Caf\u{E9} reopens on the quay</h1>
        <p>\u{201C}We missed the caf\u{E9} all winter,\u{201D} said the ferry captain \u{2014} and the whole crew agreed.</p>
        <p>The caf\u{E9} will open at seven every morning from the first week of December onwards.</p></article>
        </body></html>
        """
        let p = try file("cafe.html", cp1252(html))
        let r = try runParallax(["extract", p])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdout, """
        Caf\u{E9} reopens on the quay

        \u{201C}We missed the caf\u{E9} all winter,\u{201D} said the ferry captain \u{2014} and the whole crew agreed.

        The caf\u{E9} will open at seven every morning from the first week of December onwards.

        """)
    }

    func testHTMLPageInUTF16AndUndeclaredLatin1() throws {
        // UTF-16 with a byte-order mark is followed; a page that is not UTF-8 and declares no
        // charset is read as ISO-8859-1 (0xE9 = "é").
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in page.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let r16 = try runParallax(["extract", "--body-only", try file("u16.html", utf16)])
        XCTAssertEqual(r16.status, 0, r16.stderr)
        XCTAssertTrue(r16.stdout.hasPrefix("The ferry council backed the new winter timetable"), r16.stdout)
        let latin1 = Array(page.replacingOccurrences(of: "Ferry council", with: "Caf_ council")
            .replacingOccurrences(of: "©", with: "(c)").utf8).map { $0 == UInt8(ascii: "_") ? 0xE9 : $0 }
        let r1 = try runParallax(["extract", try file("l1.html", latin1)])
        XCTAssertEqual(r1.status, 0, r1.stderr)
        XCTAssertEqual(r1.stderr, "")
        XCTAssertTrue(r1.stdout.hasPrefix("Caf\u{E9} council backs winter timetable\n\n"), r1.stdout)
    }

    // MARK: Bad input (messages verbatim)

    func testMissingFile() throws {
        let p = dir.appendingPathComponent("missing.txt").path
        for verb in ["extract", "sentences"] {
            let r = try runParallax([verb, p])
            XCTAssertEqual(r.status, 1)
            XCTAssertEqual(r.stdout, "")
            XCTAssertEqual(r.stderr, "Error: \(p): no such file\n")
        }
    }

    func testDirectory() throws {
        let r = try runParallax(["extract", dir.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: \(dir.path): is a directory, not a file\n")
    }

    func testEmptyFileAndEmptyStdin() throws {
        let p = try file("empty.txt", "")
        let r = try runParallax(["extract", p])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: \(p): is empty (no text to read)\n")
        let s = try runParallax(["sentences", "-"], stdin: "")
        XCTAssertEqual(s.status, 1)
        XCTAssertEqual(s.stderr, "Error: <stdin>: is empty (no text to read)\n")
    }

    func testBinaryFile() throws {
        let p = try file("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00])
        let r = try runParallax(["extract", p])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: \(p): looks like a binary file (contains NUL bytes), not text\n")
    }

    func testInvalidUTF8IsDecodedWithAWarning() throws {
        // "caf" + 0xE9 (Latin-1 é): one invalid byte at offset 3, replaced by U+FFFD.
        let p = try file("latin1.txt", Array("The caf".utf8) + [0xE9] + Array(" opened on Friday. It was busy.\n".utf8))
        let r = try runParallax(["sentences", p])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "The caf\u{FFFD} opened on Friday.\nIt was busy.\n")
        XCTAssertEqual(r.stderr, "warning: \(p): invalid UTF-8 (1 sequence replaced with U+FFFD, first at byte 7)\n")
    }

    func testFiftyMegabyteFileIsRefusedFromItsSize() throws {
        // A sparse 50 MiB file: its size is known without reading (or writing) 50 MB.
        let url = dir.appendingPathComponent("huge.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data("x".utf8)))
        let h = try FileHandle(forWritingTo: url)
        try h.truncate(atOffset: 50 * 1_048_576)
        try h.close()
        let r = try runParallax(["extract", url.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: \(url.path): is 50 MB, over the 20 MB input limit (raise it with --max-input-mb)\n")
    }

    func testRaisedLimitAcceptsALargerFile() throws {
        // 1.5 MiB of prose: refused under --max-input-mb 1, accepted under 2.
        let sentence = "The ferry council met on Tuesday to discuss the winter timetable. "
        let p = try file("big.txt", String(repeating: sentence, count: 1_572_864 / sentence.utf8.count + 1))
        let refused = try runParallax(["sentences", "--max-input-mb", "1", p])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr, "Error: \(p): is 1.5 MB, over the 1 MB input limit (raise it with --max-input-mb)\n")
        let accepted = try runParallax(["sentences", "--max-input-mb", "2", p])
        XCTAssertEqual(accepted.status, 0)
        XCTAssertEqual(accepted.stdout.split(separator: "\n").count, 1_572_864 / sentence.utf8.count + 1)
    }

    func testBadLimitIsAUsageError() throws {
        let r = try runParallax(["extract", "--max-input-mb", "0", "Examples/harbor-bridge-scraped.txt"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: --max-input-mb must be at least 1 (got 0)\nUsage: parallax extract"), r.stderr)
    }

    func testTextWithoutAnArticle() throws {
        let r = try runParallax(["extract", "-"], stdin: "Home\nNews\nSports\n")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: <stdin>: found no article text (no sentence-like lines)\n")
    }

    func testUnknownFormatIsAUsageError() throws {
        let r = try runParallax(["extract", "--format", "xml", "Examples/harbor-bridge-scraped.txt"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("'xml'"), r.stderr)
    }

    func testMissingModelsFolderIsAClearErrorForEveryCommandThatNeedsIt() throws {
        // PARALLAX_MODELS points at an empty folder: the abbreviation list is the first model read.
        var env = ProcessInfo.processInfo.environment
        env["PARALLAX_MODELS"] = dir.path
        let article = "Examples/harbor-bridge-scraped.txt"
        let calls: [[String]] = [
            ["extract", article], ["sentences", article], ["summarize", article], ["keywords", article],
            ["compare", "Examples/story/calder-star.txt", "Examples/story/harbour-ledger.txt"],
            ["evaluate", "--dataset", "bbc-dev"],
            ["align", "--pairs", try file("pairs.jsonl", "{\"id\": 1, \"a\": \"The ferry left.\", \"b\": \"The ferry departed.\"}\n")],
        ]
        for args in calls {
            let r = try runParallax(args, environment: env)
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertEqual(r.stdout, "", "\(args)")
            XCTAssertEqual(r.stderr, "Error: model file 'abbreviations/en-parallax-v1/abbreviations.tsv' not found (searched: \(dir.path); set PARALLAX_MODELS to the Models/ folder)\n", "\(args)")
        }
    }

    func testMissingStopWordsAreAClearError() throws {
        // Only the abbreviation lists are present: the stop-word list is reported.
        let models = dir.appendingPathComponent("Models")
        try FileManager.default.createDirectory(at: models.appendingPathComponent("abbreviations"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repositoryRoot().appendingPathComponent("Models/abbreviations/en-parallax-v1"),
                                         to: models.appendingPathComponent("abbreviations/en-parallax-v1"))
        var env = ProcessInfo.processInfo.environment
        env["PARALLAX_MODELS"] = models.path
        let r = try runParallax(["keywords", "Examples/harbor-bridge-scraped.txt"], environment: env)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: model file 'stopwords/en-parallax-v1/stopwords.txt' not found (searched: \(models.path); set PARALLAX_MODELS to the Models/ folder)\n")
        // sentences needs only the abbreviation lists.
        XCTAssertEqual(try runParallax(["sentences", "-"], stdin: "One. Two.", environment: env).stdout, "One.\nTwo.\n")
    }

    // MARK: sentences

    func testSentencesPrintsOneSentenceALineAndNothingElse() throws {
        let r = try runParallax(["sentences", "-"], stdin: "Harbor Bridge reopens\n\nGen. Lund arrived at 9 a.m. Monday. She met\nthe U.S. envoy. “Is it safe?” he asked.\n")
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdout, """
        Harbor Bridge reopens
        Gen. Lund arrived at 9 a.m. Monday.
        She met the U.S. envoy.
        “Is it safe?” he asked.

        """)
    }

    func testSentencesDoesNotRemoveBoilerplateOrExtractHTML() throws {
        let r = try runParallax(["sentences", "-"], stdin: "<p>Skip to main content</p>\n\nThe ferry left.")
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout, "<p>Skip to main content</p>\nThe ferry left.\n")
    }

    func testSentencesCleanPrintsCleanedSentences() throws {
        let stdin = "Contents..........3\n\n<p>The ferry <em>left</em>. It was late.</p>"
        let r = try runParallax(["sentences", "--clean", "-"], stdin: stdin)
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(r.stdout, "Contents\nThe ferry left.\nIt was late.\n")
        // Without --clean the same input is split as given.
        let plain = try runParallax(["sentences", "-"], stdin: stdin)
        XCTAssertEqual(plain.stdout, "Contents..........3\n<p>The ferry <em>left</em>.\nIt was late.</p>\n")
    }

    func testSentencesHelpTeaches() throws {
        let r = try runParallax(["sentences", "--help"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("one sentence a line"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Examples:"))
        XCTAssertFalse(r.stdout.contains("--jsonl"), "the batch flag is hidden")
    }
}
