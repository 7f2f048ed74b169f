import XCTest
@testable import TextProcessing

final class StopWordsTests: XCTestCase {
    func testEnglishListLoadsFromModels() throws {
        let list = try StopWords.loadEnglish()
        // The model holds 256 entries (MANIFEST.json counts).
        XCTAssertEqual(list.words.count, 256)
        XCTAssertEqual(list, StopWords.english)
    }

    func testFunctionWordsAreStopWordsInAnyCaseAndApostrophe() {
        for w in ["the", "The", "AND", "of", "Don’t", "don't", "they’re", "would"] {
            XCTAssertTrue(StopWords.english.contains(w), w)
        }
    }

    func testContentWordsAreNot() {
        for w in ["bridge", "said", "government", "ferry", "minister", "leak"] {
            XCTAssertFalse(StopWords.english.contains(w), w)
        }
    }

    func testAllStopWordSentenceLeavesNothing() {
        let words = Tokenizer().words("It was not what they had been doing there.")
        XCTAssertEqual(words.filter { !StopWords.english.contains($0) }, [])
    }

    func testCustomList() {
        let s = StopWords(["Harbor", "pier’s"])
        XCTAssertTrue(s.contains("harbor"))
        XCTAssertTrue(s.contains("Pier's"))
        XCTAssertFalse(s.contains("bridge"))
    }
}
