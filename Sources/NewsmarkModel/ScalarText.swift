/// An article's text as an array of Unicode scalars, for O(1) access by code-point offset.
///
/// Annotators scan text by code point; building this once per article avoids the quadratic cost of
/// walking a `String` from its start for every offset.
public struct ScalarText: Sendable, Hashable {
    /// The code points of the text.
    public let scalars: [Unicode.Scalar]

    /// Decomposes `text` into its scalars (one linear pass).
    public init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        scalars.append(contentsOf: text.unicodeScalars)
        self.scalars = scalars
    }

    /// Wraps scalars that are already decomposed.
    public init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// The number of code points.
    public var count: Int { scalars.count }

    /// The code point at `offset`, or `nil` outside the text.
    @inlinable public subscript(offset: Int) -> Unicode.Scalar? {
        offset >= 0 && offset < scalars.count ? scalars[offset] : nil
    }

    /// The text covered by `span` (clamped to the text).
    public func string(_ span: TextSpan) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        // Encoded straight into the string's UTF-8 storage: appending to a scalar view one scalar at a
        // time costs several times more.
        return scalars.withUnsafeBufferPointer { s in
            String(unsafeUninitializedCapacity: (upper - lower) * 4) { buffer in
                var n = 0
                for k in lower..<upper {
                    let v = s[k].value
                    if v < 0x80 {
                        buffer[n] = UInt8(truncatingIfNeeded: v)
                        n += 1
                    } else if v < 0x800 {
                        buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                        buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                        n += 2
                    } else if v < 0x10000 {
                        buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                        buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                        buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                        n += 3
                    } else {
                        buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                        buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                        buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                        buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                        n += 4
                    }
                }
                return n
            }
        }
    }

    /// The whole text as a `String`.
    public var string: String { string(TextSpan(start: 0, end: scalars.count)) }
}

extension String {
    /// The number of Unicode code points (scalars) in the string.
    public var codePointCount: Int { unicodeScalars.count }

    /// Maps sorted code-point offsets to string indices in one forward pass.
    ///
    /// - Parameter offsets: offsets in ascending order, each between 0 and `codePointCount`.
    /// - Returns: one index per offset, or `nil` if an offset is out of range.
    public func indices(atCodePointOffsets offsets: [Int]) -> [String.Index]? {
        var result: [String.Index] = []
        result.reserveCapacity(offsets.count)
        var index = unicodeScalars.startIndex
        var position = 0
        for offset in offsets {
            guard offset >= position else { return nil }
            while position < offset {
                guard index < unicodeScalars.endIndex else { return nil }
                unicodeScalars.formIndex(after: &index)
                position += 1
            }
            result.append(index)
        }
        return result
    }

    /// The substring covered by a code-point span, or `nil` if it lies outside the string. Linear in
    /// `span.end`; for many spans use ``ScalarText`` or ``indices(atCodePointOffsets:)``.
    public func substring(codePoints span: TextSpan) -> Substring? {
        guard span.start >= 0, let bounds = indices(atCodePointOffsets: [span.start, span.end]) else { return nil }
        return self[bounds[0]..<bounds[1]]
    }
}

extension Unicode.Scalar {
    /// Whether this is white space as Newsmark's whitespace rules count it (space, tab, line breaks,
    /// no-break space and the other Unicode space separators).
    @inlinable public var isNewsmarkWhitespace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Whether the scalar is allowed in XML 1.0 (the `Char` production).
    @inlinable public var isXMLCharacter: Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (as ``Unicode/Scalar/isNewsmarkWhitespace`` counts it).
    public func trimmingNewsmarkWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isNewsmarkWhitespace }),
              let last = scalars.lastIndex(where: { !$0.isNewsmarkWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
