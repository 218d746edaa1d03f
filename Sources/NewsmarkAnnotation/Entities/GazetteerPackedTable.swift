/// A ``GazetteerTable`` finished at build time by `scripts/build-gazetteers.py` (``GazetteerLayout``):
/// its ASCII keys, one a line, and as packed numbers (``GazetteerPackedNumbers``) where each key ends,
/// its value and its slot. The script places the keys as ``GazetteerTable`` would (the table's fixed
/// hash, linear probing, keys inserted in order, `slotCount` slots), so loading the table is copying.
struct GazetteerPackedTable: Sendable {
    /// The keys joined by newlines (no newline after the last).
    let keys: String
    /// The number of keys.
    let count: Int
    /// The number of slots of the table (a power of two).
    let slotCount: Int
    /// Packed: the byte offset in `keys` where each key ends.
    let ends: String
    /// Packed: the value of each key; empty when every value is 0.
    let values: String
    /// Packed: the slot of each key.
    let slots: String
}

/// Non-negative integers written in a generated Swift file as fixed-width base-64 digits: the first
/// character is the width `w` (as `"0" + w`), then each number is `w` digits, most significant first,
/// each digit `d` written as the character `"0" + d` (`0` … `o`: no quote, `#` or newline, so a one-line
/// raw string holds them). They load without parsing decimal numbers.
enum GazetteerPackedNumbers {
    /// The numbers of `text` (empty for an empty or malformed text).
    static func unpack(_ text: String) -> [Int32] {
        var text = text
        return text.withUTF8 { utf8 -> [Int32] in
            guard let first = utf8.first, first > 0x30, first <= 0x35 else { return [] }
            let width = Int(first - 0x30)
            let count = (utf8.count - 1) / width
            guard count * width == utf8.count - 1, let base = utf8.baseAddress else { return [] }
            // Every digit is checked at once at the end: a byte outside `0`…`o` sets a bit above 63.
            var outside: UInt32 = 0
            let numbers = [Int32](unsafeUninitializedCapacity: count) { out, initialized in
                var p = base + 1
                for index in 0..<count {
                    var number: UInt32 = 0
                    switch width {
                    case 1:
                        number = UInt32(p[0]) &- 0x30
                        outside |= number
                    case 2:
                        let a = UInt32(p[0]) &- 0x30, b = UInt32(p[1]) &- 0x30
                        outside |= a | b
                        number = a << 6 | b
                    case 3:
                        let a = UInt32(p[0]) &- 0x30, b = UInt32(p[1]) &- 0x30, c = UInt32(p[2]) &- 0x30
                        outside |= a | b | c
                        number = a << 12 | b << 6 | c
                    case 4:
                        let a = UInt32(p[0]) &- 0x30, b = UInt32(p[1]) &- 0x30, c = UInt32(p[2]) &- 0x30
                        let d = UInt32(p[3]) &- 0x30
                        outside |= a | b | c | d
                        number = a << 18 | b << 12 | c << 6 | d
                    default:
                        for k in 0..<width {
                            let digit = UInt32(p[k]) &- 0x30
                            outside |= digit
                            number = number << 6 | digit
                        }
                    }
                    out[index] = Int32(truncatingIfNeeded: number & 0x7FFF_FFFF)
                    p += width
                }
                initialized = count
            }
            return outside > 63 ? [] : numbers
        }
    }
}
