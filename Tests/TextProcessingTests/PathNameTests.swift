import XCTest
import TextProcessing

final class PathNameTests: XCTestCase {
    // Expected values are what NSString returned on Linux for the same paths.
    func testPathExtension() {
        XCTAssertEqual(PathName.pathExtension("a/b.txt"), "txt")
        XCTAssertEqual(PathName.pathExtension("a.txt/"), "txt", "trailing slashes are ignored")
        XCTAssertEqual(PathName.pathExtension(".bashrc"), "", "a leading dot starts a hidden name")
        XCTAssertEqual(PathName.pathExtension("a.b/c"), "")
        XCTAssertEqual(PathName.pathExtension("a."), "")
        XCTAssertEqual(PathName.pathExtension("x.tar.gz"), "gz")
        XCTAssertEqual(PathName.pathExtension("a/b.TXT"), "TXT")
        XCTAssertEqual(PathName.pathExtension("a.b c"), "b c")
        XCTAssertEqual(PathName.pathExtension("/"), "")
    }

    func testLastAndDeletingComponents() {
        XCTAssertEqual(PathName.lastPathComponent("a/b/"), "b")
        XCTAssertEqual(PathName.lastPathComponent("/"), "/")
        XCTAssertEqual(PathName.lastPathComponent(""), "")
        XCTAssertEqual(PathName.deletingPathExtension("a.."), "a.")
        XCTAssertEqual(PathName.deletingPathExtension("a.txt/"), "a")
        XCTAssertEqual(PathName.deletingPathExtension("//a//b"), "/a/b", "repeated slashes count as one")
        XCTAssertEqual(PathName.deletingPathExtension(".bashrc"), ".bashrc")
        XCTAssertEqual(PathName.deletingLastPathComponent("a.txt/"), "")
        XCTAssertEqual(PathName.deletingLastPathComponent("//a//b"), "/a")
        XCTAssertEqual(PathName.deletingLastPathComponent("/"), "/")
        XCTAssertEqual(PathName.deletingLastPathComponent("idf/en-news-v1/MANIFEST.json"), "idf/en-news-v1")
    }

    func testAppending() {
        XCTAssertEqual(PathName.appendingPathComponent("refs", "1.txt"), "refs/1.txt")
        XCTAssertEqual(PathName.appendingPathComponent("refs/", "1.txt"), "refs/1.txt")
        XCTAssertEqual(PathName.appendingPathComponent("", "f.txt"), "f.txt")
        XCTAssertEqual(PathName.appendingPathComponent("/", "f.txt"), "/f.txt")
    }
}
