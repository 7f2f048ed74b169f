import XCTest
@testable import Comparison
import TextProcessing

final class JSONValueReportNumbersTests: XCTestCase {
    func testOrderedObjectsNumbersAndEscapes() {
        let v = JSONValue.object([("b", .int(2)), ("a", .number(2.0 / 3)), ("s", .string("say \"hi\"\n\u{1}é")),
                                  ("n", .null), ("t", .bool(true)), ("x", .array([.number(1.5), .number(3)]))])
        XCTAssertEqual(v.serialized(), #"{"b":2,"a":0.6667,"s":"say \"hi\"\n\u0001é","n":null,"t":true,"x":[1.5,3]}"#)
    }

    func testNonFiniteNumbersBecomeNull() {
        XCTAssertEqual(JSONValue.number(.nan).serialized(), "null")
    }
}
