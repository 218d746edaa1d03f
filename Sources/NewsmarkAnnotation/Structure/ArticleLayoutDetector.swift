import NewsmarkModel

/// Finds the headline, sub-headlines, bylines and dateline of an article from its paragraphs.
///
/// The *header* is what comes before the first body paragraph:
/// 1. **Headline**: the first paragraph, when there are at least two, it is not a byline or a dateline
///    paragraph, it has at most 30 words and 250 code points, and it does not end with a period or with a
///    lower-case function word ("of", "the": a sentence broken in two). One ending with a period is a
///    headline when it is one sentence in title case, or one sentence of at most 16 words followed by a
///    paragraph at least twice as long.
/// 2. Then, while in the header (at most ``headerLimit`` paragraphs): a **byline**
///    (``BylineDetector``), a **dateline standing alone** (`.dateline`), or a **date line**
///    ("May 20, 1998", "Updated: 20 May 1998", kept with the byline role as publication information).
/// 3. **Sub-headlines**: at most two paragraphs of at most 60 words between the headline and a later byline,
///    date line or dateline; or, when no such marker follows, the paragraph right after the headline if it
///    has at most 40 words and does not end like a sentence. Without a headline, a first paragraph of at
///    most 30 words that such a marker follows is the headline (it ended with a period).
/// 4. **Body**: everything else. A dateline at the start of the first body paragraph
///    (``DatelineParser``) is recorded inline.
public enum ArticleLayoutDetector {
    /// How many paragraphs after the headline can belong to the header.
    public static let headerLimit = 6

    /// The layout of `paragraphs` (their texts, in order).
    public static func detect(_ paragraphs: [String]) -> ArticleLayout {
        var roles = [BlockRole](repeating: .body, count: paragraphs.count)
        var layout = ArticleLayout(roles: roles)
        guard !paragraphs.isEmpty else { return layout }

        // The header's paragraphs, each analysed at most once.
        var facts = paragraphs.prefix(headerLimit + 1).map(HeaderParagraphFacts.init)
        var index = 0
        if paragraphs.count >= 2, isHeadline(&facts[0]) || isHeadlineWithPeriod(&facts[0], next: paragraphs[1]) {
            roles[0] = .headline
            index = 1
        }
        // The header: markers (bylines, standalone datelines, date lines) and the plain paragraphs before them.
        var plain: [Int] = []
        var lastMarker = -1
        var scan = index
        while scan < paragraphs.count, scan < index + headerLimit {
            let text = paragraphs[scan]
            let dateline = facts[scan].dateline()
            if let dateline, dateline.standsAlone, layout.dateline == nil {
                roles[scan] = .dateline
                layout.dateline = dateline
                layout.datelineParagraph = scan
            } else if facts[scan].isByline() {
                roles[scan] = .byline
                if layout.bylineSource == nil { layout.bylineSource = bylineSource(text) }
            } else if let date = facts[scan].headerDate() {
                roles[scan] = .byline
                if layout.headerDate == nil { layout.headerDate = date }
            } else if let dateline, layout.dateline == nil, isBodyStart(text, dateline) {
                layout.dateline = dateline
                layout.datelineParagraph = scan
                break
            } else {
                // A plain paragraph: after a marker, or long, or the third one, it starts the body.
                if lastMarker >= 0 || plain.count == 2 || text.utf8.count > 1000 || facts[scan].features().wordCount > 60 { break }
                plain.append(scan)
                scan += 1
                continue
            }
            lastMarker = scan
            scan += 1
        }
        let headerBound = max(lastMarker, layout.datelineParagraph ?? -1)
        let heads = plain.filter { $0 < headerBound }
        if roles.first == .headline {
            for i in heads { roles[i] = .subheadline }
            if heads.isEmpty, paragraphs.count >= 3, roles[1] == .body, layout.datelineParagraph != 1,
               isDeck(paragraphs[1]) {
                roles[1] = .subheadline
            }
        } else if let first = heads.first, first == 0, facts[0].features().wordCount <= 30 {
            // No headline by the usual test (it ends with a period), but a byline or dateline follows it.
            roles[0] = .headline
            for i in heads.dropFirst() { roles[i] = .subheadline }
        }
        layout.roles = roles
        return layout
    }

    /// A headline: short, not ending with a period, and not a byline or a dateline paragraph.
    static func isHeadline(_ text: String) -> Bool {
        var facts = HeaderParagraphFacts(text)
        return isHeadline(&facts)
    }

    /// ``isHeadline(_:)`` on a paragraph's facts, which keep what it works out for the tests that follow.
    static func isHeadline(_ facts: inout HeaderParagraphFacts) -> Bool {
        let text = facts.text
        guard text.utf8.count <= 1000 else { return false }
        let features = facts.features()
        guard features.wordCount <= 30, features.length <= 250 else { return false }
        if facts.isByline() { return false }
        if let dateline = facts.dateline(), dateline.standsAlone || isBodyStart(text, dateline) { return false }
        if facts.headerDate() != nil { return false }
        return !endsWithPeriod(text) && !endsWithFunctionWord(text)
    }

    /// A headline that ends with a period (some sites and corpora add one): a single sentence in title case
    /// ("Here Is What We Know About The Storm."), or a single sentence of at most 16 words followed by a
    /// paragraph at least twice as long.
    static func isHeadlineWithPeriod(_ text: String, next: String) -> Bool {
        var facts = HeaderParagraphFacts(text)
        return isHeadlineWithPeriod(&facts, next: next)
    }

    /// ``isHeadlineWithPeriod(_:next:)`` on a paragraph's facts.
    static func isHeadlineWithPeriod(_ facts: inout HeaderParagraphFacts, next: String) -> Bool {
        let text = facts.text
        guard text.utf8.count <= 1000, endsWithPeriod(text), !facts.isByline() else { return false }
        let words = text.split(separator: " ")
        guard words.count >= 3, words.count <= 30 else { return false }
        // One sentence: no ". " followed by a capital inside.
        let scalars = Array(text.unicodeScalars)
        for i in 1..<max(1, scalars.count - 2) where scalars[i] == "." && scalars[i + 1] == " "
            && scalars[i + 2].isNewsmarkUppercase && !scalars[i - 1].isNewsmarkUppercase {
            return false
        }
        if let dateline = facts.dateline(), dateline.standsAlone || isBodyStart(text, dateline) { return false }
        let longWords = words.filter { $0.unicodeScalars.filter(Tokenizer.isLetter).count >= 4 }
        let capitalized = longWords.filter { $0.unicodeScalars.first?.isNewsmarkUppercase == true }
        if longWords.count >= 3, capitalized.count * 10 >= longWords.count * 8 { return true }
        guard words.count <= 16, next.utf8.count <= 100_000 else { return false }
        return next.split(separator: " ").count >= 2 * words.count
    }

    /// Whether a dateline match opens a body paragraph (text follows, and it reads like a sentence when the
    /// separator is a colon: "NEW DELHI: The government said …").
    static func isBodyStart(_ text: String, _ dateline: DatelineMatch) -> Bool {
        guard !dateline.standsAlone else { return false }
        let scalars = Array(text.unicodeScalars.prefix(dateline.span.end))
        if scalars.last == ":" {
            return LineFeatures.endsLikeSentence(text) && text.split(separator: " ", maxSplits: 8).count > 8
        }
        return true
    }

    /// A deck (sub-headline without markers): at most 40 words, not ending like a sentence.
    static func isDeck(_ text: String) -> Bool {
        guard text.utf8.count <= 1000 else { return false }
        let features = LineFeatures(text)
        return features.wordCount <= 40 && !features.endsLikeSentence
    }

    /// A line that is a date, or a publication stamp with a date: "May 20, 1998", "Published: 20 May 1998",
    /// "Updated 20 May 1998, 14:30".
    static func headerDate(_ text: String) -> CalendarDate? {
        // Every date DateTextParser reads has an ASCII digit (a day, a year or a numeric date).
        guard text.utf8.count <= 320, text.utf8.contains(where: { $0 &- 0x30 < 10 }), text.unicodeScalars.count <= 80 else {
            return nil
        }
        var rest = Substring(text)
        for prefix in ["Published:", "Published on", "Published", "Updated:", "Updated on", "Updated", "Posted:",
                       "Posted on", "Posted", "Last updated:", "Last updated", "Date:", "First published on",
                       "First published"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        // Drop a time after the date ("…, 14:30 GMT", "… 2:30 PM ET").
        let words = rest.split(separator: " ")
        for count in stride(from: min(words.count, 5), through: 2, by: -1) {
            let candidate = words.prefix(count).joined(separator: " ")
            if let date = DateTextParser.parse(candidate) {
                let tail = words.dropFirst(count)
                if tail.isEmpty || tail.allSatisfy(isTimeWord) { return date }
            }
        }
        if words.count == 1 { return DateTextParser.parse(String(words[0])) }
        return nil
    }

    static func isTimeWord(_ word: Substring) -> Bool {
        let lower = word.lowercased().trimmingCharacters(in: ",.()")
        if ["am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt", "ct",
            "cdt", "msk", "ist", "jst", "at", "|", "-", "—", "–", ""].contains(lower) { return true }
        return lower.unicodeScalars.allSatisfy { Tokenizer.isDigit($0) || $0 == ":" || $0 == "." }
            || (lower.hasSuffix("am") || lower.hasSuffix("pm")) && lower.dropLast(2).allSatisfy { $0.isNumber || $0 == ":" }
    }

    /// Words a headline does not end with; a first line ending in one is a sentence broken in two.
    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that",
        "which", "who", "is", "are", "was", "were", "has", "have", "had", "will", "would", "its", "their", "his", "her",
    ]

    static func endsWithFunctionWord(_ text: String) -> Bool {
        if SimpleCharacters.hold(in: text) {
            // The last word between spaces, found from the end on bytes.
            let utf8 = text.utf8
            var end = utf8.endIndex
            while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
            guard end > utf8.startIndex else { return false }
            var start = end
            while start > utf8.startIndex, utf8[utf8.index(before: start)] != 0x20 { start = utf8.index(before: start) }
            // Function words are at most five letters.
            guard utf8.distance(from: start, to: end) <= 5 else { return false }
            return functionWords.contains(String(text[start..<end]))
        }
        guard let last = text.split(separator: " ").last else { return false }
        return functionWords.contains(String(last))
    }

    static func endsWithPeriod(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            if "\"'”’)]".unicodeScalars.contains(scalar) || scalar.isNewsmarkWhitespace { continue }
            return scalar == "."
        }
        return false
    }

    /// "Jane Doe | Reuters" → "Reuters".
    static func bylineSource(_ text: String) -> String? {
        guard let bar = text.lastIndex(of: "|") else { return nil }
        let source = text[text.index(after: bar)...].trimmingNewsmarkWhitespace()
        guard !source.isEmpty, source.split(separator: " ").count <= 4, headerDate(source) == nil else { return nil }
        return source
    }
}

extension StringProtocol {
    /// The string without the given characters at either end.
    func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, set.unicodeScalars.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.unicodeScalars.contains(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
