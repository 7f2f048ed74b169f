/// The path-string operations of Foundation's `NSString` (`pathExtension`,
/// `lastPathComponent`, `deletingPathExtension`, `deletingLastPathComponent`,
/// `appendingPathComponent`) on plain `String`s, without Foundation.
///
/// Same results as `NSString` on Linux, including its quirks: trailing slashes are ignored
/// (`"a.txt/"` has extension `txt`), repeated slashes count as one, and a leading dot starts a
/// hidden name rather than an extension (`".bashrc"` has none). Only `/` separates components.
///
///     PathName.pathExtension("Examples/story.HTML")      // "HTML"
///     PathName.deletingPathExtension("x.tar.gz")         // "x.tar"
///     PathName.deletingLastPathComponent("a/b/c.txt")    // "a/b"
///     PathName.appendingPathComponent("refs/", "1.txt")  // "refs/1.txt"
public enum PathName {
    /// The components between slashes, empty ones dropped; `isAbsolute` when `path` starts with `/`.
    private static func parts(_ path: String) -> (isAbsolute: Bool, components: [Substring]) {
        (path.hasPrefix("/"), path.split(separator: "/"))
    }

    private static func join(_ isAbsolute: Bool, _ components: ArraySlice<Substring>) -> String {
        (isAbsolute ? "/" : "") + components.joined(separator: "/")
    }

    /// The last component (`"/"` for the root, `""` for the empty path).
    public static func lastPathComponent(_ path: String) -> String {
        let (abs, c) = parts(path)
        guard let last = c.last else { return abs ? "/" : "" }
        return String(last)
    }

    /// The text after the last dot of the last component, or `""` when it has none or the
    /// only dot leads the name.
    public static func pathExtension(_ path: String) -> String {
        let last = lastPathComponent(path)
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return "" }
        return String(last[last.index(after: dot)...])
    }

    /// The path without its last component's extension and that extension's dot.
    public static func deletingPathExtension(_ path: String) -> String {
        let (abs, c) = parts(path)
        guard var last = c.last else { return abs ? "/" : "" }
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { last = last[..<dot] }
        return join(abs, c.dropLast() + [last])
    }

    /// The path without its last component (`""` for a single relative component, `"/"` at the root).
    public static func deletingLastPathComponent(_ path: String) -> String {
        let (abs, c) = parts(path)
        return join(abs, c.dropLast())
    }

    /// `path` and `component` joined by one slash (`component` alone when `path` is empty).
    public static func appendingPathComponent(_ path: String, _ component: String) -> String {
        if path.isEmpty { return component }
        return path.hasSuffix("/") ? path + component : path + "/" + component
    }
}
