import NewsmarkModel

/// What a tool's character offsets count.
public enum OffsetUnit: String, Sendable, Hashable, CaseIterable, Codable {
    /// Unicode code points (Python `str` positions; Newsmark's unit).
    case codePoints = "code-points"
    /// UTF-16 code units (JavaScript string positions): a character outside the BMP counts 2.
    case utf16 = "utf-16"
    /// Extended grapheme clusters (user-perceived characters: an emoji with modifiers counts 1).
    case graphemes
}

/// Converts code-point offsets of one text to and from another ``OffsetUnit``. Built once per text in O(n);
/// conversions are O(1) or O(log n).
public struct OffsetConverter: Sendable {
    public let unit: OffsetUnit
    private let utf16: UTF16OffsetMap?
    /// For graphemes: the code-point offset where each cluster starts, and the text length last.
    private let clusterStarts: [Int]
    private let count: Int

    public init(unit: OffsetUnit, text: ScalarText) {
        self.unit = unit
        count = text.count
        utf16 = unit == .utf16 ? UTF16OffsetMap(text) : nil
        var starts: [Int] = []
        if unit == .graphemes {
            var position = 0
            for character in text.string {
                starts.append(position)
                position += character.unicodeScalars.count
            }
            starts.append(position)
        }
        clusterStarts = starts
    }

    /// The offset in this unit of a span's start at `codePoint` (inside a grapheme cluster: the cluster's start).
    public func start(_ codePoint: Int) -> Int {
        switch unit {
        case .codePoints: return codePoint
        case .utf16: return utf16?.utf16Offset(ofCodePoint: codePoint) ?? codePoint
        case .graphemes: return max(0, firstClusterIndex(atOrAfter: codePoint + 1) - 1)
        }
    }

    /// The offset in this unit of a span's end at `codePoint` (inside a grapheme cluster: the cluster's end).
    public func end(_ codePoint: Int) -> Int {
        switch unit {
        case .codePoints: return codePoint
        case .utf16: return utf16?.utf16Offset(ofCodePoint: codePoint) ?? codePoint
        case .graphemes: return firstClusterIndex(atOrAfter: codePoint)
        }
    }

    /// The code-point offset at `offset` in this unit, or `nil` outside the text (or inside a surrogate pair).
    public func codePoint(_ offset: Int) -> Int? {
        guard offset >= 0 else { return nil }
        switch unit {
        case .codePoints: return offset <= count ? offset : nil
        case .utf16: return utf16?.codePointOffset(ofUTF16: offset)
        case .graphemes: return offset < clusterStarts.count ? clusterStarts[offset] : nil
        }
    }

    private func firstClusterIndex(atOrAfter codePoint: Int) -> Int {
        var low = 0
        var high = clusterStarts.count
        while low < high {
            let mid = (low + high) / 2
            if clusterStarts[mid] < codePoint { low = mid + 1 } else { high = mid }
        }
        return min(low, max(0, clusterStarts.count - 1))
    }
}
