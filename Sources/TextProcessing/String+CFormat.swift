#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// `format` filled in by C's `vsnprintf`: the number formatting of Foundation's
    /// `String(format:)` for the numeric conversions Parallax uses (`%d`, `%f`, `%.4f`, `%.6g`,
    /// `%e`), without Foundation. Not for `%@` or `%s` (no Objective-C objects, no C strings).
    ///
    ///     String(cFormat: "%.4f", 2.0 / 3)     // "0.6667"
    ///     String(cFormat: "%.6g", 1234567.0)   // "1.23457e+06"
    /// - Complexity: O(length of the result).
    public init(cFormat format: String, _ arguments: CVarArg...) {
        self = Self.formatted(format, arguments)
    }

    private static func formatted(_ format: String, _ arguments: [CVarArg]) -> String {
        withVaList(arguments) { first in
            var buffer = [CChar](repeating: 0, count: 64)
            let needed = Int(vsnprintf(&buffer, buffer.count, format, first))
            if needed >= buffer.count {
                // A va_list is consumed by one call; the long result is formatted from a fresh one.
                buffer = [CChar](repeating: 0, count: needed + 1)
                _ = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
            }
            return String(decoding: buffer.prefix(Swift.max(needed, 0)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}
