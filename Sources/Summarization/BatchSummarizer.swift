import Dispatch
import FoundationEssentials
import Synchronization
import TextProcessing

/// Summarizes a stream of JSON Lines records, in parallel, with constant memory and the output
/// in input order — the engine of `parallax summarize --jsonl`.
///
/// Input records: `{"id": …, "text": "…"}`, `{"id": …, "html": "…"}`, or
/// `{"id": …, "sources": [s, …]}` where each source is a string (plain text) or an object with
/// `"text"` or `"html"` (and an optional `"title"`, which becomes the source's first paragraph,
/// so a headline can be chosen like any sentence). Output records:
/// `{"id": …, "summary": ["sentence", …]}` with the sentences exactly as in the input, in reading
/// order. A line that cannot be used gives `{"id": … or null, "line": N, "error": "…"}` and the
/// run goes on. Blank lines are skipped (no output).
///
/// With one job, lines are read and summarized 64 at a time on the calling thread. With several,
/// lines are read in blocks of 4,096; `jobs` threads (each with its own `TFIDFVectorizer`) claim
/// four lines at a time from a shared atomic counter, and the block is written in input order
/// before the next is read, so memory does not grow with the input.
///
/// ```swift
/// let batch = try BatchSummarizer(method: .centrality, length: .sentences(3), jobs: 2)
/// let stats = batch.run(nextLine: { readLine() }, emit: { print($0) })
/// ```
public struct BatchSummarizer: @unchecked Sendable {
    public var method: SummarizationMethod
    public var length: SummaryLength
    public var redundancy: RedundancyControl?
    public var seed: UInt64
    public var jobs: Int
    /// Turns a record's `"text"` into an article (e.g. boilerplate removal); paragraphs only by default.
    public var textReader: @Sendable (String) -> Article
    /// Turns a record's `"html"` into an article; nil makes such records errors.
    public var htmlReader: (@Sendable (String) throws -> Article)?

    /// What a run did.
    public struct Statistics: Sendable, Equatable {
        public var records = 0
        public var errors = 0
    }

    /// - Throws: `ModelError` when the IDF table's file is missing. The table itself is read
    ///   when the first record that needs TF-IDF weights arrives (a malformed file then fails
    ///   that record and every later one that needs it, each with an error line).
    public init(method: SummarizationMethod = .default, length: SummaryLength = .default,
                redundancy: RedundancyControl? = nil, seed: UInt64 = 0, jobs: Int = 1,
                textReader: @escaping @Sendable (String) -> Article = { Article(text: $0) },
                htmlReader: (@Sendable (String) throws -> Article)? = nil) throws {
        self.method = method
        self.length = length
        self.redundancy = redundancy
        self.seed = seed
        self.jobs = max(1, jobs)
        self.textReader = textReader
        self.htmlReader = htmlReader
        _ = try ModelStore.url(IDFTable.defaultPath)
    }

    /// Reads lines with `nextLine` until it returns nil and passes each output line (without
    /// newline) to `emit`, in input order.
    public func run(nextLine: () -> String?, emit: (String) -> Void) -> Statistics {
        var stats = Statistics()
        let workers = (0..<jobs).map { _ in
            _Worker(vectorizer: TFIDFVectorizer(deferredIDF: { try IDFTable.newsDefault() }), summarizer: method.summarizer(seed: seed))
        }
        // One job: small chunks, summarized on this thread as they are read. Several jobs: large
        // blocks, so the threads meet once per block rather than once per 64 lines; inside a block
        // each thread claims the next few lines from a shared counter (no per-record lock, and a
        // thread slowed by other work on its core just takes fewer lines).
        let chunk = jobs == 1 ? 64 : 4096
        let claim = 4
        var lineNumber = 0
        var done = false
        while !done {
            var lines: [(Int, String)] = []
            lines.reserveCapacity(min(chunk, 256))
            while lines.count < chunk {
                guard let l = nextLine() else { done = true; break }
                lineNumber += 1
                if l.contains(where: { !$0.isWhitespace }) { lines.append((lineNumber, l)) }
            }
            if lines.isEmpty { break }
            let results = _Results(count: lines.count)
            let n = lines.count, j = min(jobs, (n + claim - 1) / claim)
            let input = lines
            let next = _Counter()
            let work: (Int) -> Void = { w in
                let worker = workers[w]
                while true {
                    let start = next.take(claim)
                    if start >= n { break }
                    for k in start..<min(start + claim, n) {
                        results.set(k, process(line: input[k].1, number: input[k].0, worker: worker))
                    }
                }
            }
            // One job runs on this thread: no dispatch pool, no idle workers spinning.
            if j == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: j, execute: work) }
            for k in 0..<n {
                let (text, failed) = results.get(k)
                stats.records += 1
                if failed { stats.errors += 1 }
                emit(text)
            }
        }
        return stats
    }

    /// The output line for one input line, and whether it is an error record.
    func process(line: String, number: Int, worker: _Worker) -> (String, Bool) {
        var id: JSONValue = .null
        func error(_ message: String) -> (String, Bool) { (errorLine(id: id, number: number, message: message), true) }
        let record: JSONValue
        do { record = try JSONValue.parse(line) } catch let e { return error("invalid JSON: \(e)") }
        guard case .object = record else { return error("expected a JSON object") }
        guard let recordID = record["id"] else { return error("missing \"id\"") }
        id = recordID
        var articles: [Article] = []
        do {
            if let t = record["text"] {
                guard let s = t.stringValue else { return error("\"text\" must be a string") }
                articles = [textReader(s)]
            } else if let h = record["html"] {
                guard let s = h.stringValue else { return error("\"html\" must be a string") }
                guard let htmlReader else { return error("HTML input is not available in this build") }
                articles = [try htmlReader(s)]
            } else if case let .array(items)? = record["sources"] {
                for (k, item) in items.enumerated() {
                    if let s = item.stringValue { articles.append(textReader(s)); continue }
                    if let s = item["text"]?.stringValue {
                        var a = textReader(s)
                        if let title = item["title"]?.stringValue, title.contains(where: { !$0.isWhitespace }) {
                            // The headline is the story's first sentence for ranking (its own
                            // paragraph, so it never merges with the opening sentence).
                            a.title = title
                            a.paragraphs.insert(title.trimmingWhitespaceAndNewlines(), at: 0)
                        }
                        articles.append(a); continue
                    }
                    if let s = item["html"]?.stringValue, let htmlReader { articles.append(try htmlReader(s)); continue }
                    return error("source \(k + 1) has no \"text\" or \"html\" string")
                }
            } else {
                return error("expected \"text\", \"html\" or \"sources\"")
            }
            // A single article skips the TF-IDF weights when neither the ranker nor the
            // redundancy control reads them (overlap-based centrality, the default, does not).
            let weighted = worker.summarizer.needsWeights(sources: articles.count, redundancy: redundancy)
            if weighted { try worker.vectorizer.prepareWeights() }
            let document = worker.vectorizer.analyze(articles, weighted: weighted).mergingNearDuplicates()
            // What `summarize` would select, in document order (the full `Summary`, with every
            // candidate ranked, is not needed for a line of output).
            let chosen = try worker.summarizer.scoredSelection(document, length: length, redundancy: redundancy).chosen
            let summary = chosen.sorted().map { JSONValue.string(document.sentences[$0].text) }
            return (JSONValue.object([("id", id), ("summary", .array(summary))]).serialized(), false)
        } catch {
            return (errorLine(id: id, number: number, message: "\(error)"), true)
        }
    }

    private func errorLine(id: JSONValue, number: Int, message: String) -> String {
        JSONValue.object([("id", id), ("line", .number(String(number))), ("error", .string(message))]).serialized()
    }
}

/// One thread's private analysis state.
final class _Worker: @unchecked Sendable {
    let vectorizer: TFIDFVectorizer
    let summarizer: any Summarizer
    init(vectorizer: TFIDFVectorizer, summarizer: any Summarizer) {
        self.vectorizer = vectorizer
        self.summarizer = summarizer
    }
}

/// The next unclaimed line of a block, shared by the worker threads.
private final class _Counter: @unchecked Sendable {
    private let value = Atomic<Int>(0)
    /// Claims `count` lines; returns the first.
    func take(_ count: Int) -> Int { value.wrappingAdd(count, ordering: .relaxed).oldValue }
}

/// Output slots written by worker threads at distinct indices.
private final class _Results: @unchecked Sendable {
    private var slots: UnsafeMutableBufferPointer<(String, Bool)>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: ("", false))
    }
    deinit { slots.deinitialize(); slots.deallocate() }
    func set(_ i: Int, _ v: (String, Bool)) { slots[i] = v }
    func get(_ i: Int) -> (String, Bool) { slots[i] }
}
