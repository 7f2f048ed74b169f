import XCTest
@testable import EvaluationHarness

final class DatasetLocatorTests: XCTestCase {
    func testNameResolvesThroughTheManifestAndTheDataDirectory() throws {
        let dir = try temporaryDirectory(self)
        try writeFile(dir, "project/Evaluation/datasets/tiny.json", [#"{"name": "tiny", "kind": "single-document", "path": "sets/tiny.jsonl"}"#])
        try writeFile(dir, "data/sets/tiny.jsonl", tinyDataset)
        let locator = DatasetLocator(dataDirectory: dir.appendingPathComponent("data"),
                                     searchRoots: [dir.appendingPathComponent("project/Evaluation")])
        let r = try locator.resolve("tiny")
        XCTAssertEqual(r.name, "tiny")
        XCTAssertEqual(r.dataURL.path, dir.appendingPathComponent("data/sets/tiny.jsonl").standardizedFileURL.path)
    }

    func testDefaultDataDirectoryIsSharedDataBesideTheProject() throws {
        let dir = try temporaryDirectory(self)
        let manifest = try writeFile(dir, "project/Evaluation/datasets/tiny.json", [#"{"name": "tiny", "kind": "single-document", "path": "x.jsonl"}"#])
        // <dir>/project/Evaluation/datasets/tiny.json → <dir>/shared/data
        XCTAssertEqual(DatasetLocator(searchRoots: []).dataRoot(forManifestAt: manifest).standardizedFileURL.path,
                       dir.appendingPathComponent("shared/data").standardizedFileURL.path)
    }

    func testMissingDataFileSaysWhereItLooked() throws {
        let dir = try temporaryDirectory(self)
        let manifest = try writeFile(dir, "p/Evaluation/datasets/gone.json", [#"{"name": "gone", "kind": "single-document", "path": "nowhere/gone.jsonl"}"#])
        let locator = DatasetLocator(dataDirectory: dir.appendingPathComponent("d"), searchRoots: [dir.appendingPathComponent("p")])
        XCTAssertThrowsError(try locator.resolve("gone")) { error in
            XCTAssertEqual("\(error)", "dataset 'gone' not found (looked for: \(dir.appendingPathComponent("d/nowhere/gone.jsonl").standardizedFileURL.path) (from \(manifest.path); set --data-dir))")
        }
    }

    func testUnknownNameListsTheManifestPathsTried() throws {
        let dir = try temporaryDirectory(self)
        let locator = DatasetLocator(searchRoots: [dir])
        XCTAssertThrowsError(try locator.resolve("nope")) { error in
            XCTAssertTrue("\(error)".hasPrefix("dataset 'nope' not found (looked for: \(dir.standardizedFileURL.path)/Evaluation/datasets/nope.json, "), "\(error)")
        }
    }

    func testAJSONLPathIsReadDirectly() throws {
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "mine.jsonl", tinyDataset)
        let r = try DatasetLocator(searchRoots: []).resolve(url.path)
        XCTAssertEqual(r.name, "mine")
        XCTAssertNil(r.manifest)
        XCTAssertThrowsError(try DatasetLocator(searchRoots: []).resolve(dir.appendingPathComponent("other.jsonl").path)) { error in
            XCTAssertEqual("\(error)", "dataset '\(dir.path)/other.jsonl' not found (looked for: \(dir.path)/other.jsonl)")
        }
    }
}
