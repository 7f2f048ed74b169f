import FoundationEssentials
import TextProcessing

extension JSONValue {
    /// `d` as the comparison reports write numbers: rounded to 4 decimals (`0.6667`), integers
    /// without a point (`3`), trailing zeros dropped (`1.5`); NaN and infinities become `null`.
    public static func number(_ d: Double) -> JSONValue {
        if d.isNaN || d.isInfinite { return .null }
        let r = (d * 10_000).rounded() / 10_000
        if r == r.rounded(), abs(r) < 1e15 { return .number(String(Int(r))) }
        var text = String(cFormat: "%.4f", r)
        while text.hasSuffix("0") { text.removeLast() }  // the trailing zeros
        return .number(text)
    }
}
