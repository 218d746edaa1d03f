/// Which words of an article occur in lower case, and which are capitalized inside a sentence: a
/// capitalized word at a sentence start whose lower-case form also occurs is a common word, not a name,
/// unless the article also capitalizes it where only names are capitalized ("Al From").
///
/// An article asks about a handful of words, so the first few are answered by one pass over the tokens
/// each, comparing only tokens of the word's length; after ``scanLimit`` words the index of every word's
/// hash is built once and answers the rest. Both answer alike: a token matches a word when its scalars,
/// lower-cased one by one as ``QuoteTokenReader/lowerHash(of:in:)`` does, are the word's scalars.
final class CommonWordIndex {
    private let reader: QuoteTokenReader
    /// Answers found by single-word passes, by word hash: bit 0 for "occurs in lower case", bit 1 for
    /// "capitalized inside a sentence".
    private var answers = PackedKeyMap()
    /// How many single-word passes were made.
    private var scans = 0
    /// Hashes of the lower-case words, and of the capitalized words seen inside a sentence (built once the
    /// single-word passes would cost more).
    private var index: (lower: QuoteHashSet, capitalizedInside: QuoteHashSet)?

    /// How many distinct words are answered by a pass of their own before the whole index is built (a pass
    /// costs a few instructions per token, the index some hundred).
    static let scanLimit = 6

    init(reader: QuoteTokenReader) { self.reader = reader }

    /// Whether the word occurs in lower case and never capitalized inside a sentence (where only names are).
    func contains(_ lower: String) -> Bool {
        let found = facts(lower)
        return found.occursInLowerCase && !found.capitalizedInside
    }

    /// Whether the word is capitalized somewhere inside a sentence, where only names are ("Al From").
    func isCapitalizedInside(_ lower: String) -> Bool { facts(lower).capitalizedInside }

    /// What the article says of a word in lower case.
    func facts(_ lower: String) -> (occursInLowerCase: Bool, capitalizedInside: Bool) {
        let hash = QuoteTokenReader.hash(ofLowercased: lower)
        if let index { return (index.lower.contains(hash), index.capitalizedInside.contains(hash)) }
        if let known = answers[hash] { return (known & 1 != 0, known & 2 != 0) }
        if scans >= Self.scanLimit {
            let built = Self.buildIndex(reader)
            index = built
            return (built.lower.contains(hash), built.capitalizedInside.contains(hash))
        }
        scans += 1
        let found = Self.scan(for: lower, reader)
        answers.set(hash, (found.occursInLowerCase ? 1 : 0) | (found.capitalizedInside ? 2 : 0))
        return found
    }

    /// One pass over the tokens for one word.
    static func scan(for word: String, _ reader: QuoteTokenReader) -> (occursInLowerCase: Bool, capitalizedInside: Bool) {
        let target = Array(word.unicodeScalars)
        let length = target.count
        var occursInLowerCase = false
        var capitalizedInside = false
        reader.tokens.withUnsafeBufferPointer { tokens in
            reader.analysis.text.scalars.withUnsafeBufferPointer { scalars in
                for i in 0..<tokens.count {
                    let token = tokens[i]
                    let span = token.span
                    let start = span.start
                    // The scalars `lowerHash(of:in:)` reads: from the start up to the end or the text's end.
                    guard min(span.end, scalars.count) - start == length, token.kind == .word, start >= 0,
                        start < scalars.count else { continue }
                    var k = 0
                    while k < length {
                        let c = scalars[start + k]
                        let v = c.value < 0x80 ? (c.value >= 0x41 && c.value <= 0x5A ? c.value | 0x20 : c.value)
                            : (c.properties.lowercaseMapping.unicodeScalars.first?.value ?? c.value)
                        if v != target[k].value { break }
                        k += 1
                    }
                    guard k == length else { continue }
                    let c = scalars[start]
                    if c.isNewsmarkLowercase {
                        occursInLowerCase = true
                    } else if !capitalizedInside, isCapitalizedInside(i, tokens: tokens, scalars: scalars) {
                        capitalizedInside = true
                    }
                    if occursInLowerCase && capitalizedInside { return }
                }
            }
        }
        return (occursInLowerCase, capitalizedInside)
    }

    /// The index of every word's hash (the reader's tests inlined over the token and scalar buffers).
    static func buildIndex(_ reader: QuoteTokenReader) -> (lower: QuoteHashSet, capitalizedInside: QuoteHashSet) {
        var lower = QuoteHashSet(minimumCapacity: reader.count / 4)
        var inside = QuoteHashSet()
        reader.tokens.withUnsafeBufferPointer { tokens in
            reader.analysis.text.scalars.withUnsafeBufferPointer { scalars in
                for i in 0..<tokens.count {
                    let token = tokens[i]
                    let start = token.span.start
                    guard token.kind == .word, start >= 0, start < scalars.count else { continue }
                    if scalars[start].isNewsmarkLowercase {
                        lower.insert(QuoteTokenReader.lowerHash(of: token.span, in: scalars))
                    } else if isCapitalizedInside(i, tokens: tokens, scalars: scalars) {
                        inside.insert(QuoteTokenReader.lowerHash(of: token.span, in: scalars))
                    }
                }
            }
        }
        return (lower, inside)
    }

    /// For a word token `i` that does not start in lower case: whether it starts with a capital after a word
    /// or comma on the same line (`isCapitalized(i)` after `isWord(i - 1) || isComma(i - 1)`, `isSameLine(i - 1)`).
    @inline(__always)
    private static func isCapitalizedInside(
        _ i: Int, tokens: UnsafeBufferPointer<Token>, scalars: UnsafeBufferPointer<Unicode.Scalar>
    ) -> Bool {
        let start = tokens[i].span.start
        guard i > 0, scalars[start].isNewsmarkUppercase else { return false }
        let previous = tokens[i - 1]
        let previousStart = previous.span.start
        guard previous.kind == .word
            || previous.span.length == 1 && previousStart >= 0 && previousStart < scalars.count
            && scalars[previousStart] == "," else { return false }
        var k = previous.span.end
        while k < start {
            if k >= 0, k < scalars.count, scalars[k] == "\n" || scalars[k] == "\r" { return false }
            k += 1
        }
        return true
    }
}
