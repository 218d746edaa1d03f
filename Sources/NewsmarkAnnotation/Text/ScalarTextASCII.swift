import NewsmarkModel

extension ScalarText {
    /// The text of `span` (clamped to the text) as ``ScalarText/string(_:)`` gives it, built straight
    /// from UTF-8 bytes when the span is ASCII (most news text): no per-scalar appends, and no heap
    /// allocation for short tokens.
    func fastString(_ span: TextSpan) -> String {
        asciiString(span, lowercased: false) ?? string(span)
    }

    /// The lower-cased text of `span`, equal to `string(span).lowercased()`, with an ASCII fast path.
    func fastLowercasedString(_ span: TextSpan) -> String {
        asciiString(span, lowercased: true) ?? string(span).lowercased()
    }

    /// The text of `span` if every scalar in it is ASCII, else `nil`: one pass that copies (and
    /// lower-cases) while it checks, giving up at the first non-ASCII scalar.
    private func asciiString(_ span: TextSpan, lowercased: Bool) -> String? {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        let count = upper - lower
        var ascii = true
        let string = scalars.withUnsafeBufferPointer { s in
            String(unsafeUninitializedCapacity: count) { buffer in
                for offset in 0..<count {
                    let value = s[lower + offset].value
                    if value >= 0x80 {
                        ascii = false
                        return 0
                    }
                    let byte = UInt8(truncatingIfNeeded: value)
                    buffer[offset] = lowercased && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return count
            }
        }
        return ascii ? string : nil
    }
}
