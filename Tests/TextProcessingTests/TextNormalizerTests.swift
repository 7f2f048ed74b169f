import XCTest
@testable import TextProcessing

final class TextNormalizerTests: XCTestCase {
    func testDisplayFormComposesToNFC() {
        // "e" + U+0301 COMBINING ACUTE ACCENT composes to U+00E9: 2 scalars become 1.
        let decomposed = "Cafe\u{0301} on the quay"
        let shown = TextNormalizer.displayForm(decomposed)
        XCTAssertEqual(Array(shown.unicodeScalars).count, decomposed.unicodeScalars.count - 1)
        XCTAssertEqual(Array(shown.unicodeScalars)[3], "\u{00E9}")
    }

    func testDisplayFormReordersMarksAndComposesHangul() {
        // a + U+0301 (ccc 230) + U+0316 (ccc 220): canonical order puts U+0316 first, and the
        // acute, not blocked by a mark of lower class, still composes with "a": U+00E1 U+0316.
        XCTAssertEqual(TextNormalizer.displayForm("a\u{301}\u{316}").unicodeScalars.map(\.value), [0xE1, 0x316])
        // Conjoining jamo ᄀ + ᅡ + ᆨ compose to the syllable 각 (U+AC01).
        XCTAssertEqual(TextNormalizer.displayForm("\u{1100}\u{1161}\u{11A8}").unicodeScalars.map(\.value), [0xAC01])
        // Composition exclusions stay decomposed: U+0958 (DEVANAGARI QA) is क + ़ in NFC.
        XCTAssertEqual(TextNormalizer.displayForm("\u{958}").unicodeScalars.map(\.value), [0x915, 0x93C])
        XCTAssertEqual(TextNormalizer.displayForm(""), "")
    }

    func testDisplayFormKeepsTypography() {
        let s = "“It’s over” — 3–4"
        XCTAssertEqual(TextNormalizer.displayForm(s), s)
    }

    func testMatchingFormFoldsQuotesDashesAndSpaces() {
        XCTAssertEqual(TextNormalizer.matchingForm("“It’s\u{00A0}over” — 3–4"), "\"It's over\" - 3-4")
        XCTAssertEqual(TextNormalizer.matchingForm("‘Harbor’ \u{202F}pier"), "'Harbor'  pier")
    }

    func testMatchingFormExpandsEllipsisAndDropsInvisibleCharacters() {
        // "co" + SOFT HYPHEN + "operate" → "cooperate"; ZERO WIDTH SPACE removed; … → "..."
        XCTAssertEqual(TextNormalizer.matchingForm("co\u{00AD}operate\u{200B} now…"), "cooperate now...")
    }

    func testMatchingFormOfDecomposedAndComposedTextIsEqual() {
        XCTAssertEqual(TextNormalizer.matchingForm("Zu\u{0308}rich"), TextNormalizer.matchingForm("Z\u{00FC}rich"))
    }

    func testMatchingScalar() {
        XCTAssertEqual(TextNormalizer.matchingScalar("\u{2019}"), "'")
        XCTAssertEqual(TextNormalizer.matchingScalar("\u{2014}"), "-")
        XCTAssertNil(TextNormalizer.matchingScalar("\u{00AD}"))
        XCTAssertEqual(TextNormalizer.matchingScalar("q"), "q")
    }
}
