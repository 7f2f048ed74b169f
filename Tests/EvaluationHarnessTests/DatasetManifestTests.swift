import XCTest
@testable import EvaluationHarness

final class DatasetManifestTests: XCTestCase {
    func testDecodesAManifestWithFieldMappings() throws {
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "m.json", [#"{"name": "t", "kind": "multi-document", "path": "t/t.jsonl", "fields": {"reference": {"sentences": ["a", "b"]}, "sources": {"each": "items", "text": "body"}}}"#])
        let m = try DatasetManifest.load(url)
        XCTAssertEqual(m.name, "t")
        XCTAssertEqual(m.kind, .multiDocument)
        XCTAssertEqual(m.fields?.reference, .sentences(["a", "b"]))
        XCTAssertEqual(m.fields?.sources, SourcesMap(each: "items", text: .path("body")))
    }

    func testMissingKeyIsNamed() throws {
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "m.json", [#"{"name": "t", "kind": "single-document"}"#])
        XCTAssertThrowsError(try DatasetManifest.load(url)) { error in
            XCTAssertEqual("\(error)", "\(url.path): invalid dataset manifest: missing 'path'")
        }
    }

    func testUnknownKindIsNamed() throws {
        let dir = try temporaryDirectory(self)
        let url = try writeFile(dir, "m.json", [#"{"name": "t", "kind": "triple", "path": "x"}"#])
        XCTAssertThrowsError(try DatasetManifest.load(url)) { error in
            XCTAssertEqual("\(error)", "\(url.path): invalid dataset manifest: bad value at 'kind'")
        }
    }

    /// The committed manifests decode and point at the files the shared data README names.
    func testCommittedManifestsDecode() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let expected = ["allsides-dev": "allsides/allsides-dev.jsonl", "bbc-dev": "bbc/bbc-dev.jsonl", "neus-val": "neus/neus-val.jsonl"]
        for (name, path) in expected {
            let m = try DatasetManifest.load(root.appendingPathComponent("Evaluation/datasets/\(name).json"))
            XCTAssertEqual(m.name, name)
            XCTAssertEqual(m.path, path)
        }
    }
}
