#if canImport(Glibc)
import Glibc
#endif

/// Which BLAS implementation the process loaded at run time.
///
/// Parallax links the generic `-lblas`/`-llapack`, so Debian's alternatives system decides
/// which library answers (OpenBLAS when `libopenblas0-pthread` is installed, otherwise the
/// slow reference BLAS). These functions report the choice for benchmarks and `--version`.
public enum BLASLibrary {
    /// OpenBLAS's build configuration (`openblas_get_config()`), or nil under another BLAS.
    public static var openBLASConfig: String? {
        guard let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "openblas_get_config") else { return nil }
        typealias Fn = @convention(c) () -> UnsafePointer<CChar>?
        guard let s = unsafeBitCast(sym, to: Fn.self)() else { return nil }
        return String(cString: s)
    }

    /// The shared objects mapped into this process whose names contain "blas" or "lapack"
    /// (from `/proc/self/maps`), resolved through symbolic links, sorted.
    public static var loadedLibraries: [String] {
        // /proc files report size 0, so read them with stdio rather than Foundation's file APIs.
        guard let f = fopen("/proc/self/maps", "r") else { return [] }
        defer { fclose(f) }
        var maps = ""
        var buffer = [CChar](repeating: 0, count: 4096)
        while fgets(&buffer, Int32(buffer.count), f) != nil { maps += String(cString: buffer) }
        var found = Set<String>()
        for line in maps.split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/") else { continue }
            let path = String(line[slash...])
            let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()  // the file name
            if name.contains(".so"), name.contains("blas") || name.contains("lapack") { found.insert(path) }
        }
        return found.sorted()
    }

    /// A one-line description: the OpenBLAS configuration when present, else the mapped files.
    public static var summary: String {
        if let c = openBLASConfig {
            // OpenBLAS's configuration string is ASCII; only its spaces and tabs are trimmed.
            let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
            return "OpenBLAS (\(String(c.drop(while: blank).reversed().drop(while: blank).reversed())))"
        }
        let libs = loadedLibraries
        return libs.isEmpty ? "no BLAS mapped" : libs.joined(separator: ", ")
    }

    /// Limits OpenBLAS to `n` threads (no effect under another BLAS). Parallax runs one
    /// document per core, so batch mode sets 1 to keep BLAS from oversubscribing the cores.
    ///
    /// With `n == 1` the pool of OpenBLAS server threads is also shut down
    /// (`blas_thread_shutdown_`): an idle server thread polls for work with `sched_yield` for
    /// about 2^28 cycles before it sleeps, which on a two-core machine took a fifth of the CPU
    /// time of a `--jsonl` run away from the summarizing threads. Single-threaded BLAS calls run
    /// on the caller's thread and never need the pool (OpenBLAS restarts it if more threads are
    /// asked for later).
    public static func setThreadCount(_ n: Int) {
        let process = UnsafeMutableRawPointer(bitPattern: 0)
        guard let sym = dlsym(process, "openblas_set_num_threads") else { return }
        typealias Fn = @convention(c) (Int32) -> Void
        unsafeBitCast(sym, to: Fn.self)(Int32(n))
        if n == 1, let shutdown = dlsym(process, "blas_thread_shutdown_") {
            typealias Shutdown = @convention(c) () -> Int32
            _ = unsafeBitCast(shutdown, to: Shutdown.self)()
        }
    }
}
