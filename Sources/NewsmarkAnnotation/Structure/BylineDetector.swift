/// Recognizes bylines: "By Jane Doe, Staff Writer", "By JANE DOE and JOHN ROE", "Jane Doe | Reuters",
/// "Written by Jane Doe", "Jane Doe, Moscow correspondent".
///
/// A byline is a short line (at most 25 words) that is one of:
/// - `By` (or `Written by`, `Words by`, `Story by`, `Reporting by`) followed by a name: two to five
///   capitalized words or initials, possibly with particles (`de`, `van`, `al-`);
/// - a name, a bar `|` and an outlet or role ("Jane Doe | Reuters");
/// - a name, a comma and a role that names a news job ("Jane Doe, Staff Writer").
/// It does not read like a sentence (a final period is allowed after at most ten words).
public enum BylineDetector {
    static let prefixes = ["by ", "written by ", "words by ", "story by ", "reporting by ", "reported by ", "text by "]

    /// Words that name a news job or desk in a byline's role part.
    static let roleWords: Set<String> = [
        "writer", "staff", "correspondent", "reporter", "editor", "contributor", "columnist", "bureau", "chief",
        "journalist", "analyst", "producer", "reporters", "correspondents", "writers", "editors", "desk", "news",
        "press", "service", "agency", "times", "post", "herald", "journal", "tribune", "associated", "reuters",
        "afp", "ap", "bloomberg", "upi", "dpa", "xinhua", "tass", "wire", "cnn", "bbc", "npr", "politico",
        "guardian", "axios", "usa", "today", "telegraph", "independent", "economist", "kyodo", "efe", "ansa",
    ]

    static let nameParticles: Set<String> = [
        "de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn",
        "and", "&", "y", "st.", "ter", "dos", "das",
    ]

    /// Whether `text` is a byline.
    public static func isByline(_ text: String) -> Bool {
        // The length tests first: they are cheap, and most paragraphs fail them before the words are split.
        guard text.utf8.count <= 1000, text.unicodeScalars.count <= 250 else { return false }
        let wordCount = Self.wordCount(text)
        guard wordCount > 0, wordCount <= 25 else { return false }
        if LineFeatures.endsLikeSentence(text) && (wordCount > 10 || text.hasSuffix("?") || text.hasSuffix("!")) {
            return false
        }
        // When every character is one scalar, the prefix test and the searches below run on bytes.
        let simple = SimpleCharacters.hold(in: text)
        if simple {
            for prefix in prefixes where startsWithASCIIIgnoringCase(text, prefix) {
                let rest = text.dropFirst(prefix.count)
                return startsWithName(rest, minimumWords: prefix == "by " ? 2 : 1)
            }
        } else {
            let lower = text.lowercased()
            for prefix in prefixes where lower.hasPrefix(prefix) {
                let rest = text.dropFirst(prefix.count)
                return startsWithName(rest, minimumWords: prefix == "by " ? 2 : 1)
            }
        }
        if let bar = simple ? text.utf8.firstIndex(of: UInt8(ascii: "|")) : text.firstIndex(of: "|") {
            let name = text[..<bar]
            let after = text[text.index(after: bar)...].trimmingNewsmarkWhitespace()
            return isName(name.trimmingNewsmarkWhitespace()) && !after.isEmpty && after.split(separator: " ").count <= 6
        }
        if let comma = simple ? text.utf8.firstIndex(of: UInt8(ascii: ",")) : text.firstIndex(of: ",") {
            let name = text[..<comma].trimmingNewsmarkWhitespace()
            // The role is read only when a name comes first (the answer is the same).
            guard isName(name) else { return false }
            let role = text[text.index(after: comma)...].lowercased()
            let roleTokens = role.split(whereSeparator: { !$0.isLetter })
            return roleTokens.count <= 6 && roleTokens.contains { roleWords.contains(String($0)) }
        }
        return false
    }

    /// Whether `text` starts with `prefix` (lower-case ASCII) ignoring the case of ASCII letters, for text
    /// whose characters are its scalars (``SimpleCharacters``): `text.lowercased().hasPrefix(prefix)`.
    /// No other scalar of such text lower-cases to an ASCII one, and what follows the prefix cannot join
    /// its last character.
    static func startsWithASCIIIgnoringCase(_ text: String, _ prefix: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = bytes.next() else { return false }
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lowered != expected { return false }
        }
        return true
    }

    /// The number of words of `text` split at spaces, tabs and no-break spaces (as characters: a space that
    /// a combining mark follows is no separator). ASCII text, where characters are bytes, is counted on its
    /// bytes.
    static func wordCount(_ text: String) -> Int {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                let separator = byte == 0x20 || byte == 0x09
                if !separator, !inWord { words += 1 }
                inWord = !separator
            }
            return words
        }
        if let ascii, let words = ascii { return words }
        if SimpleCharacters.hold(in: text) {
            var words = 0
            var inWord = false
            for scalar in text.unicodeScalars {
                let separator = scalar == " " || scalar == "\t" || scalar == "\u{A0}"
                if !separator, !inWord { words += 1 }
                inWord = !separator
            }
            return words
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).count
    }

    /// Whether `text` starts with a name of at least `minimumWords` words (up to a comma, bar, " and " or the end).
    static func startsWithName(_ text: Substring, minimumWords: Int) -> Bool {
        var nameWords = 0
        for word in text.split(separator: " ") {
            var bare = word
            var endsName = false
            if bare.hasSuffix(",") || bare.hasSuffix(";") {
                bare = bare.dropLast()
                endsName = true
            }
            if bare == "|" { break }
            let lowered = bare.lowercased()
            if nameParticles.contains(lowered) || lowered.hasPrefix("al-") || lowered.hasPrefix("el-") {
                if lowered == "and" || lowered == "&" {
                    if nameWords >= minimumWords { return true }
                    return false
                }
                continue
            }
            guard isNameWord(bare) else { break }
            nameWords += 1
            if endsName || nameWords > 5 { break }
        }
        return nameWords >= minimumWords && nameWords <= 6
    }

    /// A name of two to five words ("Jane Doe", "JANE DOE", "Jean-Luc de la Tour").
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...6).contains(words.count) else { return false }
        var nameWords = 0
        for word in words {
            if nameParticles.contains(word.lowercased()) { continue }
            guard isNameWord(word) else { return false }
            nameWords += 1
        }
        return nameWords >= 2
    }

    /// A capitalized word or an initial: "Jane", "DOE", "O'Neill", "J.", "Jean-Luc".
    static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first, first.isNewsmarkUppercase else { return false }
        return word.unicodeScalars.allSatisfy { Tokenizer.isLetter($0) || Tokenizer.isMark($0) || ".-'’".unicodeScalars.contains($0) }
    }
}
