/// A half-open range `[start, end)` of Unicode code points (scalars) in an article's text.
///
/// Code points are what brat, spaCy, doccano and the W3C Web Annotation model count, and what
/// Python's `str` slicing uses, so offsets stored by Newsmark mean the same thing everywhere.
public struct TextSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The first code point covered.
    public var start: Int
    /// One past the last code point covered.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "TextSpan start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// The number of code points covered.
    public var length: Int { end - start }
    /// Whether the span covers nothing.
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies entirely within this span.
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    /// Whether the two spans share at least one code point.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
    /// Whether the spans overlap without one containing the other, so they cannot nest as XML elements.
    public func crosses(_ other: TextSpan) -> Bool {
        overlaps(other) && !contains(other) && !other.contains(self)
    }
    /// The span moved by `delta` code points.
    public func shifted(by delta: Int) -> TextSpan { TextSpan(start: start + delta, end: end + delta) }

    /// Orders by start, then by *longer first*, so that an enclosing span sorts before what it encloses.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end > rhs.end
    }

    public var description: String { "[\(start),\(end))" }
}
