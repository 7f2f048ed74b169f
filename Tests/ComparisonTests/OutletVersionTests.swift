import XCTest
@testable import Comparison

final class OutletVersionTests: XCTestCase {
    func testShortFirstLineIsTheHeadline() {
        let v = OutletVersion(name: "L", plainText: "Police detain 14\n\nPolice detained 14 people.\nThey were freed.\n\nTalks resume.")
        XCTAssertEqual(v.article.title, "Police detain 14")
        XCTAssertEqual(v.article.paragraphs, ["Police detained 14 people. They were freed.", "Talks resume."])
    }

    func testFirstLineEndingInAFullStopIsBody() {
        let v = OutletVersion(name: "L", plainText: "Police detained 14 people.\n\nTalks resume.")
        XCTAssertNil(v.article.title)
        XCTAssertEqual(v.article.paragraphs.count, 2)
    }
}
