import Foundation
import Summarization
import XCTest
@testable import EvaluationHarness

/// A fresh temporary folder for one test, removed at the end of the test.
func temporaryDirectory(_ test: XCTestCase) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    return dir
}

/// Writes `lines` (joined by newlines, with a final newline) to `name` in `dir`.
@discardableResult
func writeFile(_ dir: URL, _ name: String, _ lines: [String]) throws -> URL {
    let url = dir.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    return url
}

/// Our own tiny single-document dataset (invented sentences).
let tinyDataset = [
    #"{"id": "a", "article": "The river rose overnight. Farmers moved cattle to higher fields. The mayor opened the school as a shelter. Rain is expected to ease by Friday.", "reference": "The river rose overnight.\nThe school became a shelter."}"#,
    #"{"id": "b", "article": "A new bakery opened on Mill Street. It sells rye bread and plum cake. Queues formed before dawn. The owner trained in Lyon.", "reference": "Queues formed before dawn for rye bread and plum cake."}"#,
    #"{"id": "c", "article": "The council voted to repair the bridge. Work starts in May. Traffic will be diverted for six weeks. Cyclists may still cross.", "reference": "The council will repair the bridge from May."}"#,
]

/// A scorer for tests: unigram F1 over lower-cased whitespace tokens, and the same over the first
/// sentence only as a second key. Bootstrap replaced by the plain mean (low = mid - 0.01,
/// high = mid + 0.01); the test's p-value is 0.01 when the means differ by more than 0.05,
/// else 0.5. Simple enough to compute by hand.
struct UnigramScorer: SummaryScoring {
    var keys: [String] { ["rouge1", "rouge2"] }
    var settings: String { "unigram F1 (test scorer)" }

    static func f1(_ c: String, _ r: String) -> Double {
        let a = c.lowercased().split(separator: " ").map(String.init), b = r.lowercased().split(separator: " ").map(String.init)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for t in b { counts[t, default: 0] += 1 }
        var overlap = 0
        for t in a where (counts[t] ?? 0) > 0 { counts[t]! -= 1; overlap += 1 }
        if overlap == 0 { return 0 }
        let p = Double(overlap) / Double(a.count), rr = Double(overlap) / Double(b.count)
        return 2 * p * rr / (p + rr)
    }

    func score(candidate: [String], references: [[String]]) -> DocumentScores {
        let ref = references[0].joined(separator: " ")
        return DocumentScores(fmeasures: [Self.f1(candidate.joined(separator: " "), ref), Self.f1(candidate.first ?? "", ref)])
    }

    func aggregate(_ documents: [DocumentScores], seed: UInt64) -> [ScoreInterval] {
        keys.indices.map { k in
            let m = documents.map { $0.fmeasures[k] }.reduce(0, +) / Double(documents.count)
            return ScoreInterval(low: m - 0.01, mid: m, high: m + 0.01)
        }
    }

    func pValue(_ a: [Double], _ b: [Double], seed: UInt64) -> Double {
        let d = abs(a.reduce(0, +) - b.reduce(0, +)) / Double(a.count)
        return d > 0.05 ? 0.01 : 0.5
    }
}

/// First k sentences.
struct LeadSystem: EvaluationSystem {
    var name: String { "lead" }
    func summarize(_ record: PreparedRecord, length: SummaryLength, seed: UInt64) throws -> [String] {
        guard case let .sentences(k) = length else { return [] }
        return Array(record.sentences.prefix(k))
    }
}

/// Last k sentences.
struct TailSystem: EvaluationSystem {
    var name: String { "tail" }
    func summarize(_ record: PreparedRecord, length: SummaryLength, seed: UInt64) throws -> [String] {
        guard case let .sentences(k) = length else { return [] }
        return Array(record.sentences.suffix(k))
    }
}

let fixedMetadata = RunMetadata(command: "parallax evaluate --dataset tiny", commit: "abc1234", models: ["idf en-test v1"],
                                scorer: "unigram F1 (test scorer)", length: "1 sentence", seed: 0, date: "2026-01-02")
