#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searches text for any of a few keywords, ignoring ASCII letter case, by looking with `memchr` for
/// each keyword's rarest byte (a rare letter such as `k` in "cookie", or punctuation) and comparing the
/// keyword around each place found. Every occurrence of a keyword holds its rarest byte, so the answer
/// is that of comparing at every position; far fewer places are compared in ordinary text.
struct KeywordSearch: Sendable {
    private struct Keyword: Sendable {
        let bytes: [UInt8]
        /// Where in the keyword its rarest byte is.
        let anchor: Int
    }

    private let keywords: [Keyword]

    /// - Parameter keywords: lower-case ASCII or other UTF-8, none empty.
    init(_ keywords: [[UInt8]]) {
        self.keywords = keywords.filter { !$0.isEmpty }.map { bytes in
            var anchor = 0
            for index in bytes.indices where Self.rarity(bytes[index]) > Self.rarity(bytes[anchor]) { anchor = index }
            return Keyword(bytes: bytes, anchor: anchor)
        }
    }

    /// How rare a byte is in English text, higher for rarer: letters by their usual frequency, the
    /// space as the most common, other bytes as rare.
    private static func rarity(_ byte: UInt8) -> Int {
        let byFrequency = Array(" etaoinsrhldcumfpgwybvkxjqz".utf8)
        if let rank = byFrequency.firstIndex(of: ASCIILowercase.lowered(byte)) { return rank }
        return byFrequency.count
    }

    /// Whether `haystack` contains any of the keywords, ignoring ASCII letter case.
    func occurs(in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, !haystack.isEmpty else { return false }
        for keyword in keywords where keyword.bytes.count <= haystack.count {
            let anchorByte = keyword.bytes[keyword.anchor]
            let capital = anchorByte >= 0x61 && anchorByte <= 0x7A ? anchorByte - 0x20 : anchorByte
            for pass in 0..<(capital == anchorByte ? 1 : 2) {
                let byte = pass == 0 ? anchorByte : capital
                var from = keyword.anchor
                let last = haystack.count - (keyword.bytes.count - keyword.anchor)  // last place for the anchor
                while from <= last, let found = memchr(base + from, Int32(byte), last + 1 - from) {
                    let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    let start = position - keyword.anchor
                    var k = 0
                    while k < keyword.bytes.count, ASCIILowercase.lowered(haystack[start + k]) == keyword.bytes[k] { k += 1 }
                    if k == keyword.bytes.count { return true }
                    from = position + 1
                }
            }
        }
        return false
    }
}

/// ASCII lower-casing of one byte.
private enum ASCIILowercase {
    @inline(__always) static func lowered(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
}
