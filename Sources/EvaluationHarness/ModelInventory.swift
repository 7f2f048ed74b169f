import Foundation
import TextProcessing

/// The models available to a run, for the results' provenance line: every `MANIFEST.json` under
/// the `Models/` folder `ModelStore` resolves, as its folder (`idf/en-news-v1`, which names the
/// version), sorted. (Released model folders are never edited, so the folder pins the content.)
public enum ModelInventory {
    public static func list(in directory: URL? = ModelStore.directory) -> [String] {
        guard let directory, let walker = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix("MANIFEST.json") else { continue }
            found.append((relative as NSString).deletingLastPathComponent)
        }
        return found.sorted()
    }
}
