import XCTest
@testable import Comparison

final class WireDatelineTests: XCTestCase {
    func testDatelinesAreStripped() {
        // Place in capitals, agency, em dash.
        XCTAssertEqual(_WireDateline.stripped("PORT CALDER (AP) — Crews walked off the docks on Monday."),
                       "Crews walked off the docks on Monday.")
        // Place alone, em dash without a space before it is accepted too.
        XCTAssertEqual(_WireDateline.stripped("NORTHGATE— Crews walked off the docks on Monday."),
                       "Crews walked off the docks on Monday.")
        // Place with a region, agency, en dash.
        XCTAssertEqual(_WireDateline.stripped("CALDER, Westmark (Reuters) – Crews walked off the docks."),
                       "Crews walked off the docks.")
        // Abbreviated place and a region with a period.
        XCTAssertEqual(_WireDateline.stripped("ST. ANNE'S, Wst. — Crews walked off the docks."), "Crews walked off the docks.")
        // Agency alone, and ASCII double and single dashes with spaces on both sides.
        XCTAssertEqual(_WireDateline.stripped("(CNN) — Crews walked off the docks."), "Crews walked off the docks.")
        XCTAssertEqual(_WireDateline.stripped("CALDER -- Crews walked off the docks."), "Crews walked off the docks.")
        XCTAssertEqual(_WireDateline.stripped("CALDER - Crews walked off the docks."), "Crews walked off the docks.")
    }

    func testTextsWithoutADatelineAreUnchanged() {
        for s in [
            "NEW CALDER officials said the docks would reopen.",    // capitals but no dash
            "US COVID-19 cases rose again this week, officials said.", // a hyphen inside a word is no dash
            "Crews walked off the docks — again — on Monday.",        // the dash follows lower case
            "I — and many others — walked off the docks.",             // one capital letter is no place
            "CALDER-based crews walked off the docks.",                // hyphen without spaces
            "CALDER — Crews left.",                                    // fewer than three words would remain
            "(AP)Crews walked off the docks.",                         // no dash after the agency
            "",
        ] {
            XCTAssertEqual(_WireDateline.stripped(s), s)
        }
    }

    func testWhereLineClassifierDiffers() {
        // TextProcessing's LineClassifier.startsWithDateline answers the other way on each of
        // these (see the doc comment); "(CNN) — ", "NORTHGATE— " and "CALDER — Crews left." above too.
        XCTAssertEqual(_WireDateline.stripped("ÉCLUSE (AP) — Crews walked off the docks."), "Crews walked off the docks.")
        let hyphenated = "PORT-CALDER, Wst. (AP) — Crews walked off the docks."
        XCTAssertEqual(_WireDateline.stripped(hyphenated), hyphenated)
    }
}
