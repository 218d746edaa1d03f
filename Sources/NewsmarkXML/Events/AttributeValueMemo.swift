import Foundation

/// The recently seen values of the attributes whose values repeat from element to element (an
/// annotation's `type`, a quote's `kind`, the responsible annotator `resp`, a date's `mod`, a
/// paragraph's `role`), so that a repeated value becomes a `String` once, not once per element.
///
/// Keyed by the value's raw bytes as libxml2 hands them (decoding is a function of those bytes), a few
/// values per attribute name, replaced round-robin. Values longer than ``longestValue`` bytes are not
/// kept. One memo serves one parse at a time.
public struct AttributeValueMemo {
    /// Values kept per attribute name.
    static let valuesPerName = 4
    /// The longest value kept, in bytes.
    static let longestValue = 24

    private var bytes: [UInt8]
    /// Byte count of each kept value; -1 for an empty place.
    private var lengths: [Int8]
    private var values: [String]
    /// Per attribute name, the place the next new value goes to.
    private var nextPlace: [UInt8]

    public init() {
        let places = NewsmarkAttributeName.allCases.count * Self.valuesPerName
        bytes = Array(repeating: 0, count: places * Self.longestValue)
        lengths = Array(repeating: -1, count: places)
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
        guard raw.count <= Self.longestValue, let rawBase = raw.baseAddress else { return decode(raw) }
        let first = name.rawValue * Self.valuesPerName
        for place in first..<(first + Self.valuesPerName) where Int(lengths[place]) == raw.count {
            let same = bytes.withUnsafeBufferPointer { kept in
                memcmp(kept.baseAddress! + place * Self.longestValue, rawBase, raw.count) == 0
            }
            if same { return values[place] }
        }
        let decoded = decode(raw)
        let place = first + Int(nextPlace[name.rawValue])
        nextPlace[name.rawValue] = UInt8((Int(nextPlace[name.rawValue]) + 1) % Self.valuesPerName)
        bytes.withUnsafeMutableBufferPointer { kept in
            (kept.baseAddress! + place * Self.longestValue).update(from: rawBase, count: raw.count)
        }
        lengths[place] = Int8(raw.count)
        values[place] = decoded
        return decoded
    }
}
