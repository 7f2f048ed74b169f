// swift-tools-version:6.0
// Benchmarks for Parallax, kept out of the root package so `swift test` never builds them.
// Run: swift run -c release --package-path Benchmarks blas-bench
import PackageDescription

let package = Package(
    name: "ParallaxBenchmarks",
    dependencies: [.package(name: "Parallax", path: "..")],
    targets: [
        .executableTarget(name: "blas-bench", dependencies: [.product(name: "Parallax", package: "Parallax")]),
        // Not a benchmark: the counting step of scripts/build-idf, kept here for the same reason
        // (a development tool that `swift test` must not build).
        .executableTarget(name: "idf-count", dependencies: [.product(name: "Parallax", package: "Parallax")]),
    ],
    swiftLanguageModes: [.v5]
)
