import Foundation
import XCTest
@testable import Comparison
import TextProcessing

/// Shared test helpers: the bundled comparer and small versions written for these tests.
enum Fixtures {
    static let comparer: StoryComparer = try! StoryComparer.bundled()
    static var lexicons: FramingLexicons { comparer.lexicons }

    static func version(_ name: String, _ paragraphs: [String], title: String? = nil) -> OutletVersion {
        OutletVersion(name: name, article: Article(title: title, paragraphs: paragraphs))
    }

    /// The demo story of Examples/story, read from the repository (our own text).
    static func demo() throws -> [OutletVersion] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try ["harbour-ledger", "calder-star", "northgate-courier"].map { name in
            let text = try String(contentsOf: root.appendingPathComponent("Examples/story/\(name).txt"), encoding: .utf8)
            return OutletVersion(name: name, plainText: text)
        }
    }
}
