import FoundationEssentials

/// Finds a dataset from what the user typed after `--dataset`.
///
/// - A path to an existing `.jsonl` file is read directly in the standard record format; the
///   dataset is named after the file (`dev.jsonl` → `dev`).
/// - A path to an existing `.json` file is read as a manifest.
/// - Anything else is a manifest name: `Evaluation/datasets/<name>.json`, looked for in the current
///   directory and its parents, then beside the executable and its parents (so
///   `.build/release/parallax` finds the checkout's manifests from anywhere).
///
/// A manifest's `path` is resolved against `dataDirectory` when given (`--data-dir`), else the
/// `PARALLAX_SHARED_DATA` environment variable, else `../shared/data` next to the project root
/// (the folder that holds `Evaluation/`).
public struct DatasetLocator: Sendable {
    public var dataDirectory: URL?
    public var searchRoots: [URL]

    public init(dataDirectory: URL? = nil, searchRoots: [URL]? = nil) {
        self.dataDirectory = dataDirectory
        if let searchRoots {
            self.searchRoots = searchRoots
        } else {
            let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            self.searchRoots = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath), exe]
        }
    }

    /// What `--dataset` resolved to.
    public struct Resolved: Sendable {
        public var name: String
        public var manifest: DatasetManifest?
        /// The manifest file, when there was one.
        public var manifestURL: URL?
        /// The JSONL file.
        public var dataURL: URL
    }

    /// Resolves `spec` (a manifest name, a manifest path, or a JSONL path).
    /// - Throws: `EvaluationError.datasetNotFound` listing every place looked at.
    public func resolve(_ spec: String) throws -> Resolved {
        let fm = FileManager.default
        let asFile = URL(fileURLWithPath: spec)
        if spec.hasSuffix(".jsonl") || (spec.contains("/") && !spec.hasSuffix(".json")) {
            guard fm.fileExists(atPath: asFile.path) else { throw EvaluationError.datasetNotFound(spec, searched: [asFile.path]) }
            return Resolved(name: asFile.deletingPathExtension().lastPathComponent, manifest: nil, manifestURL: nil, dataURL: asFile)
        }
        var manifestURL: URL? = nil
        var searched: [String] = []
        if spec.hasSuffix(".json") {
            searched.append(asFile.path)
            if fm.fileExists(atPath: asFile.path) { manifestURL = asFile }
        } else {
            outer: for root in searchRoots {
                var dir = root.standardizedFileURL
                for _ in 0..<8 {
                    let candidate = dir.appendingPathComponent("Evaluation/datasets/\(spec).json")
                    if !searched.contains(candidate.path) { searched.append(candidate.path) }
                    if fm.fileExists(atPath: candidate.path) { manifestURL = candidate; break outer }
                    let parent = dir.deletingLastPathComponent()
                    if parent.path == dir.path { break }
                    dir = parent
                }
            }
        }
        guard let manifestURL else {
            let shown = searched.count > 3 ? Array(searched.prefix(2)) + ["… (\(searched.count - 2) more parent folders)"] : searched
            throw EvaluationError.datasetNotFound(spec, searched: shown)
        }
        let manifest = try DatasetManifest.load(manifestURL)
        let dataURL: URL
        if manifest.path.hasPrefix("/") {
            dataURL = URL(fileURLWithPath: manifest.path)
        } else {
            dataURL = dataRoot(forManifestAt: manifestURL).appendingPathComponent(manifest.path).standardizedFileURL
        }
        guard fm.fileExists(atPath: dataURL.path) else {
            throw EvaluationError.datasetNotFound(manifest.name, searched: [dataURL.path + " (from \(manifestURL.path); set --data-dir)"])
        }
        return Resolved(name: manifest.name, manifest: manifest, manifestURL: manifestURL, dataURL: dataURL)
    }

    /// The data directory for a manifest: `dataDirectory`, `PARALLAX_SHARED_DATA`, or
    /// `<project>/../shared/data` where `<project>` holds `Evaluation/datasets/`.
    public func dataRoot(forManifestAt manifestURL: URL) -> URL {
        if let dataDirectory { return dataDirectory }
        if let env = ProcessInfo.processInfo.environment["PARALLAX_SHARED_DATA"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let project = manifestURL.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return project.deletingLastPathComponent().appendingPathComponent("shared/data")
    }
}
