import XCTest
@testable import HTMLExtraction

final class HTMLExtractionErrorTests: XCTestCase {
    func testMessagesVerbatim() {
        XCTAssertEqual(HTMLExtractionError.emptyInput.description, "the HTML input is empty")
        XCTAssertEqual(HTMLExtractionError.unparseable.description, "the HTML could not be parsed")
        XCTAssertEqual(HTMLExtractionError.noContent.description,
                       "no article text found in the HTML (only markup, scripts or navigation)")
        XCTAssertEqual(HTMLExtractionError.libraryUnavailable("libxml2.so.2").description,
                       "cannot read HTML: libxml2 (libxml2.so.2) could not be loaded; install it (Debian: apt-get install libxml2)")
    }

    func testLibXML2IsBoundByItsSonameOnFirstUse() throws {
        // The functions come from dlopen, not from the link: parsing works only if they bound.
        XCTAssertNoThrow(try _LibXML2.functions.get())
        let article = try ArticleExtractor().extract(html: "<html><body><p>Rain fell in <b>Brask</b> on Monday, and the river rose by two metres overnight.</p></body></html>")
        XCTAssertEqual(article.paragraphs, ["Rain fell in Brask on Monday, and the river rose by two metres overnight."])
    }
}
