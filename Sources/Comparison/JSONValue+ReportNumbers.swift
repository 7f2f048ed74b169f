import Foundation
import TextProcessing

extension JSONValue {
    /// `d` as the comparison reports write numbers: rounded to 4 decimals (`0.6667`), integers
    /// without a point (`3`), trailing zeros dropped (`1.5`); NaN and infinities become `null`.
    public static func number(_ d: Double) -> JSONValue {
        if d.isNaN || d.isInfinite { return .null }
        let r = (d * 10_000).rounded() / 10_000
        if r == r.rounded(), abs(r) < 1e15 { return .number(String(Int(r))) }
        return .number(String(format: "%.4f", r).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression))
    }
}
