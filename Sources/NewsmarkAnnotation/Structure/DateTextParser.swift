/// Parses the date of a dateline or a header line: "20 May 1998", "May 20, 1998", "March 3", "Jan. 5",
/// "Sept. 12th", "Tuesday, May 20", "1998-05-20". A leading weekday is allowed; month names may be full,
/// abbreviated or abbreviated with a period, in any letter case.
public enum DateTextParser {
    /// Month names and abbreviations (lower case, without period) → month number.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Weekday names and abbreviations (lower case, without period).
    static let weekdays: Set<String> = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs", "friday",
        "fri", "saturday", "sat", "sunday", "sun",
    ]

    /// The date `text` consists of (nothing else but white space, commas and periods around it), or `nil`.
    public static func parse(_ text: String) -> CalendarDate? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\u{A0}" })
            .map { $0.lowercased() }
        guard !words.isEmpty, words.count <= 5 else { return nil }
        if let first = words.first, weekdays.contains(trimPeriod(first)) { words.removeFirst() }
        if words.count == 1 { return parseNumeric(words[0]) }
        guard words.count == 2 || words.count == 3 else { return nil }
        var year: Int?
        if words.count == 3 {
            guard let y = integer(words[2]), words[2].count == 4 else { return nil }
            year = y
        }
        let date: CalendarDate
        if let month = months[trimPeriod(words[0])], let day = dayNumber(words[1]) {
            date = CalendarDate(year: year, month: month, day: day)  // May 20
        } else if let day = dayNumber(words[0]), let month = months[trimPeriod(words[1])] {
            date = CalendarDate(year: year, month: month, day: day)  // 20 May
        } else {
            return nil
        }
        return date.isValid ? date : nil
    }

    /// `1998-05-20` or `20.05.1998`.
    static func parseNumeric(_ word: String) -> CalendarDate? {
        if let iso = CalendarDate.parseISO(word) { return iso }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let day = integer(String(parts[0])),
              let month = integer(String(parts[1])), let year = integer(String(parts[2])) else { return nil }
        let date = CalendarDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }

    static func trimPeriod(_ word: String) -> String { word.hasSuffix(".") ? String(word.dropLast()) : word }

    /// "20", "20th", "1st", "3rd", "2nd".
    static func dayNumber(_ word: String) -> Int? {
        var digits = word
        for suffix in ["st", "nd", "rd", "th", "."] where digits.hasSuffix(suffix) {
            digits = String(digits.dropLast(suffix.count))
            break
        }
        guard (1...2).contains(digits.count), let value = integer(digits), (1...31).contains(value) else { return nil }
        return value
    }

    static func integer(_ word: String) -> Int? {
        guard !word.isEmpty, word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(word)
    }
}
