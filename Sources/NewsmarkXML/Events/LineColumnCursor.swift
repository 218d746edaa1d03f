import Foundation

/// The line and column of byte offsets in UTF-8 input, for offsets visited in increasing order: one
/// forward pass over the bytes in all. Lines are counted at line feeds; columns count code points from
/// 1 (as ``SourcePositionTracker`` and libxml2's error columns do).
struct LineColumnCursor {
    /// The offset the position below belongs to.
    private(set) var offset: Int
    private(set) var line = 1
    private(set) var column = 1

    /// A cursor at `offset` (line 1, column 1): 0, or 3 after a byte-order mark.
    init(offset: Int = 0) { self.offset = offset }

    /// Moves to `end` (not before the current offset) in `bytes`, counting lines and columns on the way:
    /// line feeds are found with `memchr`, and the column is the count of bytes that start a code point
    /// since the last line feed, a branch-free loop the compiler vectorises.
    mutating func advance(to end: Int, in bytes: UnsafePointer<UInt8>) {
        guard end > offset else { return }
        var lineStart = offset
        var sawLineFeed = false
        var index = offset
        while index < end, let hit = memchr(bytes + index, 0x0A, end - index) {
            let newline = UnsafeRawPointer(bytes).distance(to: UnsafeRawPointer(hit))
            line += 1
            sawLineFeed = true
            lineStart = newline + 1
            index = newline + 1
        }
        var codePoints = 0
        var i = lineStart
        while i < end {
            codePoints &+= (Int8(bitPattern: bytes[i]) >= -0x40) ? 1 : 0
            i += 1
        }
        column = sawLineFeed ? 1 + codePoints : column + codePoints
        offset = end
    }
}
