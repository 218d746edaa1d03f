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

    /// The text of `span` if every scalar in it is ASCII, else `nil`.
    private func asciiString(_ span: TextSpan, lowercased: Bool) -> String? {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        for offset in lower..<upper where scalars[offset].value >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: upper - lower) { buffer in
            for offset in lower..<upper {
                let byte = UInt8(truncatingIfNeeded: scalars[offset].value)
                buffer[offset - lower] = lowercased && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return upper - lower
        }
    }
}
