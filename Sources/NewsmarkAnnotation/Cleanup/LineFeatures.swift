/// What the boilerplate rules look at in a line: its lower-cased words and a few counts, computed once.
struct LineFeatures {
    /// The line lower-cased, with runs of white space made one space and leading bullets removed.
    let normalized: String
    /// `normalized` without trailing `:`, `.`, `…`, `»`, `>` and spaces ("Read more:" → "read more").
    let phrase: String
    /// The words of the line (split at white space).
    let wordCount: Int
    /// The number of code points of the trimmed line.
    let length: Int
    /// Whether the line ends like a sentence: `.`, `!` or `?`, possibly followed by closing quotes or brackets.
    let endsLikeSentence: Bool

    init(_ text: String) {
        if let fast = LineFeatures(utf8: text) {
            self = fast
            return
        }
        var lowered = String.UnicodeScalarView()
        var words = 0
        var length = 0
        var inWord = false
        var leading = true
        for scalar in text.unicodeScalars {
            length += 1
            if leading, LineFeatures.isBullet(scalar) || scalar.isNewsmarkWhitespace { continue }
            leading = false
            if scalar.isNewsmarkWhitespace {
                if inWord { lowered.append(" ") }
                inWord = false
                continue
            }
            if !inWord { words += 1 }
            inWord = true
            if scalar.value < 0x80 {
                let value = scalar.value
                lowered.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else {
                lowered.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        if lowered.last == " " { lowered.removeLast() }
        normalized = String(lowered)
        var phraseScalars = lowered
        while let last = phraseScalars.last, ":.…»>›|-–—".unicodeScalars.contains(last) || last == " " {
            phraseScalars.removeLast()
        }
        phrase = String(phraseScalars)
        wordCount = words
        self.length = length
        endsLikeSentence = LineFeatures.endsLikeSentence(text)
    }

    /// The features of a line computed on its UTF-8 bytes (the values the scalar loop gives): ASCII
    /// is lower-cased byte by byte, general punctuation (U+2010–U+205E, which has no case) is copied, and
    /// any other character is decoded and lower-cased by its Unicode mapping. `nil` only when the
    /// string's bytes are not contiguous.
    private init?(utf8 text: String) {
        guard let made = text.utf8.withContiguousStorageIfAvailable({ bytes -> (String, String, Int, Int) in
            var lowered: [UInt8] = []
            lowered.reserveCapacity(bytes.count + 8)
            var words = 0
            var scalars = 0
            var inWord = false
            var leading = true
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                scalars += 1
                if lead < 0x80 {
                    index += 1
                    let isSpace = Self.isASCIIWhitespace(lead)
                    if leading, isSpace || lead == 0x2A || lead == 0x2D || lead == 0x3E { continue }
                    leading = false
                    if isSpace {
                        if inWord { lowered.append(0x20) }
                        inWord = false
                        continue
                    }
                    if !inWord { words += 1 }
                    inWord = true
                    lowered.append(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead)
                    continue
                }
                let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let end = min(index + width, bytes.count)
                var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                for k in (index + 1)..<end { value = value << 6 | UInt32(bytes[k] & 0x3F) }
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                if leading, LineFeatures.isBullet(scalar) || scalar.isNewsmarkWhitespace {
                    index = end
                    continue
                }
                leading = false
                if scalar.isNewsmarkWhitespace {
                    if inWord { lowered.append(0x20) }
                    inWord = false
                    index = end
                    continue
                }
                if !inWord { words += 1 }
                inWord = true
                if value >= 0x2010 && value <= 0x205E {
                    lowered.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                } else {
                    lowered.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                }
                index = end
            }
            if lowered.last == 0x20 { lowered.removeLast() }
            // The phrase: without trailing `:` `.` `…` `»` `>` `›` `|` `-` `–` `—` and spaces.
            var phraseCount = lowered.count
            while phraseCount > 0 {
                let last = lowered[phraseCount - 1]
                if last == 0x3A || last == 0x2E || last == 0x3E || last == 0x7C || last == 0x2D || last == 0x20 {
                    phraseCount -= 1
                } else if phraseCount >= 2, last == 0xBB, lowered[phraseCount - 2] == 0xC2 {
                    phraseCount -= 2  // »
                } else if phraseCount >= 3, lowered[phraseCount - 3] == 0xE2, lowered[phraseCount - 2] == 0x80,
                          last == 0xA6 || last == 0xBA || last == 0x93 || last == 0x94 {
                    phraseCount -= 3  // … › – —
                } else {
                    break
                }
            }
            let normalized = String(decoding: lowered, as: UTF8.self)
            let phrase = phraseCount == lowered.count ? normalized : String(decoding: lowered[..<phraseCount], as: UTF8.self)
            return (normalized, phrase, words, scalars)
        }) else { return nil }
        normalized = made.0
        phrase = made.1
        wordCount = made.2
        length = made.3
        endsLikeSentence = LineFeatures.endsLikeSentence(text)
    }

    @inline(__always) private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// ``endsLikeSentence(_:)`` decided on the last bytes while they are ASCII, or `nil` when a non-ASCII
    /// character comes first.
    private static func asciiEndsLikeSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = bytes.count
        while index > 0 {
            index -= 1
            switch bytes[index] {
            case 0x22, 0x27, 0x29, 0x5D, 0x20, 0x09, 0x0A, 0x0D: continue  // " ' ) ] and white space
            case 0x2E, 0x21, 0x3F: return true  // . ! ?
            case 0x80...: return nil
            default: return false
            }
        }
        return false
    }

    /// Bullets and arrows that start list items in scraped pages.
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        "•·▪►▸*–—-»›>".unicodeScalars.contains(scalar)
    }

    /// Whether `text` ends in sentence punctuation (closing quotes and brackets after it allowed).
    static func endsLikeSentence(_ text: String) -> Bool {
        if let known = text.utf8.withContiguousStorageIfAvailable({ asciiEndsLikeSentence($0) }), let known {
            return known
        }
        for scalar in text.unicodeScalars.reversed() {
            if "\"'”’»)]".unicodeScalars.contains(scalar) || scalar.isNewsmarkWhitespace { continue }
            return ".!?…".unicodeScalars.contains(scalar)
        }
        return false
    }
}
