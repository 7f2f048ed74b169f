// swift-tools-version:6.0
// Benchmarks for Parallax, kept out of the root package so `swift test` never builds them.
// Run: swift run -c release --package-path Benchmarks blas-bench
import PackageDescription

let package = Package(
    name: "ParallaxBenchmarks",
    dependencies: [.package(name: "Parallax", path: "..")],
    targets: [
        .executableTarget(name: "blas-bench", dependencies: [.product(name: "Parallax", package: "Parallax")]),
    ],
    swiftLanguageModes: [.v5]
)
