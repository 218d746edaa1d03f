#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers for the clean-up stage, which looks at every input line: searching and trimming
/// UTF-8 directly avoids building `String`s and `Unicode.Scalar` arrays for lines that need no change.
enum UTF8Scanning {
    /// Whether `haystack` contains `needle` (lower-case ASCII), ignoring ASCII letter case.
    static func containsIgnoringASCIICase(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { containsIgnoringASCIICase(haystack, $0) }
    }

    /// ``containsIgnoringASCIICase(_:_:)`` for a needle in place (a static string's bytes).
    static func containsIgnoringASCIICase(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if lowered(haystack[i]) == first {
                var k = 1
                while k < needle.count, lowered(haystack[i + k]) == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether `haystack` contains any of `needles` (lower-case ASCII or other UTF-8, none empty),
    /// ignoring ASCII letter case. Each distinct first byte (and its capital, for a letter) is looked for
    /// with `memchr`, which skips the bytes in between many at a time; each place found is compared with
    /// the needles that start with that byte.
    static func containsAnyIgnoringASCIICase(_ haystack: UnsafeBufferPointer<UInt8>, _ needles: [[UInt8]]) -> Bool {
        guard let base = haystack.baseAddress, !haystack.isEmpty else { return false }
        var firsts: [UInt8] = []
        for needle in needles where !firsts.contains(needle[0]) { firsts.append(needle[0]) }
        for first in firsts {
            let capital = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
            for pass in 0..<(capital == first ? 1 : 2) {
                let byte = pass == 0 ? first : capital
                var from = 0
                while from < haystack.count,
                      let found = memchr(base + from, Int32(byte), haystack.count - from) {
                    let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    for needle in needles where needle[0] == first && haystack.count - i >= needle.count {
                        var k = 1
                        while k < needle.count, lowered(haystack[i + k]) == needle[k] { k += 1 }
                        if k == needle.count { return true }
                    }
                    from = i + 1
                }
            }
        }
        return false
    }

    /// The number of code points in valid UTF-8 `bytes`: the bytes that are not continuation bytes.
    static func codePointCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var continuations = 0
        for byte in bytes where byte & 0xC0 == 0x80 { continuations += 1 }
        return bytes.count - continuations
    }

    /// Whether `bytes` contain an ASCII digit.
    static func containsASCIIDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte &- 0x30 < 10 { return true }
        return false
    }

    @inline(__always) static func lowered(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

    /// The length in bytes of the white-space scalar (as ``Unicode/Scalar/isNewsmarkWhitespace`` counts it)
    /// starting at byte `i`, or 0 if the scalar there is not white space.
    static func whitespaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { return 1 }
        if c < 0x80 { return 0 }
        if c == 0xC2, i + 1 < end, b[i + 1] == 0xA0 { return 2 }  // U+00A0
        guard i + 2 < end else { return 0 }
        let c1 = b[i + 1]
        let c2 = b[i + 2]
        switch c {
        case 0xE1: return c1 == 0x9A && c2 == 0x80 ? 3 : 0  // U+1680
        case 0xE2:
            if c1 == 0x80, c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF { return 3 }  // U+2000–200A, 2028, 2029, 202F
            return c1 == 0x81 && c2 == 0x9F ? 3 : 0  // U+205F
        case 0xE3: return c1 == 0x80 && c2 == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }

    /// The byte range of `start..<end` without leading and trailing white space, and the number of
    /// white-space scalars cut from the front.
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> (range: Range<Int>, indentation: Int) {
        var lower = start
        var indentation = 0
        while lower < end {
            let length = whitespaceLength(b, at: lower, end: end)
            if length == 0 { break }
            lower += length
            indentation += 1
        }
        var upper = end
        while upper > lower {
            // Step back to the start of the last scalar.
            var lead = upper - 1
            while lead > lower, b[lead] & 0xC0 == 0x80 { lead -= 1 }
            let length = whitespaceLength(b, at: lead, end: upper)
            if length == 0 || lead + length != upper { break }
            upper = lead
        }
        return (lower..<upper, indentation)
    }
}
