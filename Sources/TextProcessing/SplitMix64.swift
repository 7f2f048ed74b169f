/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast, seedable generator, so that the
/// `random` baseline, bootstrap intervals and significance tests repeat exactly for a given seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0 ..< n (Lemire's multiply-shift; the bias is below 2⁻³² for the
    /// sizes used here).
    @inline(__always) public mutating func index(below n: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }
}

extension SplitMix64 {
    /// A uniform double in [0, 1): the top 53 bits of the next output.
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }
}
