import XCTest
import TextProcessing

final class JSONValueTests: XCTestCase {
    func testWritesCompactJSONWithMembersInOrder() {
        let v = JSONValue.object([("b", .int(2)), ("a", .number("1.50")), ("s", .string("say \"hi\"")),
                                  ("n", .null), ("t", .bool(false)), ("x", .array([.int(-3), .array([])])), ("o", .object([]))])
        XCTAssertEqual(v.serialized(), #"{"b":2,"a":1.50,"s":"say \"hi\"","n":null,"t":false,"x":[-3,[]],"o":{}}"#)
        var out = "> "
        v["x"]?.write(to: &out)
        XCTAssertEqual(out, "> [-3,[]]")
    }

    func testWriteRoundTripsControlCharacters() throws {
        let s = "tab\tnew\nquote\"bell\u{07}"
        let json = JSONValue.string(s).serialized()
        XCTAssertEqual(json, #""tab\tnew\nquote\"bell\u0007""#)
        XCTAssertEqual(try JSONValue.parse(json).stringValue, s)
    }

    func testMembersAndEquality() {
        let v = JSONValue.object([("k", .string("first")), ("k", .string("second")), ("n", .int(1))])
        XCTAssertEqual(v["k"], .string("first"))           // the first of a repeated key
        XCTAssertNil(v["missing"])
        XCTAssertNil(JSONValue.array([.string("k")])["k"])  // not an object
        XCTAssertEqual(v["k"]?.stringValue, "first")
        XCTAssertNil(v["n"]?.stringValue)
        // Equal when written alike: member order counts, a number's spelling counts.
        XCTAssertEqual(JSONValue.int(7), .number("7"))
        XCTAssertNotEqual(JSONValue.number("7.0"), .number("7"))
        XCTAssertNotEqual(JSONValue.object([("a", .null), ("b", .null)]), .object([("b", .null), ("a", .null)]))
    }
}
