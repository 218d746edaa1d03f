import NewsmarkModel

/// A dateline found at the start of a paragraph. Offsets are code points from the paragraph's start.
public struct DatelineMatch: Hashable, Sendable {
    /// The whole dateline, its closing dash or colon included ("Prague, 20 May 1998 (RFE/RL) --").
    public var span: TextSpan
    /// The place ("Prague", "NEW DELHI, India"), if any.
    public var place: TextSpan?
    /// The date's text ("20 May 1998"), if any.
    public var dateSpan: TextSpan?
    /// The date, if any (its year may be missing: "March 3").
    public var date: CalendarDate?
    /// The agency or source inside the parentheses ("RFE/RL"), if any.
    public var source: TextSpan?
    /// Whether nothing follows the dateline in the paragraph.
    public var standsAlone: Bool
}

/// Recognizes news datelines at the start of a paragraph:
///
/// `PLACE[, REGION…][, DATE][ (AGENCY)] SEPARATOR` — "Prague, 20 May 1998 (RFE/RL) --", "WASHINGTON (AP) —",
/// and, alone on a line, `PLACE[, REGION…] DATE` with a year ("LONDON 1996-08-30");
/// "LONDON, March 3 (Reuters) -", "NEW DELHI, India —", "BERLIN —", "PARIS, Jan. 5 (AFP) –",
/// "BEIJING, Tuesday, May 20 —", "(Reuters) -".
///
/// The separator is `--`, `—`, `–`, `―` or `-` with white space before it (an em dash may touch the
/// place or the agency: "BERLIN—", "(AP)--"), followed by white space or the paragraph's end; or the
/// underscore old wire copy uses for a dash ("MOSCOW (AP)_ The mayor …", "NAIROBI, Kenya (AP) _"); or a colon after an all-capitals
/// place ("NEW DELHI:"). The place is one to four comma-separated parts of at most five capitalized words
/// each, without digits. To tell a dateline from a sentence that starts with a name and a dash, a
/// title-case place needs a date or an agency; an all-capitals place stands alone.
public enum DatelineParser {
    /// How far into a paragraph a dateline's separator may lie (code points).
    static let maximumLength = 140

    /// The dateline at the start of `text`, if any.
    public static func parse(_ text: String) -> DatelineMatch? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(maximumLength + 4)
        var truncated = false
        for scalar in text.unicodeScalars {
            if scalars.count == maximumLength + 2 {
                truncated = true
                break
            }
            scalars.append(scalar)
        }
        guard let separator = findSeparator(scalars) else {
            return truncated ? nil : datedPlaceLine(scalars)
        }
        let headEnd = trimBack(scalars, from: 0, to: separator.start)
        guard headEnd > 0, let head = parseHead(scalars, end: headEnd) else { return nil }
        if separator.isColon, !head.placeIsAllCaps || head.source != nil || head.date != nil { return nil }
        if !head.placeIsAllCaps, head.date == nil, head.source == nil { return nil }
        if separator.isTouching, !head.placeIsAllCaps, head.source == nil { return nil }
        let standsAlone = !truncated && scalars[separator.end...].allSatisfy(\.isNewsmarkWhitespace)
        // "SOCCER - JAPAN GET LUCKY WIN": a headline in capitals with a dash, not a dateline.
        if !standsAlone, startsWithCapitalsWords(scalars, from: separator.end) { return nil }
        // "ANALYSIS: A ‘Quiet Swing’ In The Suburbs": a label and a title, not "NEW DELHI: The government said".
        if separator.isColon, lowercaseWords(scalars, from: separator.end, among: 4) < 2 { return nil }
        return DatelineMatch(span: TextSpan(start: 0, end: separator.end), place: head.place, dateSpan: head.dateSpan,
                             date: head.date, source: head.source, standsAlone: standsAlone)
    }

    /// A line that is a place and a dated day and nothing else, as wire archives set the dateline
    /// ("LONDON 1996-08-30", "ANKARA, Turkey, 20 May 1998"): the date must have a year, the place must start
    /// in capitals.
    static func datedPlaceLine(_ s: [Unicode.Scalar]) -> DatelineMatch? {
        let end = trimBack(s, from: 0, to: s.count)
        guard end > 0, end <= 80 else { return nil }
        // The date must have a year: without an ASCII digit there is none to find.
        guard s[0..<end].contains(where: { $0.value &- 0x30 < 10 }) else { return nil }
        // Try the last one, two, three or four words as the date.
        var boundaries: [Int] = []
        var i = end
        while i > 0, boundaries.count < 4 {
            i -= 1
            if s[i].isNewsmarkWhitespace { boundaries.append(i + 1) }
        }
        for dateStart in boundaries.reversed() {
            let dateSpan = TextSpan(start: dateStart, end: end)
            guard let date = DateTextParser.parse(string(s, dateSpan)), date.year != nil else { continue }
            var placeEnd = trimBack(s, from: 0, to: dateStart)
            if placeEnd > 0, s[placeEnd - 1] == "," { placeEnd = trimBack(s, from: 0, to: placeEnd - 1) }
            guard placeEnd > 0, let head = parseHead(s, end: placeEnd), head.placeIsAllCaps, head.date == nil,
                  head.source == nil, let place = head.place else { continue }
            return DatelineMatch(span: TextSpan(start: 0, end: end), place: place, dateSpan: dateSpan, date: date,
                                 source: nil, standsAlone: true)
        }
        return nil
    }

    /// Whether `text` is a dateline and nothing else ("WASHINGTON (AP) —").
    public static func isStandaloneDateline(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= maximumLength else { return false }
        return parse(text)?.standsAlone == true
    }

    // MARK: - Separator

    struct Separator {
        var start: Int
        var end: Int
        var isColon: Bool
        var isTouching: Bool
    }

    /// The first dash separator (or colon) within ``maximumLength``.
    static func findSeparator(_ s: [Unicode.Scalar]) -> Separator? {
        let limit = min(s.count, maximumLength)
        var i = 1
        while i < limit {
            let c = s[i]
            // Wire services long set the dash as an underscore: "MOSCOW (AP)_ The mayor …", "(AP) _".
            if c == "_", i + 1 >= s.count || s[i + 1].isNewsmarkWhitespace {
                if s[i - 1].isNewsmarkWhitespace { return Separator(start: i, end: i + 1, isColon: false, isTouching: false) }
                if s[i - 1] == ")" || s[i - 1].isNewsmarkUppercase {
                    return Separator(start: i, end: i + 1, isColon: false, isTouching: true)
                }
            }
            let isDash = c == "—" || c == "–" || c == "―" || c == "-"
            if isDash || c == ":" {
                var end = i + 1
                if c == "-", end < s.count, s[end] == "-" { end += 1 }  // "--"
                let spaceBefore = s[i - 1].isNewsmarkWhitespace
                let spaceAfter = end >= s.count || s[end].isNewsmarkWhitespace
                if c == ":" {
                    if spaceAfter { return Separator(start: i, end: end, isColon: true, isTouching: false) }
                } else if spaceBefore && spaceAfter {
                    return Separator(start: i, end: end, isColon: false, isTouching: false)
                } else if !spaceBefore, s[i - 1].isNewsmarkUppercase || s[i - 1] == ")",
                          c == "—" || (end - i == 2 && spaceAfter) {
                    // "BERLIN—The …", "(AP)—", "(AP)-- The …".
                    return Separator(start: i, end: end, isColon: false, isTouching: true)
                }
                // A hyphen inside a word ("NATO-Russia") or a dash not set off: not a separator here.
                if c == "-" && !spaceBefore { i = end; continue }
            }
            // A sentence end before any separator: no dateline.
            if c == "." && i + 1 < s.count && s[i + 1].isNewsmarkWhitespace && i >= 2
                && s[i - 1].isNewsmarkLowercase && s[i - 2].isNewsmarkLowercase {
                let word = lastWord(s, before: i)
                if DateTextParser.months[word] == nil && DateTextParser.weekdays.contains(word) == false { return nil }
            }
            i += 1
        }
        return nil
    }

    /// How many of the first `limit` words from `start` begin with a lower-case letter.
    static func lowercaseWords(_ s: [Unicode.Scalar], from start: Int, among limit: Int) -> Int {
        var words = 0
        var lowercase = 0
        var atWordStart = true
        var i = start
        while i < s.count, words < limit {
            let c = s[i]
            if c.isNewsmarkWhitespace {
                atWordStart = true
            } else if atWordStart, Tokenizer.isLetter(c) {
                words += 1
                if c.isNewsmarkLowercase { lowercase += 1 }
                atWordStart = false
            }
            i += 1
        }
        return lowercase
    }

    /// Whether the first three words from `start` are all in capitals (at least two letters each).
    static func startsWithCapitalsWords(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        var words = 0
        var letters = 0
        var i = start
        while i < s.count, words < 3 {
            let c = s[i]
            if c.isNewsmarkWhitespace {
                if letters > 0 {
                    if letters < 2 { return false }
                    words += 1
                }
                letters = 0
            } else if Tokenizer.isLetter(c) {
                if c.isNewsmarkLowercase { return false }
                letters += 1
            }
            i += 1
        }
        return words >= 3
    }

    static func lastWord(_ s: [Unicode.Scalar], before end: Int) -> String {
        var start = end
        while start > 0, Tokenizer.isLetter(s[start - 1]) { start -= 1 }
        return String(String.UnicodeScalarView(s[start..<end])).lowercased()
    }

    // MARK: - Head: place, date, agency

    struct Head {
        var place: TextSpan?
        var placeIsAllCaps: Bool
        var date: CalendarDate?
        var dateSpan: TextSpan?
        var source: TextSpan?
    }

    static func parseHead(_ s: [Unicode.Scalar], end headEnd: Int) -> Head? {
        var end = headEnd
        var source: TextSpan?
        // "(AGENCY)" at the end.
        if s[end - 1] == ")" {
            guard let open = s[0..<(end - 1)].lastIndex(of: "(") else { return nil }
            let inner = trimmedSpan(s, from: open + 1, to: end - 1)
            guard isAgency(s, inner) else { return nil }
            source = inner
            end = trimBack(s, from: 0, to: open)
            if end > 0, s[end - 1] == "," { end = trimBack(s, from: 0, to: end - 1) }
        }
        if end == 0 {
            // "(Reuters) -": a source and no place.
            guard source != nil else { return nil }
            return Head(place: nil, placeIsAllCaps: false, date: nil, dateSpan: nil, source: source)
        }
        // Comma-separated parts.
        var parts: [TextSpan] = []
        var partStart = 0
        for i in 0..<end where s[i] == "," {
            parts.append(trimmedSpan(s, from: partStart, to: i))
            partStart = i + 1
        }
        parts.append(trimmedSpan(s, from: partStart, to: end))
        guard parts.count <= 6, parts.allSatisfy({ !$0.isEmpty }) else { return nil }

        // The date: the longest run of final parts that parses as one (at least one part left for the place).
        var date: CalendarDate?
        var dateSpan: TextSpan?
        var placeParts = parts.count
        for first in 1..<max(parts.count, 1) {
            let span = TextSpan(start: parts[first].start, end: parts[parts.count - 1].end)
            if let parsed = DateTextParser.parse(string(s, span)) {
                date = parsed
                dateSpan = span
                placeParts = first
                break
            }
        }
        guard placeParts >= 1, placeParts <= 4 else { return nil }
        for index in 0..<placeParts where !isPlacePart(s, parts[index]) { return nil }
        let place = TextSpan(start: parts[0].start, end: parts[placeParts - 1].end)
        return Head(place: place, placeIsAllCaps: isAllCaps(s, parts[0]), date: date, dateSpan: dateSpan, source: source)
    }

    /// A place part: one to five words, each starting with a capital letter (or a lower-case particle such
    /// as "de", "al-", "upon" inside), no digits.
    static func isPlacePart(_ s: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        guard span.length >= 2, span.length <= 40 else { return false }
        let words = string(s, span).split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        let particles: Set<String> = ["de", "del", "da", "do", "dos", "di", "du", "la", "le", "les", "el", "al", "upon",
                                      "on", "sur", "am", "an", "der", "den", "of", "es", "y", "van", "von", "bin"]
        for (index, word) in words.enumerated() {
            guard let first = word.unicodeScalars.first else { return false }
            if word.unicodeScalars.contains(where: { Tokenizer.isDigit($0) }) { return false }
            guard word.unicodeScalars.allSatisfy({ Tokenizer.isLetter($0) || Tokenizer.isMark($0) || ".-'’".unicodeScalars.contains($0) })
            else { return false }
            if first.isNewsmarkUppercase { continue }
            let bare = word.lowercased().split(separator: "-").first.map(String.init) ?? ""
            if index > 0 || word.contains("-"), particles.contains(bare) { continue }
            return false
        }
        return true
    }

    /// An agency: one to four words of letters, digits, `/`, `-`, `.`, `&`, `'`, starting with a capital.
    static func isAgency(_ s: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        guard span.length >= 2, span.length <= 40, s[span.start].isNewsmarkUppercase else { return false }
        let text = string(s, span)
        guard text.split(separator: " ").count <= 4 else { return false }
        return text.unicodeScalars.allSatisfy {
            Tokenizer.isLetter($0) || Tokenizer.isDigit($0) || " /-.&'’".unicodeScalars.contains($0)
        }
    }

    /// Whether every letter of the span is upper case (and there are at least two).
    static func isAllCaps(_ s: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        var letters = 0
        for i in span.start..<span.end where Tokenizer.isLetter(s[i]) {
            guard !s[i].isNewsmarkLowercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    static func string(_ s: [Unicode.Scalar], _ span: TextSpan) -> String {
        String(String.UnicodeScalarView(s[span.start..<span.end]))
    }

    /// The span `start..<end` without white space at either end (empty when it is all white space).
    static func trimmedSpan(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> TextSpan {
        let lower = trimFront(s, from: start, to: end)
        return TextSpan(start: lower, end: max(lower, trimBack(s, from: lower, to: end)))
    }

    static func trimFront(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var i = start
        while i < end, s[i].isNewsmarkWhitespace { i += 1 }
        return i
    }

    static func trimBack(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var i = end
        while i > start, s[i - 1].isNewsmarkWhitespace { i -= 1 }
        return i
    }
}
