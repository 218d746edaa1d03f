/// What a relative date expression ("yesterday", "last week", "on Tuesday", "three days ago") says about
/// its value in terms of its anchor day, read from the expression's words (English).
enum RelativeExpression: Hashable, Sendable {
    /// The value is the anchor day shifted by `days` ("today" 0, "yesterday" −1, "two days ago" −2).
    case dayOffset(Int, phrase: String)
    /// The value is the `unit` containing the anchor, shifted by `offset` ("last week" −1, "this month" 0).
    case unitOffset(CalendarInterval.Unit, Int, phrase: String)
    /// A named weekday; `direction` −1 for "last Tuesday", +1 for "next Tuesday", 0 for "on Tuesday".
    case weekday(Int, direction: Int, phrase: String)

    /// The relation the words of `text` state, or `nil` when the text is not a relative expression this
    /// check understands.
    init?(_ text: String) {
        let words = Self.words(text)
        guard !words.isEmpty else { return nil }
        let phrase = words.joined(separator: " ")
        func unit(_ word: String) -> CalendarInterval.Unit? {
            switch word {
            case "week": .week
            case "month": .month
            case "year": .year
            case "quarter": .quarter
            default: nil
            }
        }
        // Expressions with absolute parts (a month name or a number other than a count) are not relative.
        if words.contains(where: { Self.monthNames.contains($0) }) { return nil }
        if words.contains("today") || words.contains("tonight") { self = .dayOffset(0, phrase: phrase); return }
        if words.contains("yesterday") { self = .dayOffset(-1, phrase: phrase); return }
        if words.contains("tomorrow") { self = .dayOffset(1, phrase: phrase); return }
        if let ago = words.firstIndex(of: "ago"), ago >= 2, let count = Self.count(words, endingAt: ago - 2) {
            let word = words[ago - 1].hasSuffix("s") ? String(words[ago - 1].dropLast()) : words[ago - 1]
            if word == "day" { self = .dayOffset(-count, phrase: phrase); return }
            if let u = unit(word) { self = .unitOffset(u, -count, phrase: phrase); return }
            return nil
        }
        for (i, word) in words.enumerated() {
            guard i + 1 < words.count else { break }
            let direction: Int? = switch word {
            case "last", "previous", "past": -1
            case "next", "coming": 1
            case "this", "current": 0
            default: nil
            }
            guard let direction else { continue }
            let next = words[i + 1]
            if let u = unit(next), i + 2 == words.count || !["ago", "s"].contains(words[i + 2]) {
                // "the past week" is a duration-like phrase; only the calendar sense ("last week") is checked.
                if word == "past" { return nil }
                self = .unitOffset(u, direction, phrase: phrase)
                return
            }
            if let weekday = Self.weekdays[next] {
                self = .weekday(weekday, direction: direction, phrase: phrase)
                return
            }
        }
        // "Super Tuesday", "Good Friday", "Black Friday": named days, not the nearest such weekday.
        if let first = words.first, Self.namedDayFirstWords.contains(first) { return nil }
        if words.count <= 2, let weekday = words.lazy.compactMap({ Self.weekdays[$0] }).first {
            self = .weekday(weekday, direction: 0, phrase: phrase)
            return
        }
        return nil
    }

    /// Whether `text` can be a relative expression at all: it must hold one of the words the parser
    /// keys on ("day" covers "today", "yesterday" and the weekdays). A scan without allocation that
    /// spares the full parse for the absolute dates most expressions are.
    static func mightMatch(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // One pass: at each letter that starts a keyword, try the keywords starting with it.
            var i = 0
            while i < bytes.count {
                let found: Bool
                switch bytes[i] | 0x20 {
                case UInt8(ascii: "d"): found = matches("day", in: bytes, at: i)
                case UInt8(ascii: "a"): found = matches("ago", in: bytes, at: i)
                case UInt8(ascii: "l"): found = matches("last", in: bytes, at: i)
                case UInt8(ascii: "n"): found = matches("next", in: bytes, at: i)
                case UInt8(ascii: "t"):
                    found = matches("this", in: bytes, at: i) || matches("tonight", in: bytes, at: i)
                        || matches("tomorrow", in: bytes, at: i)
                case UInt8(ascii: "p"): found = matches("past", in: bytes, at: i) || matches("previous", in: bytes, at: i)
                case UInt8(ascii: "c"): found = matches("coming", in: bytes, at: i) || matches("current", in: bytes, at: i)
                default: found = false
                }
                if found { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether the lower-case ASCII `keyword` occurs in `bytes` at `start`, ignoring ASCII case.
    @inline(__always)
    private static func matches(_ keyword: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let count = keyword.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        let needle = keyword.utf8Start
        var k = 0
        while k < count, bytes[start + k] | 0x20 == needle[k] { k += 1 }
        return k == count
    }

    private static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    private static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    /// First words of days named after a weekday that fall on a date of their own.
    private static let namedDayFirstWords: Set<String> = ["super", "black", "cyber", "good", "ash", "holy", "easter", "shrove", "fat"]

    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    private static func count(_ word: String) -> Int? {
        if let n = counts[word] ?? tens[word] { return n }
        guard word.utf8.count <= 3 else { return nil }
        return Int(word)
    }

    /// The count that ends at `words[last]`, with the tens word of a compound before it: "twenty-five"
    /// reaches here as "twenty" and "five", and is 25, not 5.
    private static func count(_ words: [String], endingAt last: Int) -> Int? {
        guard let count = count(words[last]) else { return nil }
        if (1...9).contains(count), last >= 1, let ten = tens[words[last - 1]] { return ten + count }
        return count
    }

    /// Lower-cased ASCII words of `text` (letters and digits).
    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            default:
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll() }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
