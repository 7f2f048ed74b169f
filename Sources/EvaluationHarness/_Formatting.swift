import FoundationEssentials
import TextProcessing

/// Fixed-point text for a Double, locale-independent ("%.2f" with a dot).
func fixed(_ x: Double, _ digits: Int) -> String {
    String(cFormat: "%.\(digits)f", x)
}

/// A ROUGE F1 in [0, 1] as the percentage tables show (44.81).
func percent(_ x: Double) -> String { fixed(x * 100, 2) }

/// A p-value as tables show it: "<0.001" below a thousandth, else three decimals.
func pText(_ p: Double) -> String { p < 0.001 ? "<0.001" : fixed(p, 3) }

/// Display names of rouge-score's keys (`rouge1` → `ROUGE-1`, `rougeLsum` → `ROUGE-Lsum`).
func displayName(_ key: String) -> String {
    key.hasPrefix("rouge") ? "ROUGE-" + key.dropFirst(5) : key
}
