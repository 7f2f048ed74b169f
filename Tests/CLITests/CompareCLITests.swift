import Foundation
import XCTest

final class CompareCLITests: XCTestCase {
    let story = ["Examples/story/harbour-ledger.txt", "Examples/story/calder-star.txt", "Examples/story/northgate-courier.txt"]

    func testCompareDemoAsJSON() throws {
        let r = try runParallax(["compare"] + story + ["--format", "json", "--stance", "northgate-courier=right"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let outlets = obj["outlets"] as! [[String: Any]]
        XCTAssertEqual(outlets.map { $0["name"] as! String }, ["harbour-ledger", "calder-star", "northgate-courier"])
        XCTAssertEqual(outlets[2]["stance"] as? String, "right")
        XCTAssertTrue(outlets[0]["stance"] is NSNull)
        XCTAssertEqual((obj["facts"] as! [Any]).count, 9)
        // Without --framing-features the sentences carry the score and mark but not the features.
        let first = (outlets[2]["sentences"] as! [[String: Any]])[0]
        XCTAssertEqual(first["framed"] as? Bool, true)
        XCTAssertNil(first["framing_features"])
    }

    func testFramingFeaturesFlagAddsTheFeatureValues() throws {
        let r = try runParallax(["compare"] + story + ["--format", "json", "--framing-features"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let s = ((obj["outlets"] as! [[String: Any]])[2]["sentences"] as! [[String: Any]])[0]
        let f = s["framing_features"] as! [String: Any]
        XCTAssertEqual(f.keys.sorted(), ["intensifiers", "loaded", "log_words", "partial_quote", "strongest_negative"])
    }

    func testOutletNamesAndPipedTerminalOutputIsPlain() throws {
        let r = try runParallax(["compare", "--outlet", "Ledger=\(story[0])", "--outlet", "Courier=\(story[2])", "--width", "80"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("Ledger"))
        XCTAssertFalse(r.stdout.contains("\u{1B}["))
    }

    func testOneVersionGetsItsSentencesProfileAndSummary() throws {
        let t = try runParallax(["compare", "--outlet", "Ledger=\(story[0])", "--width", "80"])
        XCTAssertEqual(t.status, 0, t.stderr)
        XCTAssertTrue(t.stdout.hasPrefix("Ledger\n"), t.stdout)
        XCTAssertTrue(t.stdout.contains("\none version, nothing to compare it with: its sentences\n"), t.stdout)
        XCTAssertTrue(t.stdout.contains("\nframing per 100 words\n  Ledger: "), t.stdout)
        XCTAssertTrue(t.stdout.contains("\nsummary\n  • "), t.stdout)
        XCTAssertFalse(t.stdout.contains("only in one outlet"))
        XCTAssertFalse(t.stdout.contains("omits"))
        let md = try runParallax(["compare", story[0], "--format", "markdown"])
        XCTAssertEqual(md.status, 0, md.stderr)
        XCTAssertTrue(md.stdout.hasPrefix("# One version (nothing to compare it with)\n"), md.stdout)
        XCTAssertTrue(md.stdout.contains("\n## Summary\n") && md.stdout.contains("\n## Sentences\n"))
        XCTAssertFalse(md.stdout.contains("## Coverage") || md.stdout.contains("## Omissions"))
        let html = try runParallax(["compare", story[0], "--format", "html"])
        XCTAssertEqual(html.status, 0, html.stderr)
        XCTAssertTrue(html.stdout.contains("<p class=\"sub\">one version, nothing to compare it with</p>"))
        XCTAssertTrue(html.stdout.contains("<h2>Sentences</h2>"))
        XCTAssertFalse(html.stdout.contains("<h2>Coverage</h2>") || html.stdout.contains("<h2>Omissions</h2>"))
        XCTAssertTrue(html.stdout.hasSuffix("</ul>\n</body></html>\n"))
    }

    func testNoVersionsIsAUsageError() throws {
        let r = try runParallax(["compare"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: no versions to compare: give files, --outlet NAME=PATH or --jsonl IN.jsonl\n"), r.stderr)
        XCTAssertTrue(r.stderr.contains("Usage: parallax compare"))
    }

    func testMissingFileIsNamed() throws {
        let r = try runParallax(["compare", story[0], "no-such-file.txt"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.hasPrefix("Error: no-such-file.txt: no such file\n"), r.stderr)
    }

    func testJSONLStorySetsOneLineEach() throws {
        let sets = """
        {"id":"s1","sources":[{"outlet":"A","text":"Police detained 14 people after a march on Saturday."},{"outlet":"B","stance":"right","text":"Police seized 14 people after a march on Saturday."}]}
        {"id":"s2","sources":[{"outlet":"A","title":"Bread","text":"Bakers sold bread."},{"outlet":"B","text":"A comet passed."}]}
        """
        let r = try runParallax(["compare", "--jsonl", "-"], stdin: sets)
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        XCTAssertEqual(first["id"] as? String, "s1")
        XCTAssertEqual((first["facts"] as! [Any]).count, 1)
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
        XCTAssertEqual((second["facts"] as! [Any]).count, 0)
    }

    func testJSONLSetWithNoSourcesNamesTheLine() throws {
        let r = try runParallax(["compare", "--jsonl", "-"], stdin: #"{"id":"x","sources":[]}"# + "\n")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "Error: <stdin>:1: no versions to compare\n")
        XCTAssertEqual(r.stdout, #"{"id":"x","error":"no versions to compare"}"# + "\n")
    }

    func testJSONLSetWithOneSourceIsCompared() throws {
        let r = try runParallax(["compare", "--jsonl", "-"], stdin: #"{"id":"x","sources":[{"outlet":"A","text":"Hello there."}]}"# + "\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        let set = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        XCTAssertEqual((set["facts"] as! [Any]).count, 0)
        let sentence = ((set["outlets"] as! [[String: Any]])[0]["sentences"] as! [[String: Any]])[0]
        XCTAssertEqual(sentence["unique"] as? Bool, false)
        XCTAssertEqual((set["consensus"] as! [[String: Any]]).map { $0["text"] as? String }, ["Hello there."])
    }

    func testAlignPairs() throws {
        let pairs = """
        {"id":"p1","a":"Police detained 14 people after the march on Saturday.","b":"Police detained 14 people after the march on Saturday."}
        {"id":"p2","a":"Bakers sold fresh bread at dawn.","b":"A comet was seen over the valley."}
        """
        let r = try runParallax(["align", "--pairs", "-"], stdin: pairs)
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        XCTAssertEqual(lines.map { $0["id"] as! String }, ["p1", "p2"])
        XCTAssertEqual(lines.map { $0["aligned"] as! Bool }, [true, false])
        XCTAssertTrue(r.stdout.hasPrefix(#"{"id":"p1","similarity":"#))
    }

    func testAlignRejectsMalformedLines() throws {
        let r = try runParallax(["align", "--pairs", "-"], stdin: "{\"id\":1}\n")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.hasPrefix("Error: <stdin>:1: expected a JSON object with string fields \"a\" and \"b\"\n"), r.stderr)
    }

    func testFramingFeaturesWithoutJSONIsAUsageError() throws {
        let r = try runParallax(["compare", story[0], story[1], "--framing-features"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: --framing-features needs --format json or --jsonl\n"), r.stderr)
    }

    func testStanceForAnUnknownOutletIsAUsageError() throws {
        let r = try runParallax(["compare", story[0], story[1], "--stance", "Ledger=left"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.hasPrefix("Error: --stance names 'Ledger', which is not an outlet (outlets: harbour-ledger, calder-star)\n"), r.stderr)
    }

    func testUserLexiconAddsArousalAndHTMLIsOnePage() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vad-\(UUID().uuidString).tsv")
        try "Word\tValence\tArousal\tDominance\nprotesters\t0.4\t0.8\t0.5\nmarch\t0.5\t0.6\t0.5\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let r = try runParallax(["compare", story[0], story[2], "--lexicon", url.path, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let profile = (obj["outlets"] as! [[String: Any]])[0]["profile"] as! [String: Any]
        // The Ledger has "protesters" once and "march" twice (headline and body): (0.8 + 0.6 + 0.6) / 3.
        XCTAssertEqual(profile["arousal"] as! Double, 2.0 / 3, accuracy: 1e-4)
        let html = try runParallax(["compare", story[0], story[2], "--format", "html"])
        XCTAssertTrue(html.stdout.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.stdout.hasSuffix("</html>\n"))
    }
}
