import Foundation
import TextProcessing

/// The models a run used, for the results' provenance line: every `MANIFEST.json` under the
/// `Models/` folder `ModelStore` resolves, as `"<name> v<version>"`, sorted.
public enum ModelInventory {
    public static func list(in directory: URL? = ModelStore.directory) -> [String] {
        guard let directory, let walker = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix("MANIFEST.json") else { continue }
            let url = directory.appendingPathComponent(relative)
            guard let data = try? Data(contentsOf: url),
                  let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { continue }
            let name = (object["name"] as? String) ?? url.deletingLastPathComponent().lastPathComponent
            let version = object["version"].flatMap { FieldExpression.text($0) } ?? "?"
            found.append(version.hasPrefix("v") ? "\(name) \(version)" : "\(name) v\(version)")
        }
        return found.sorted()
    }
}
