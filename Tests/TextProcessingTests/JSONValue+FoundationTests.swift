import XCTest
import TextProcessing

final class JSONValueFoundationTests: XCTestCase {
    func testAcceptsWhatJSONSerializationAccepts() {
        // Accepted by JSONSerialization.jsonObject(with:options: .fragmentsAllowed) on Linux.
        for text in ["[1E+2]", "[-0.0e-0]", "[0E8]", "[1e-400]", "[12345678901234567890123]", "[-0]", #"["\ud83d\ude00"]"#, "\u{FEFF}[1]", "[1,]", #"{"a":1,}"#, #"["\/"]"#, #""s""#, "{\"a\":\"x\u{7F}y\"}"] {
            XCTAssertNotNil(JSONValue.parseAsFoundation(text), text)
        }
        // Refused by it.
        for text in ["{\"a\":\"x\ny\"}", "{\"a\":\"x\ty\"}", "[1.]", "[-]", "[.5]", #"["\ud800"]"#, "[1]\u{FEFF}",
                     #"["\x"]"#, "[NaN]", "[1e400]", "[1E400]", "[-01]", "[+1]", "[tru]", " \u{0C}[1]", "[1a]", "[2.]",
                     "[1.5e]", "{,}", "[,1]", "[1,,]", "{\"a\"}", #"["\ud800\u0041"]"#, #"["\udc00"]"#] {
            XCTAssertNil(JSONValue.parseAsFoundation(text), text)
        }
        XCTAssertNil(JSONValue.parseAsFoundation([0x5B, 0x22, 0xFF, 0x22, 0x5D]), "invalid UTF-8")
        // A repeated key's earlier value is still checked: Foundation read them all.
        XCTAssertNil(JSONValue.parseAsFoundation([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x2C] + Array(#""a":1}"#.utf8)))
        XCTAssertNotNil(JSONValue.parseAsFoundation(String(repeating: "[", count: 511) + String(repeating: "]", count: 511)))
        XCTAssertNotNil(JSONValue.parseAsFoundation(String(repeating: "[", count: 512) + String(repeating: "]", count: 512)))
        XCTAssertNil(JSONValue.parseAsFoundation(String(repeating: "[", count: 513) + String(repeating: "]", count: 513)), "too deep")
    }

    func testLastRepeatedKeyWinsAndNumbersBridgeLikeNSNumber() throws {
        let v = try XCTUnwrap(JSONValue.parseAsFoundation(#"{"a":1,"a":2,"b":true,"d":2.0,"h":1.5,"u":12345678901234567890}"#))
        XCTAssertEqual(v["a"]?.foundationInt, 2)
        XCTAssertEqual(v["b"]?.foundationInt, 1, "NSNumber(true) as? Int is 1")
        XCTAssertEqual(v["d"]?.foundationInt, 2)
        XCTAssertNil(v["h"]?.foundationInt)
        XCTAssertNil(v["u"]?.foundationInt, "beyond Int")
        // Long numbers were NSDecimalNumbers: written with all their digits, cut to an Int once
        // their Double value is integral (123456789012345678.5 → 123456789012345678).
        let d = try XCTUnwrap(JSONValue.parseAsFoundation(#"[12345678901234567890123,0.1234567890123456789,123456789012345678.5,1.00000000000000000000,-9223372036854775808,18446744073709551616]"#))
        XCTAssertEqual(d.foundationSerialized(), #"[12345678901234567890123,0.1234567890123456789,123456789012345678.5,1,-9223372036854775808,18446744073709551616]"#)
        XCTAssertEqual(d.arrayItems?.map(\.foundationInt), [nil, nil, 123_456_789_012_345_678, 1, Int.min, nil])
        XCTAssertEqual(v.objectMembers?.count, 5)
    }

    func testWritesAsJSONSerialization() throws {
        // Expected text: JSONSerialization.data(withJSONObject:options: [.sortedKeys, .withoutEscapingSlashes]) on Linux.
        let v = try XCTUnwrap(JSONValue.parseAsFoundation(
            #"{"b":1,"a":[0.1,1.0,2.5e-7,1e20,123456789.123,-0.0,3,1.50,1e2,-0],"s":"q\"\\/\n\t\u0001\u007f\u2028é😀\b\f","t":true,"n":null}"#))
        XCTAssertEqual(v.foundationSerialized(),
                       #"{"a":[0.1,1,2.5e-07,1e+20,123456789.123,-0,3,1.5,100,0],"b":1,"n":null,"s":"q\"\\/\n\t\u0001"# + "\u{7F}\u{2028}é😀" + #"\b\f","t":true}"#)
    }

    func testPrettyLayoutKeepsFoundationsBlankLineInEmptyContainers() throws {
        let v = try XCTUnwrap(JSONValue.parseAsFoundation(#"{"b":{"x":1,"a":[1,2]},"a":[],"c":{}}"#))
        XCTAssertEqual(v.foundationSerialized(pretty: true), """
            {
              "a" : [

              ],
              "b" : {
                "a" : [
                  1,
                  2
                ],
                "x" : 1
              },
              "c" : {

              }
            }
            """)
    }

    func testKeyOrderIsFoundationsForPunctuationCaseAndNumbers() {
        // JSONSerialization's order on Linux: white space, then _ - , ; : ! ? . ' ( ) [ ] { } @ * / & # % ` ^ + < = > | ~ $,
        // then numbers by value, then letters (lower case first on a tie); controls ignored.
        let keys = ["x~y", "x_y", "x$y", "x.y", "x y", "x9y", "x10y", "xay", "xAy", "x-y", "x/y", "x,y", "x\u{1}y"]
        XCTAssertEqual(keys.sorted(by: JSONValue.foundationKeyOrder),
                       ["x y", "x_y", "x-y", "x,y", "x.y", "x/y", "x~y", "x$y", "x9y", "x10y", "xay", "xAy", "x\u{1}y"],
                       "x\u{1}y is xy to the collation: after xay, whose a sorts before y")
        XCTAssertEqual(["a001", "a01", "a1", "aA", "Aa", "aa", "AA", "A", "a"].sorted(by: JSONValue.foundationKeyOrder),
                       ["a", "A", "a1", "a01", "a001", "aa", "aA", "Aa", "AA"])
    }

    func testKeyOrderIsFoundations() {
        // JSONSerialization's .sortedKeys order on Linux for these keys: _ 9 10 a ab aB Z ... (numeric, case-insensitive).
        let keys = ["é", "e", "Z", "a", "ab", "aB", "_", "10", "9"].filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        XCTAssertEqual(keys.sorted(by: JSONValue.foundationKeyOrder), ["_", "9", "10", "a", "ab", "aB", "e", "Z"])
        XCTAssertEqual(["rougeLsum", "rouge2", "words", "rougeL", "rouge1", "method", "from", "kind"].sorted(by: JSONValue.foundationKeyOrder),
                       ["from", "kind", "method", "rouge1", "rouge2", "rougeL", "rougeLsum", "words"])
        XCTAssertEqual(["run", "alpha", "included_outputs", "date", "documents"].sorted(by: JSONValue.foundationKeyOrder),
                       ["alpha", "date", "documents", "included_outputs", "run"])
    }
}
