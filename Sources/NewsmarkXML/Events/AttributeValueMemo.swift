/// The recently seen values of the attributes whose values repeat from element to element (an
/// annotation's `type`, a quote's `kind`, the responsible annotator `resp`, a date's `mod`, a
/// paragraph's `role`), so that a repeated value becomes a `String` once, not once per element.
///
/// Keyed by the value's raw bytes as libxml2 hands them (decoding is a function of those bytes), packed
/// into two words: a few values of at most 16 bytes per attribute name, replaced round-robin. One memo
/// serves one parse at a time.
public struct AttributeValueMemo {
    /// Values kept per attribute name.
    static let valuesPerName = 4
    /// The longest value kept, in bytes.
    static let longestValue = 16

    /// A kept value's raw bytes, packed little-end first, and its byte count (-1: empty place).
    private struct Key: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = -1
    }

    private var keys: [Key]
    private var values: [String]
    /// Per attribute name, the place the next new value goes to.
    private var nextPlace: [Int]

    public init() {
        let places = NewsmarkAttributeName.allCases.count * Self.valuesPerName
        keys = Array(repeating: Key(), count: places)
        values = Array(repeating: "", count: places)
        nextPlace = Array(repeating: 0, count: NewsmarkAttributeName.allCases.count)
    }

    /// Whether values of `name` are kept (those that name categories rather than single elements).
    @inline(__always)
    static func remembers(_ name: NewsmarkAttributeName) -> Bool {
        switch name {
        case .type, .kind, .resp, .mod, .role: true
        default: false
        }
    }

    /// The value of attribute `name` whose raw bytes are `raw`, decoded with `decode` unless kept.
    mutating func value(of name: NewsmarkAttributeName, raw: UnsafeBufferPointer<UInt8>,
                        decode: (UnsafeBufferPointer<UInt8>) -> String) -> String {
        guard raw.count <= Self.longestValue else { return decode(raw) }
        var key = Key(count: raw.count)
        for i in 0..<min(raw.count, 8) { key.low |= UInt64(raw[i]) << (8 * i) }
        if raw.count > 8 { for i in 8..<raw.count { key.high |= UInt64(raw[i]) << (8 * (i - 8)) } }
        let first = name.rawValue * Self.valuesPerName
        let kept = keys.withUnsafeBufferPointer { keys -> Int? in
            for place in first..<(first + Self.valuesPerName) where keys[place] == key { return place }
            return nil
        }
        if let kept { return values[kept] }
        let decoded = decode(raw)
        let place = first + nextPlace[name.rawValue]
        nextPlace[name.rawValue] = (nextPlace[name.rawValue] + 1) % Self.valuesPerName
        keys[place] = key
        values[place] = decoded
        return decoded
    }
}
