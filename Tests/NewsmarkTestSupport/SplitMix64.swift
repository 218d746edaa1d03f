/// SplitMix64, a small deterministic random number generator for tests: the same seed gives the same
/// sequence on every run and platform, so a failing generated input can be rebuilt from its seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's whole state; the next value is derived from it.
    public var state: UInt64

    /// A generator whose sequence starts from `state`.
    public init(state: UInt64) { self.state = state }

    /// A generator whose sequence starts from `seed` (the same as `init(state:)`).
    public init(seed: UInt64) { self.state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when `bound` is not positive).
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    /// A number in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// True `percent` times in a hundred.
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One of `items`, which must not be empty.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
