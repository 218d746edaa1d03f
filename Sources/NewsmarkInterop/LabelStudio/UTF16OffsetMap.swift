import NewsmarkModel

/// Converts between code-point offsets (Newsmark) and UTF-16 code-unit offsets (JavaScript strings, and so
/// Label Studio's text regions). A character outside the Basic Multilingual Plane is one code point but two
/// UTF-16 units. Built once per text; conversions are O(1) and O(log n).
public struct UTF16OffsetMap: Sendable {
    /// `utf16[i]` is the UTF-16 offset of code point `i`; the last entry is the text's UTF-16 length.
    private let utf16: [Int]

    public init(_ text: ScalarText) {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.count + 1)
        var position = 0
        for scalar in text.scalars {
            offsets.append(position)
            position += scalar.value > 0xFFFF ? 2 : 1
        }
        offsets.append(position)
        utf16 = offsets
    }

    /// The UTF-16 offset of code-point offset `codePoint` (clamped to the text).
    public func utf16Offset(ofCodePoint codePoint: Int) -> Int { utf16[max(0, min(codePoint, utf16.count - 1))] }

    /// The code-point offset at UTF-16 offset `unit`, or `nil` if it is outside the text or splits a surrogate pair.
    public func codePointOffset(ofUTF16 unit: Int) -> Int? {
        var low = 0
        var high = utf16.count
        while low < high {
            let mid = (low + high) / 2
            if utf16[mid] < unit { low = mid + 1 } else { high = mid }
        }
        return low < utf16.count && utf16[low] == unit ? low : nil
    }

    /// Whether the text has characters outside the BMP (so the two units differ).
    public var hasAstralCharacters: Bool { utf16.last != utf16.count - 1 }
}
