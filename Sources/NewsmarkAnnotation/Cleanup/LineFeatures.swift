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

    /// Bullets and arrows that start list items in scraped pages.
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        "•·▪►▸*–—-»›>".unicodeScalars.contains(scalar)
    }

    /// Whether `text` ends in sentence punctuation (closing quotes and brackets after it allowed).
    static func endsLikeSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            if "\"'”’»)]".unicodeScalars.contains(scalar) || scalar.isNewsmarkWhitespace { continue }
            return ".!?…".unicodeScalars.contains(scalar)
        }
        return false
    }
}
