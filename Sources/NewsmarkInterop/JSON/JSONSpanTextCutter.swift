import NewsmarkModel

/// Cuts the text of spans (code-point offsets) out of an article's text straight from its UTF-8 bytes.
///
/// One pass over the bytes notes where every 64th code point starts; a span's start is then reached from
/// the cursor (when it lies a little ahead) or from the nearest mark before it, so no span costs more than
/// a few dozen steps plus its own length, in whatever order spans come, and the text is never decoded into
/// code points. Offsets are clamped to the text as `ScalarText.string(_:)` clamps them, and the result is
/// the same string.
struct JSONSpanTextCutter {
    private let utf8: [UInt8]
    private var scalarOffset = 0
    private var byteOffset = 0
    /// `marks[k]` is the byte offset of code point `k * markSpacing`.
    private let marks: [Int]
    private static let markShift = 6
    private static let markSpacing = 1 << markShift

    init(_ text: String) {
        utf8 = Array(text.utf8)
        var marks: [Int] = [0]
        marks.reserveCapacity(utf8.count >> Self.markShift + 1)
        var scalars = 0
        for index in utf8.indices where utf8[index] & 0xC0 != 0x80 {
            if scalars & (Self.markSpacing - 1) == 0, scalars > 0 { marks.append(index) }
            scalars += 1
        }
        self.marks = marks
    }

    /// The text covered by `span`.
    mutating func string(_ span: TextSpan) -> String {
        if span.start < scalarOffset || span.start - scalarOffset >= Self.markSpacing {
            let mark = max(0, min(span.start >> Self.markShift, marks.count - 1))
            scalarOffset = mark << Self.markShift
            byteOffset = marks[mark]
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
