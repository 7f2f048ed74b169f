// The umbrella module: `import Parallax` brings in every library module.
@_exported import LinearAlgebra
@_exported import TextProcessing
@_exported import HTMLExtraction
@_exported import Summarization
@_exported import Comparison
@_exported import Scoring
@_exported import EvaluationHarness

/// Parallax's version, printed by `parallax --version`.
public enum ParallaxVersion {
    public static let string = "0.1.0"
}
