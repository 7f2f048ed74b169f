import XCTest
import HTMLExtraction

final class HTMLExtractionErrorTests: XCTestCase {
    func testMessagesVerbatim() {
        XCTAssertEqual(HTMLExtractionError.emptyInput.description, "the HTML input is empty")
        XCTAssertEqual(HTMLExtractionError.unparseable.description, "the HTML could not be parsed")
        XCTAssertEqual(HTMLExtractionError.noContent.description,
                       "no article text found in the HTML (only markup, scripts or navigation)")
    }
}
