// Measures BLAS matrix-multiply throughput through Parallax's LinearAlgebra layer and names the
// BLAS library the process actually loaded (OpenBLAS expected; the reference BLAS is ~40× slower).
//
//   swift run -c release --package-path Benchmarks blas-bench [N]      (default N = 2000)
import Foundation
import Parallax

func seconds(_ body: () -> Void) -> Double {
    let t = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
}

func bench<S: BLASScalar>(_: S.Type, n: Int, name: String) {
    var state: UInt64 = 12345
    func next() -> S { state = state &* 6364136223846793005 &+ 1442695040888963407; return S(Double(state >> 11) / Double(1 << 53)) - 0.5 }
    let a = Matrix<S>(rows: n, columns: n, storage: (0..<(n * n)).map { _ in next() })
    let b = Matrix<S>(rows: n, columns: n, storage: (0..<(n * n)).map { _ in next() })
    _ = gemm(a, b) // warm-up: thread pool start, page faults
    var best = Double.infinity
    for _ in 0..<3 { best = min(best, seconds { _ = gemm(a, b) }) }
    let gflops = 2 * Double(n) * Double(n) * Double(n) / best / 1e9
    print(String(format: "%@ %dx%d: best of 3 %.3f s  %.1f GFLOP/s", name, n, n, best, gflops))
}

let n = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 2000 : 2000
bench(Float.self, n: n, name: "sgemm")
bench(Double.self, n: n, name: "dgemm")
print("BLAS loaded: \(BLASLibrary.summary)")
for lib in BLASLibrary.loadedLibraries { print("  mapped: \(lib)") }
print("cores: \(ProcessInfo.processInfo.activeProcessorCount)")
