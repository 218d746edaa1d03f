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
        if let ascii = LineFeatures(ascii: text) {
            self = ascii
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

    /// The features of an all-ASCII line, computed on its bytes (the same values the scalar loop gives:
    /// for ASCII a scalar is a byte), or `nil` when the line has a non-ASCII character.
    private init?(ascii text: String) {
        var text = text
        let made = text.withUTF8 { bytes -> (String, String, Int, Bool)? in
            for byte in bytes where byte >= 0x80 { return nil }
            var words = 0
            var inWord = false
            var index = 0
            // Leading bullets (`*` `-` `>` in ASCII) and white space.
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x2A || byte == 0x2D || byte == 0x3E || Self.isASCIIWhitespace(byte) else { break }
                index += 1
            }
            var loweredCount = 0
            let normalized = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    if Self.isASCIIWhitespace(byte) {
                        if inWord {
                            buffer[loweredCount] = 0x20
                            loweredCount += 1
                        }
                        inWord = false
                        continue
                    }
                    if !inWord { words += 1 }
                    inWord = true
                    buffer[loweredCount] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    loweredCount += 1
                }
                if loweredCount > 0, buffer[loweredCount - 1] == 0x20 { loweredCount -= 1 }
                return loweredCount
            }
            // The phrase: without trailing `:` `.` `>` `|` `-` and spaces (the ASCII ones of the set).
            var phraseCount = loweredCount
            var phrase = normalized
            phrase.withUTF8 { lowered in
                while phraseCount > 0 {
                    let last = lowered[phraseCount - 1]
                    guard last == 0x3A || last == 0x2E || last == 0x3E || last == 0x7C || last == 0x2D || last == 0x20 else { break }
                    phraseCount -= 1
                }
            }
            if phraseCount < loweredCount {
                phrase = String(decoding: phrase.utf8.prefix(phraseCount), as: UTF8.self)
            }
            return (normalized, phrase, words, Self.asciiEndsLikeSentence(bytes) ?? false)
        }
        guard let (normalized, phrase, words, endsLikeSentence) = made else { return nil }
        self.normalized = normalized
        self.phrase = phrase
        wordCount = words
        length = text.utf8.count
        self.endsLikeSentence = endsLikeSentence
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
