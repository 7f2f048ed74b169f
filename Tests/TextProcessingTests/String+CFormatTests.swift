import XCTest
import TextProcessing

final class StringCFormatTests: XCTestCase {
    func testNumberConversions() {
        XCTAssertEqual(String(cFormat: "%.4f", 2.0 / 3), "0.6667")
        XCTAssertEqual(String(cFormat: "%.4f", 0.00005), "0.0001", "round half to even of the binary value (5.0000000000000002e-05)")
        XCTAssertEqual(String(cFormat: "%.6g", 1_234_567.0), "1.23457e+06")
        XCTAssertEqual(String(cFormat: "%.6g", 0.1), "0.1")
        XCTAssertEqual(String(cFormat: "%.1f MB", 50.5), "50.5 MB")
        XCTAssertEqual(String(cFormat: "%.5f", 1.0 / 3), "0.33333")
        XCTAssertEqual(String(cFormat: "%d/%d", 3, 42), "3/42")
        XCTAssertEqual(String(cFormat: "%.6g %.6g %.6g", Double.nan, Double.infinity, -0.0), "nan inf -0")
    }

    func testLongResultsAreNotTruncated() {
        // 1e100 with 20 decimals is 101 digits + '.' + 20 = 122 characters, past the first 64-byte buffer.
        let s = String(cFormat: "%.20f", 1e100)
        XCTAssertEqual(s.count, 122)
        XCTAssertTrue(s.hasPrefix("10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"))
    }
}
