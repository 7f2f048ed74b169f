// swift-tools-version:6.0
// Parallax: summarize news, compare outlets' versions of a story, and score summaries with ROUGE.
import PackageDescription

// The modules on summarization's per-token path (splitting, tokenizing, term look-ups) skip the
// run-time exclusivity checks in release builds: every closure over a scanner's local state paid
// one (4% of `summarize --jsonl`'s instructions). Debug builds, and so `swift test`, keep them.
let hotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

// Where Debian's libxml2-dev puts the headers (`pkg-config --cflags libxml-2.0`).
let libxml2Headers: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]

let package = Package(
    name: "Parallax",
    products: [
        .library(name: "Parallax", targets: ["Parallax"]),
        .executable(name: "parallax", targets: ["parallax"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C at the edge: system libraries behind module maps.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        // libxml2's headers only: HTMLExtraction binds its two functions with dlopen on first use
        // (`_LibXML2`), so the library is not linked, and Debian's header folder is named here
        // instead of through pkg-config (whose link flag would make it a load-time dependency).
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", providers: [.apt(["libxml2-dev"])]),

        .target(name: "LinearAlgebra", dependencies: ["CBLAS"]),
        .target(name: "TextProcessing", swiftSettings: hotPath),
        .target(name: "HTMLExtraction", dependencies: ["TextProcessing", "CLibXML2"], swiftSettings: libxml2Headers),
        .target(name: "Summarization", dependencies: ["TextProcessing", "LinearAlgebra"], swiftSettings: hotPath),
        .target(name: "Comparison", dependencies: ["TextProcessing", "LinearAlgebra", "Summarization"]),
        .target(name: "Scoring", dependencies: ["TextProcessing"]),
        .target(name: "EvaluationHarness", dependencies: ["TextProcessing", "HTMLExtraction", "Summarization", "Scoring"]),
        .target(name: "Parallax", dependencies: [
            "LinearAlgebra", "TextProcessing", "HTMLExtraction", "Summarization",
            "Comparison", "Scoring", "EvaluationHarness",
        ]),
        .executableTarget(name: "parallax", dependencies: [
            "Parallax",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"]),
        .testTarget(name: "TextProcessingTests", dependencies: ["TextProcessing"]),
        .testTarget(name: "HTMLExtractionTests", dependencies: ["HTMLExtraction"]),
        .testTarget(name: "SummarizationTests", dependencies: ["Summarization"]),
        .testTarget(name: "ComparisonTests", dependencies: ["Comparison"]),
        .testTarget(name: "ScoringTests", dependencies: ["Scoring"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EvaluationHarnessTests", dependencies: ["EvaluationHarness"]),
        .testTarget(name: "CLITests", dependencies: ["parallax"]),
        .testTarget(name: "ParallaxTests", dependencies: ["Parallax"]),
    ],
    swiftLanguageModes: [.v5]
)
