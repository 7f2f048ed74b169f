import XCTest
@testable import TextProcessing

final class PatternTests: XCTestCase {
    func testPatternsMatchAsICUDid() {
        // Expected values are NSRegularExpression's on Linux. \b is ICU's: between a word and a
        // non-word scalar, never before a combining mark (a word character to ICU, not to Swift)
        // or a format character; \d is decimal digits only; (?i:…) groups and classes fold case.
        XCTAssertTrue(Pattern(#"^have a (news )?tip\b"#).matches("Have a tip? Write to us"))
        XCTAssertFalse(Pattern(#"^have a (news )?tip\b"#).matches("Have a tipple"))
        XCTAssertTrue(Pattern(#"^(?i:by)\s+[A-Z]"#, caseInsensitive: false).matches("BY Jane"))
        XCTAssertFalse(Pattern(#"^(?i:by)\s+[A-Z]"#, caseInsensitive: false).matches("by jane"))
        XCTAssertTrue(Pattern(#"^[a-z]{3} \d{4}$"#).matches("JAN 2024"))
        XCTAssertFalse(Pattern(#"cafe\b"#).matches("cafe\u{301}"), "the acute continues the word")
        XCTAssertFalse(Pattern(#"tip\b"#).matches("tip\u{600}"), "no boundary before a format character")
        XCTAssertTrue(Pattern(#"e\w"#).matches("e\u{301}"))
        XCTAssertFalse(Pattern(#"\d"#).matches("\u{2160}"), "Roman numeral one is a number but not a decimal digit")
        XCTAssertTrue(Pattern(#"\d"#).matches("\u{661}"), "Arabic-Indic one is a decimal digit")
        XCTAssertEqual(Pattern.icuCompatible(#"[\w.]\d\b\("#),
                       #"[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u{200C}\u{200D}.]\p{Nd}(?![\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u{200C}\u{200D}\p{Cf}\p{Grapheme_Extend}])\("#)
    }

    func testMustContainSkipsLinesWithoutTheNamedText() {
        // A line without "have a " is refused before the expression runs; with it, the
        // expression decides ("Have a tipple" contains "have a " but fails at \b).
        let p = Pattern(#"^have a (news )?tip\b"#, mustContain: ["have a "])
        XCTAssertTrue(p.matches("HAVE A NEWS TIP?"), "ASCII letters are compared lower-cased")
        XCTAssertFalse(p.matches("Have a tipple"))
        XCTAssertFalse(p.matches("Got a tip?"))
        XCTAssertTrue(Pattern.containsAny([Array("(c) ".utf8), Array("©".utf8)], in: "Text © 2024"))
        XCTAssertFalse(Pattern.containsAny([Array("newsletter".utf8)], in: "news letter"))
        XCTAssertFalse(Pattern.containsAny([Array("longer than the line".utf8)], in: "short"))
    }

    func testEveryRuleAcceptsItsOwnExamples() {
        // One line each that the rule exists for, so a mustContain list that is too strict fails here.
        let cases: [(Pattern, String)] = [
            (LineClassifier.creditAtEnd, "The pier at dawn (AP Photo/John Doe)"),
            (LineClassifier.creditAtEnd, "Smoke rises (Getty Images)"),
            (LineClassifier.creditLabel, "Pictured: the mayor"),
            (LineClassifier.creditLabel, "Reuters/Jane Roe"),
            (LineClassifier.bylinePattern, "BY JANE ROE, Associated Press"),
            (LineClassifier.nameCommaAgency, "Jane Roe, The Associated Press"),
            (LineClassifier.datelinePattern, "ST. JOSEPH, Mich. (AP) -- Officials said."),
            (LineClassifier.dateOnly, "Tue, March 5, 2024 at 3:15 p.m. EST"),
        ]
        for (pattern, line) in cases { XCTAssertTrue(pattern.matches(line), line) }
        let boilerplate = ["All Rights Reserved.", "This material may not be published, broadcast or rewritten.",
                           "© 2024 Harbor Herald", "This website uses cookies", "Sign up for our daily newsletter",
                           "Jane Roe contributed to this report.", "Additional reporting by Jane Roe",
                           "Follow the Herald on Bluesky.", "Have a news tip? Email us.",
                           "This story has been updated with new details.", "Your browser doesn't support video."]
        for (pattern, line) in zip(LineClassifier.boilerplatePatterns, boilerplate) { XCTAssertTrue(pattern.matches(line), line) }
    }
}
