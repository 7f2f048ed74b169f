import FoundationEssentials
import TextProcessing

/// The models available to a run, for the results' provenance line: every `MANIFEST.json` under
/// the `Models/` folder `ModelStore` resolves, as its folder (`idf/en-news-v1`, which names the
/// version), sorted. (Released model folders are never edited, so the folder pins the content.)
public enum ModelInventory {
    public static func list(in directory: URL? = ModelStore.directory) -> [String] {
        guard let directory, let all = try? FileManager.default.subpathsOfDirectory(atPath: directory.path) else { return [] }
        var found: [String] = []
        for relative in all where relative.hasSuffix("MANIFEST.json") {
            found.append(PathName.deletingLastPathComponent(relative))
        }
        return found.sorted()
    }
}
