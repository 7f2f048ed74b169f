import XCTest
@testable import HTMLExtraction

/// Behaviour of `ArticleExtractor` on small pages written for these tests. Every sentence is
/// invented; real pages are measured by scripts/checks/html-extraction, not here.
final class ArticleExtractorTests: XCTestCase {
    let extractor = ArticleExtractor()

    // Three paragraphs of story, each over 70 characters so that each is a "good" block.
    static let story = [
        "The town council of Elmsworth voted on Tuesday to rebuild the old stone bridge over the river, ending a debate that had lasted for six years.",
        "Engineers told the council that the bridge, built in 1871, could carry only light traffic, and that the repairs would take about eighteen months.",
        "Residents who spoke at the meeting said they were relieved, although several asked how the ferry service would cope while the work goes on.",
    ]

    static func page(head: String = "<title>Bridge vote | Elmsworth Courier</title>", body: String) -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
    }

    static var storyParagraphs: String { story.map { "<p>\($0)</p>" }.joined() }

    func testFurnitureIsDroppedAndTheStoryKeptInOrder() throws {
        let html = Self.page(body: """
            <header><a href="/">Elmsworth Courier</a> <a href="/news">News</a></header>
            <nav><ul><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
            <main><article><h1>Council backs new bridge</h1>\(Self.storyParagraphs)</article></main>
            <aside><h3>Most read</h3><p>A completely different story about a lost dog that was found in a bakery after three days of searching.</p></aside>
            <footer><p>Copyright Elmsworth Courier. All rights reserved. Contact us for syndication and reprint requests.</p></footer>
            <script>var tracker = "The council voted on the bridge";</script>
            """)
        let article = try extractor.extract(html: html)
        XCTAssertEqual(article.paragraphs, Self.story)
        XCTAssertEqual(article.title, "Council backs new bridge")
    }

    func testCommentsShareBarsAndRelatedLinksAreDropped() throws {
        let html = Self.page(body: """
            <div class="article-body">\(Self.storyParagraphs)
              <div class="share-tools"><a href="#">Share on social media with your friends and family today</a></div>
            </div>
            <section id="comments"><p>I have crossed that bridge every morning for forty years and I never once thought it was unsafe.</p></section>
            <div class="related-stories"><p>Another unrelated story about the summer fair, which raised more money than ever before this year.</p></div>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, Self.story)
    }

    func testEntitiesAreDecodedAndWhiteSpaceCollapsed() throws {
        // &amp; → &, &eacute; → é, &#8217; → ’, &nbsp; → a space (then collapsed), &lt;b&gt; → <b>.
        let html = Self.page(body: """
            <article><p>The caf&eacute; owner&#8217;s plan for the bridge&nbsp;&nbsp; fund was   simple:
            sell tea &amp; cake, and write &lt;b&gt;thank you&lt;/b&gt; on every single receipt.</p></article>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, [
            "The café owner’s plan for the bridge fund was simple: sell tea & cake, and write <b>thank you</b> on every single receipt.",
        ])
    }

    func testParagraphStructureFromHeadingsListsQuotesAndLineBreaks() throws {
        let html = Self.page(body: """
            <article>
            <p>\(Self.story[0])</p>
            <h2>What happens next</h2>
            <ul><li>Surveyors arrive in March.</li><li>Work starts in May.</li></ul>
            <blockquote>We have waited long enough for this decision, said the oldest member of the council.</blockquote>
            <div>The ferry will run every twenty minutes.<br>Tickets will cost one pound.<br><br>Cyclists ride free.</div>
            <p>\(Self.story[1])</p>
            </article>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, [
            Self.story[0],
            "What happens next",
            "Surveyors arrive in March.",
            "Work starts in May.",
            "We have waited long enough for this decision, said the oldest member of the council.",
            "The ferry will run every twenty minutes.",
            "Tickets will cost one pound.",
            "Cyclists ride free.",
            Self.story[1],
        ])
    }

    func testCaptionsAndHiddenTextAreDropped() throws {
        let html = Self.page(body: """
            <article>\(Self.storyParagraphs)
            <figure><img src="bridge.jpg"><figcaption>The bridge at dawn. (Photo: A. Reader)</figcaption></figure>
            <p style="display: none">This paragraph is hidden from readers and must not appear in the article text.</p>
            <div class="photo-credit">Photo by the Elmsworth Courier picture desk</div>
            </article>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, Self.story)
    }

    func testAWrapperNamedLikeASidebarIsKeptWhenItHoldsTheStory() throws {
        // `layout-with-sidebar` contains the word "sidebar", but it holds all of the page's
        // good text (100 % ≥ 40 %), so it is a wrapper, not furniture. The story has no <p>:
        // its paragraphs are <br>-separated text, and count as good text all the same.
        let html = Self.page(body: """
            <div class="layout-with-sidebar"><div class="text">\(Self.story.joined(separator: "<br><br>"))</div>
            <div class="sidebar"><a href="/a">Weather</a> <a href="/b">Sport</a></div></div>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, Self.story)
    }

    func testTitleComesFromTheHeadingWhenOpenGraphRepeatsItWithASuffix() throws {
        let head = "<meta property=\"og:title\" content=\"Council backs new bridge - Elmsworth Courier\"><title>Courier</title>"
        let html = Self.page(head: head, body: "<h1>Council backs new bridge</h1><article>\(Self.storyParagraphs)</article>")
        XCTAssertEqual(try extractor.extract(html: html).title, "Council backs new bridge")
    }

    func testTitleFallsBackToOpenGraphThenToTheTitleElement() throws {
        let og = Self.page(head: "<meta property=\"og:title\" content=\"Bridge approved\">",
                           body: "<article>\(Self.storyParagraphs)</article>")
        XCTAssertEqual(try extractor.extract(html: og).title, "Bridge approved")
        let plain = Self.page(head: "<title>Bridge vote</title>", body: "<article>\(Self.storyParagraphs)</article>")
        XCTAssertEqual(try extractor.extract(html: plain).title, "Bridge vote")
        let none = "<p>\(Self.story[0])</p>"
        XCTAssertNil(try extractor.extract(html: none).title)
    }

    func testTitleDropsTheSiteNameAndSkipsALogoHeading() throws {
        // The only <h1> is the logo (class "site-logo"), so it is not the headline; og:title
        // ends with " | " + og:site_name, which is removed.
        let head = "<meta property=\"og:title\" content=\"Bridge approved | Elmsworth Courier\">"
            + "<meta property=\"og:site_name\" content=\"Elmsworth Courier\">"
        let html = Self.page(head: head, body: "<h1 class=\"site-logo\">Courier</h1><article>\(Self.storyParagraphs)</article>")
        XCTAssertEqual(try extractor.extract(html: html).title, "Bridge approved")
        // Without og:site_name nothing is removed: "Elmsworth Courier" could be part of a headline.
        let bare = Self.page(head: "<meta property=\"og:title\" content=\"Bridge approved | Elmsworth Courier\">",
                             body: "<article>\(Self.storyParagraphs)</article>")
        XCTAssertEqual(try extractor.extract(html: bare).title, "Bridge approved | Elmsworth Courier")
    }

    func testTheContainerWithTheStoryWinsOverLinkLists() throws {
        // The left column is six long links (link density 1, "bad"); the story's column holds
        // the only good text, so it is the container and the links are not read.
        let links = (1...6).map { "<li><a href=\"/s/\($0)\">Headline number \($0) from another section of the newspaper</a></li>" }.joined()
        let html = Self.page(body: """
            <div class="layout"><div class="col"><ul>\(links)</ul></div>
            <div class="col"><div>\(Self.storyParagraphs)</div></div></div>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, Self.story)
    }

    func testStructuredArticleBodyPicksTheBlocksItContains() throws {
        // The JSON-LD body is the first two paragraphs; the page wraps the story and a
        // promotional paragraph in one unmarked div. The blocks that agree with the body
        // locate the story's container, whose good blocks are all kept; the promotion,
        // outside it, is not.
        let jsonLD = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "articleBody":"\(Self.story[0]) \(Self.story[1])"}</script>
            """
        let html = Self.page(head: jsonLD, body: """
            <div><div class="text"><p>\(Self.story[0])</p><p>\(Self.story[1])</p><p>\(Self.story[2])</p></div>
            <div class="box"><p>Subscribe to the Courier for only one pound a week and never miss a council meeting again.</p></div></div>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, Self.story)
    }

    func testStructuredBodyRepeatedLeadDoesNotWidenTheStory() throws {
        // The lead is repeated in a summary box far above the story, with a teaser between.
        // The structured body's blocks then span the whole page (their common ancestor is
        // <body>), but the density container, the <article> (3 of 5 good blocks = 60 % ≥ 50 %),
        // also holds the whole structured body, so the narrower one is read.
        let jsonLD = "<script type=\"application/ld+json\">{\"articleBody\":\"\(Self.story.joined(separator: " "))\"}</script>"
        let html = Self.page(head: jsonLD, body: """
            <div class="top"><p>\(Self.story[0])</p></div>
            <div class="rail"><p>A teaser for an unrelated story about the library's new opening hours in the winter months.</p></div>
            <article>\(Self.storyParagraphs)</article>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, Self.story)
    }

    func testStructuredBodyIsPrintedWhenTheDOMOnlyHasItsFirstParagraph() throws {
        // The page renders the story with a script; the DOM has one paragraph of it, which
        // agrees with the JSON-LD body, and the body says more than twice as much.
        let body = Self.story.joined(separator: "\\n")
        let html = Self.page(head: "<script type=\"application/ld+json\">{\"articleBody\":\"\(body) &amp; more\"}</script>",
                             body: "<article><p>\(Self.story[0])</p></article>")
        XCTAssertEqual(try extractor.extract(html: html).paragraphs,
                       [Self.story[0], Self.story[1], Self.story[2] + " & more"])
    }

    func testStructuredBodyThatTheDOMContradictsIsIgnored() throws {
        let jsonLD = """
            <script type="application/ld+json">{"articleBody":"A body about something else entirely, which the page never shows to its readers at all, in any paragraph or list."}</script>
            """
        let html = Self.page(head: jsonLD, body: "<article>\(Self.storyParagraphs)</article>")
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, Self.story)
    }

    func testShortPageWithoutGoodBlocksKeepsItsText() throws {
        // No block reaches 70 characters, so every non-link block is kept.
        let html = Self.page(body: "<p>Bridge vote today.</p><p>Result at six.</p><p><a href=\"/\">Home</a></p>")
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, ["Bridge vote today.", "Result at six."])
    }

    func testDataTablesReadOneRowALine() throws {
        let html = Self.page(body: """
            <article><p>\(Self.story[0])</p>
            <table><tr><th>Year</th><th>Cost</th></tr><tr><td>1871</td><td>£4,000</td></tr></table>
            <p>\(Self.story[1])</p></article>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, [Self.story[0], "Year Cost", "1871 £4,000", Self.story[1]])
    }

    func testRelatedPostCardsAfterTheStoryDoNotOutweighIt() throws {
        // Four related-post <article> cards with long excerpts hold more good text than the
        // story's one paragraph, so the column is the best container; the story's <article>
        // carries the <h1> and holds 141 / (141 + 4 · 108) ≈ 25 % ≥ 20 % of the good text,
        // so it is the one read.
        let excerpt = "An older post about the weather in the valley, with a long excerpt that looks like a story."
        let cards = (1...4).map { "<article class=\"card\"><h3><a href=\"/p/\($0)\">Post \($0)</a></h3><p>\(excerpt)</p></article>" }.joined()
        let html = Self.page(body: """
            <div id="primary"><article class="post"><h1>Council backs new bridge</h1><p>\(Self.story[0])</p></article>
            <article class="more"><h3>You may also like</h3>\(cards)</article></div>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, [Self.story[0]])
    }

    func testBodySplitIntoMarkedChunksIsReadWhole() throws {
        // Two `article-body` chunks around an advertisement: the second alone holds 2/3 of
        // the good text, but its twin marks the first as the same body, so both are read.
        let html = Self.page(body: """
            <main><div class="article-body"><p>\(Self.story[0])</p></div>
            <div class="ad-slot"><a href="/ad">Buy a boat today at the marina on the river bank, special prices all week</a></div>
            <div class="article-body"><p>\(Self.story[1])</p><p>\(Self.story[2])</p></div></main>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, Self.story)
    }

    func testTableRowsSurviveClassWordsThatMarkFurnitureElsewhere() throws {
        // `player-7` would mark a video player on a <div>; on a <tr> it names the data.
        let html = Self.page(body: """
            <article><p>\(Self.story[0])</p>
            <table><tr class="player-7"><td>1</td><td>Ada Brook</td><td>42 points</td></tr></table>
            <p>\(Self.story[1])</p></article>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, [Self.story[0], "1 Ada Brook 42 points", Self.story[1]])
    }

    func testLinkHeavyParagraphsInsideTheStoryAreKeptButLinkOnlyTeasersAreNot() throws {
        // "Read more" is all link (density 1 > 0.8): dropped. The sentence with a linked
        // phrase (density about 0.4) is the story's: kept. A bare address is kept too.
        let html = Self.page(body: """
            <article><p>\(Self.story[0])</p>
            <p>The <a href="/plan">full engineering plan</a> is published on the council website.</p>
            <p><a href="/other">Read more: an older story about another bridge in the county</a></p>
            <p><a href="https://example.org/plan">https://example.org/plan</a></p>
            <p>\(Self.story[1])</p></article>
            """)
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, [
            Self.story[0], "The full engineering plan is published on the council website.",
            "https://example.org/plan", Self.story[1],
        ])
    }

    // MARK: - Bytes and declared encodings

    /// A page whose story paragraph says "café" and "Straße" in the given encoding's bytes.
    static func encodedPage(charset: String?, cafe: [UInt8], strasse: [UInt8]) -> [UInt8] {
        let meta = charset.map { "<meta charset=\"\($0)\">" } ?? ""
        return Array("<html><head>\(meta)</head><body><article><p>The ".utf8) + cafe
            + Array(" on the corner of the old ".utf8) + strasse
            + Array(" served tea to the bridge engineers every single morning of the week.</p></article></body></html>".utf8)
    }

    static let expectedSentence = "The café on the corner of the old Straße served tea to the bridge engineers every single morning of the week."

    func testLatin1BytesFollowTheirMetaCharset() throws {
        // é = 0xE9, ß = 0xDF in ISO-8859-1; invalid as UTF-8, so libxml2 decodes by the meta.
        let bytes = Self.encodedPage(charset: "iso-8859-1", cafe: [0x63, 0x61, 0x66, 0xE9],
                                     strasse: [0x53, 0x74, 0x72, 0x61, 0xDF, 0x65])
        XCTAssertEqual(try extractor.extract(htmlData: bytes).paragraphs, [Self.expectedSentence])
    }

    func testUndeclaredNonUTF8BytesAreReadAsLatin1() throws {
        let bytes = Self.encodedPage(charset: nil, cafe: [0x63, 0x61, 0x66, 0xE9],
                                     strasse: [0x53, 0x74, 0x72, 0x61, 0xDF, 0x65])
        XCTAssertEqual(try extractor.extract(htmlData: bytes).paragraphs, [Self.expectedSentence])
    }

    func testWindows1251BytesFollowTheirMetaCharset() throws {
        // "мост" (bridge) in Windows-1251: м = 0xEC, о = 0xEE, с = 0xF1, т = 0xF2.
        let bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>".utf8)
            + [0xEC, 0xEE, 0xF1, 0xF2] + Array("</p></body></html>".utf8)
        XCTAssertEqual(try extractor.extract(htmlData: bytes).paragraphs, ["мост"])
    }

    func testValidUTF8WinsOverAStaleMetaCharset() throws {
        let bytes = Self.encodedPage(charset: "iso-8859-1", cafe: Array("café".utf8), strasse: Array("Straße".utf8))
        XCTAssertEqual(try extractor.extract(htmlData: bytes).paragraphs, [Self.expectedSentence])
        let withBOM: [UInt8] = [0xEF, 0xBB, 0xBF] + bytes
        XCTAssertEqual(try extractor.extract(htmlData: withBOM).paragraphs, [Self.expectedSentence])
    }

    func testEmptyAndBlankBytes() {
        XCTAssertThrowsError(try extractor.extract(htmlData: [])) { XCTAssertEqual($0 as? HTMLExtractionError, .emptyInput) }
        XCTAssertThrowsError(try extractor.extract(htmlData: [0x20, 0x0A, 0x0D])) { XCTAssertEqual($0 as? HTMLExtractionError, .emptyInput) }
        // 0xA0 is not UTF-8; read as Latin-1 it is a no-break space: a page, but no text.
        XCTAssertThrowsError(try extractor.extract(htmlData: [0x20, 0xA0])) { XCTAssertEqual($0 as? HTMLExtractionError, .noContent) }
    }

    func testTheDocumentationExample() throws {
        let html = "<html><body><nav><a href='/'>Home</a></nav><h1>Rain</h1>"
            + "<p>It rained all day in the valley, and the river rose by a full metre before dusk.</p></body></html>"
        let article = try ArticleExtractor().extract(html: html)
        XCTAssertEqual(article.title, "Rain")
        XCTAssertEqual(article.paragraphs, ["It rained all day in the valley, and the river rose by a full metre before dusk."])
    }

    // MARK: - Malformed input

    func testUnclosedTagsAreRecovered() throws {
        let html = "<html><body><div><p>\(Self.story[0])<p>\(Self.story[1])<div><b>\(Self.story[2])"
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, Self.story)
    }

    func testGarbageBytesAndStrayMarkupDoNotCrash() throws {
        let garbage = String(decoding: [0xFF, 0xFE, 0x00, 0x3C, 0x3C, 0x2F, 0x3E, 0x80, 0x26, 0x23, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x3B], as: UTF8.self)
        let html = garbage + "<p>\(Self.story[0])</p></div></span></html>" + garbage
        // The garbage decodes to replacement characters and symbols, with no letter or digit,
        // so it forms no paragraph.
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, [Self.story[0]])
    }

    func testDeepNestingWithinLibxml2sLimitIsRead() throws {
        let html = String(repeating: "<div>", count: 200) + "<p>\(Self.story[0])</p>"
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, [Self.story[0]])
    }

    func testDeepNestingBeyondLibxml2sLimitIsAnErrorNotACrash() {
        // libxml2 2.9 drops content nested deeper than 255 elements; what is left is only markup.
        let html = String(repeating: "<div>", count: 5_000) + "<p>\(Self.story[0])</p>"
        XCTAssertThrowsError(try extractor.extract(html: html)) { XCTAssertEqual($0 as? HTMLExtractionError, .noContent) }
    }

    func testEmptyAndBlankInputsThrowEmptyInput() {
        XCTAssertThrowsError(try extractor.extract(html: "")) { XCTAssertEqual($0 as? HTMLExtractionError, .emptyInput) }
        XCTAssertThrowsError(try extractor.extract(html: " \n\t ")) { XCTAssertEqual($0 as? HTMLExtractionError, .emptyInput) }
    }

    func testPagesWithoutReadableTextThrowNoContent() {
        for html in [
            "<html><head><script>var a = 'the council voted';</script><style>p { color: red }</style></head><body></body></html>",
            "<nav><a href=\"/\">Home</a></nav><footer>© Courier</footer>",
            "<!-- only a comment -->",
        ] {
            XCTAssertThrowsError(try extractor.extract(html: html), html) {
                XCTAssertEqual($0 as? HTMLExtractionError, .noContent, html)
            }
        }
    }

    func testNULBytesAreIgnored() throws {
        let html = "\u{0}\u{0}<p>\(Self.story[0])</p>\u{0}"
        XCTAssertEqual(try extractor.extract(html: html).paragraphs, [Self.story[0]])
    }
}
