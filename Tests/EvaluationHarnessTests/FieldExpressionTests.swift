import XCTest
@testable import EvaluationHarness
import TextProcessing

final class FieldExpressionTests: XCTestCase {
    let object = JSONValue.parseAsFoundation(#"""
        {"id": 42, "issue": "Taxes rise", "roundup": ["The bill passed.", "Critics objected."],
         "title": "Storm hits coast.", "meta": {"source": "wire"}, "quoted": "He said \"no.\""}
        """#)!

    func testPathReadsKeysIndicesAndNestedObjects() {
        XCTAssertEqual(FieldExpression.path("roundup[1]").string(in: object), "Critics objected.")
        XCTAssertEqual(FieldExpression.path("meta.source").string(in: object), "wire")
        XCTAssertEqual(FieldExpression.path("id").string(in: object), "42", "integer ids are read as their decimal text")
        XCTAssertNil(FieldExpression.path("roundup[2]").value(in: object), "index out of range")
        XCTAssertNil(FieldExpression.path("missing").value(in: object))
    }

    func testSentencesAddAFullStopOnlyWhereOneIsMissing() {
        // "Taxes rise" has no final mark → "Taxes rise." ; "The bill passed." keeps its own.
        XCTAssertEqual(FieldExpression.sentences(["issue", "roundup[0]"]).string(in: object), "Taxes rise. The bill passed.")
        XCTAssertEqual(FieldExpression.sentences(["title", "roundup[0]"]).string(in: object), "Storm hits coast. The bill passed.")
        // A closing quote after the full stop still counts as a sentence end.
        XCTAssertEqual(FieldExpression.sentences(["quoted", "issue"]).string(in: object), "He said \"no.\" Taxes rise.")
        XCTAssertNil(FieldExpression.sentences(["issue", "nothing"]).value(in: object), "a missing part makes the whole missing")
    }

    func testDecodesStringsAsPathsAndObjectsAsSentences() throws {
        let json = #"{"a": "reference", "b": {"sentences": ["x", "y"]}}"#
        let d = try JSONDecoder().decode([String: FieldExpression].self, from: Data(json.utf8))
        XCTAssertEqual(d["a"], .path("reference"))
        XCTAssertEqual(d["b"], .sentences(["x", "y"]))
        XCTAssertEqual(d["b"]?.label, "x + y")
    }
}
