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
        let codePoints = Self.codePointCount(bytes + lineStart, end - lineStart)
        column = sawLineFeed ? 1 + codePoints : column + codePoints
        offset = end
    }

    /// The number of bytes that start a code point among `count` bytes at `start`: eight bytes at a
    /// time, subtracting the continuation bytes (`10xxxxxx`), counted in per-byte lanes that are summed
    /// every 255 words (a population count is a long instruction sequence on the baseline x86-64 target).
    static func codePointCount(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var continuations = 0
        var i = 0
        let raw = UnsafeRawPointer(start)
        var lanes: UInt64 = 0
        var words = 0
        while i + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Bit 7 set and bit 6 clear in a byte marks a continuation byte.
            lanes &+= (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
            words += 1
            if words == 255 {
                continuations &+= laneSum(lanes)
                lanes = 0
                words = 0
            }
            i += 8
        }
        continuations &+= laneSum(lanes)
        while i < count {
            if start[i] & 0xC0 == 0x80 { continuations &+= 1 }
            i += 1
        }
        return count - continuations
    }

    /// The sum of the eight byte lanes of `lanes` (each at most 255).
    @inline(__always)
    private static func laneSum(_ lanes: UInt64) -> Int {
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }
}
