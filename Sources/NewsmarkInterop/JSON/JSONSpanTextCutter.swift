import NewsmarkModel

/// Cuts the text of spans (code-point offsets) out of an article's text straight from its UTF-8 bytes.
///
/// A cursor moves forward over the bytes, so spans taken in text order (as annotations are written) cost
/// one pass over the text in all, instead of decoding the whole text into code points first. A span that
/// starts before the previous one only sends the cursor back to the beginning. Offsets are clamped to the
/// text as `ScalarText.string(_:)` clamps them, and the result is the same string.
struct JSONSpanTextCutter {
    private let utf8: [UInt8]
    private var scalarOffset = 0
    private var byteOffset = 0

    init(_ text: String) { utf8 = Array(text.utf8) }

    /// The text covered by `span`.
    mutating func string(_ span: TextSpan) -> String {
        if span.start < scalarOffset {
            scalarOffset = 0
            byteOffset = 0
        }
        while scalarOffset < span.start, byteOffset < utf8.count {
            byteOffset += Self.sequenceLength(utf8[byteOffset])
            scalarOffset += 1
        }
        var end = byteOffset
        var scalar = scalarOffset
        while scalar < span.end, end < utf8.count {
            end += Self.sequenceLength(utf8[end])
            scalar += 1
        }
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[byteOffset..<end]), as: UTF8.self) }
    }

    /// The number of bytes of the UTF-8 sequence that starts with `lead` (the text is valid UTF-8).
    private static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }
}
