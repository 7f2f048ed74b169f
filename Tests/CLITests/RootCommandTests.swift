import XCTest

final class RootCommandTests: XCTestCase {
    func testVersionPrintsTheVersionNumber() throws {
        let r = try runParallax(["--version"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "0.1.0")
    }

    func testHelpListsEverySubcommand() throws {
        let r = try runParallax(["--help"])
        XCTAssertEqual(r.status, 0)
        for verb in ["extract", "sentences", "summarize", "keywords", "compare", "align", "rouge", "evaluate"] {
            XCTAssertTrue(r.stdout.contains(verb), "--help does not mention \(verb)")
        }
    }

    func testUnknownSubcommandFailsWithUsage() throws {
        let r = try runParallax(["frobnicate"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("Usage"), r.stderr)
    }
}
