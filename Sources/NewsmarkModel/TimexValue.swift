/// Checks TIMEX3 values: their syntax and whether they name a real calendar date.
///
/// Accepted forms (`X` may stand for any unknown digit in a date or duration):
/// - dates: `1998`, `199` (decade), `19` (century), `1998-05`, `1998-05-18`, `1998-W20`, `1998-W20-3`,
///   `1998-W20-WE`, `1998-Q1`, `1998-H1`, `1998-SP|SU|FA|WI`, `XXXX-05-18`, `XXXX-WXX-1`;
/// - times: a date followed by `T` and `14`, `14:30`, `14:30:15`, `14:30:15.250`, or a part of day
///   (`TMO`, `TAF`, `TEV`, `TNI`, `TDT`), optionally with a zone (`Z`, `+01:00`);
/// - durations: `P` with number-unit pairs (`P2W`, `P1Y6M`, `PT3H30M`, `P1.5Y`, `PXY`);
/// - `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
public enum TimexValue {
    /// The reference values for vague expressions.
    public static let referenceValues: Set<String> = ["PRESENT_REF", "PAST_REF", "FUTURE_REF"]

    /// Returns a sentence saying what is wrong with `value` for an expression of `type`, or `nil` if it is
    /// well-formed and names a real calendar date.
    ///
    /// The check reads the value's UTF-8 bytes in place and allocates nothing unless it reports a problem
    /// (validators call it for every date expression of a corpus).
    public static func problem(in value: String, type: TimexType) -> String? {
        if value.isEmpty { return "the value is empty" }
        var copy = value
        return copy.withUTF8 { bytes -> String? in
            switch type {
            case .duration:
                return durationProblem(bytes)
            case .set:
                // Sets take a duration (`P1W`: weekly) or a date/time pattern (`XXXX-WXX-1`: every Monday).
                if startsWithCharacterP(bytes, value) { return durationProblem(bytes) }
                return dateTimeProblem(bytes, value)
            case .date, .time:
                if isReferenceValue(bytes) { return nil }
                return dateTimeProblem(bytes, value)
            }
        }
    }

    /// Whether `value` is a valid TIMEX3 value for `type`.
    public static func isValid(_ value: String, type: TimexType) -> Bool { problem(in: value, type: type) == nil }

    // MARK: - Byte views

    /// A stretch of the value's bytes (a field, a number), read without copying.
    private struct Bytes {
        let base: UnsafeBufferPointer<UInt8>
        let start: Int
        let end: Int

        init(_ base: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            self.base = base
            self.start = start
            self.end = end
        }

        var count: Int { end - start }
        var isEmpty: Bool { end <= start }
        subscript(_ i: Int) -> UInt8 { base[start + i] }
        var first: UInt8? { isEmpty ? nil : base[start] }
        var last: UInt8? { isEmpty ? nil : base[end - 1] }
        var text: String { String(decoding: UnsafeBufferPointer(rebasing: base[start..<end]), as: UTF8.self) }

        func allSatisfy(_ test: (UInt8) -> Bool) -> Bool {
            var i = start
            while i < end {
                if !test(base[i]) { return false }
                i += 1
            }
            return true
        }

        func contains(_ byte: UInt8) -> Bool { !allSatisfy { $0 != byte } }

        /// The offset (in `base`) of the first `byte`, if any.
        func firstIndex(of byte: UInt8) -> Int? {
            var i = start
            while i < end {
                if base[i] == byte { return i }
                i += 1
            }
            return nil
        }

        func equals(_ a: UInt8, _ b: UInt8) -> Bool { count == 2 && base[start] == a && base[start + 1] == b }

        /// The decimal number these bytes spell, or `nil` if any is not a digit (an `X`).
        var number: Int? {
            var result = 0
            var i = start
            while i < end {
                let c = base[i]
                guard isDigit(c) else { return nil }
                result = result &* 10 &+ Int(c &- UInt8(ascii: "0"))
                i += 1
            }
            return result
        }
    }

    /// The fields of a stretch separated by `separator`: how many there are and the first three.
    private struct Fields {
        var count = 1
        var first: Bytes
        var second: Bytes
        var third: Bytes

        init(_ whole: Bytes, separator: UInt8) {
            var bounds = (whole.end, whole.end, whole.end)
            var i = whole.start
            while i < whole.end {
                if whole.base[i] == separator {
                    switch count {
                    case 1: bounds.0 = i
                    case 2: bounds.1 = i
                    case 3: bounds.2 = i
                    default: break
                    }
                    count += 1
                }
                i += 1
            }
            first = Bytes(whole.base, whole.start, bounds.0)
            second = Bytes(whole.base, min(bounds.0 + 1, whole.end), count >= 2 ? bounds.1 : whole.end)
            third = Bytes(whole.base, min(bounds.1 + 1, whole.end), count >= 3 ? bounds.2 : whole.end)
        }

        subscript(_ i: Int) -> Bytes { i == 0 ? first : i == 1 ? second : third }
    }

    /// Whether the value's first character is `P` (a character: `P` followed by a combining mark is not).
    private static func startsWithCharacterP(_ bytes: UnsafeBufferPointer<UInt8>, _ value: String) -> Bool {
        guard bytes[0] == UInt8(ascii: "P") else { return false }
        // An ASCII byte after it starts a new character; anything else may extend the `P`.
        if bytes.count == 1 || bytes[1] < 0x80 { return true }
        return value.hasPrefix("P")
    }

    /// Whether the bytes are one of ``referenceValues``.
    private static func isReferenceValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 8: return equals(bytes, "PAST_REF")
        case 10: return equals(bytes, "FUTURE_REF")
        case 11: return equals(bytes, "PRESENT_REF")
        default: return false
        }
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard literal.utf8CodeUnitCount == bytes.count else { return false }
        let other = literal.utf8Start
        for i in 0..<bytes.count where bytes[i] != other[i] { return false }
        return true
    }

    // MARK: - Durations

    private static let dateUnits: StaticString = "YMWDEC"  // E: decade, C: century (TimeML extensions: PXE, P1E, P2C)
    private static let timeUnits: StaticString = "HMS"

    /// The position of `unit` in `units`, if it is one.
    private static func position(of unit: UInt8, in units: StaticString) -> Int? {
        let start = units.utf8Start
        for i in 0..<units.utf8CodeUnitCount where start[i] == unit { return i }
        return nil
    }

    static func durationProblem(_ chars: UnsafeBufferPointer<UInt8>) -> String? {
        var value: String { String(decoding: chars, as: UTF8.self) }
        guard chars.first == UInt8(ascii: "P"), chars.count >= 3 else {
            return "a duration starts with P and has at least one number and unit (P2W, PT3H)"
        }
        var index = 1
        var inTime = false
        var sawComponent = false
        var lastDateUnit = -1
        var lastTimeUnit = -1
        while index < chars.count {
            if chars[index] == UInt8(ascii: "T") {
                if inTime { return "a duration has at most one T" }
                inTime = true
                index += 1
                continue
            }
            let numberStart = index
            var sawDot = false
            while index < chars.count, isDigit(chars[index]) || chars[index] == UInt8(ascii: "X") || chars[index] == UInt8(ascii: ".") {
                if chars[index] == UInt8(ascii: ".") {
                    if sawDot { return "a duration number has at most one decimal point" }
                    sawDot = true
                }
                index += 1
            }
            if index == numberStart { return "expected a number before each unit in '\(value)'" }
            let number = Bytes(chars, numberStart, index)
            if number.first == UInt8(ascii: ".") || number.last == UInt8(ascii: ".") {
                return "malformed number in '\(value)'"
            }
            if number.contains(UInt8(ascii: "X")), !number.allSatisfy({ $0 == UInt8(ascii: "X") }) {
                return "a duration number is all digits or all X in '\(value)'"
            }
            guard index < chars.count else { return "the duration '\(value)' ends without a unit" }
            let unit = chars[index]
            if inTime {
                guard let position = position(of: unit, in: timeUnits) else { return "unknown time unit in '\(value)'" }
                if position <= lastTimeUnit { return "duration units out of order in '\(value)'" }
                lastTimeUnit = position
            } else {
                guard let position = position(of: unit, in: dateUnits) else { return "unknown date unit in '\(value)'" }
                if unit != UInt8(ascii: "E") && unit != UInt8(ascii: "C") {
                    if position <= lastDateUnit { return "duration units out of order in '\(value)'" }
                    lastDateUnit = position
                }
            }
            sawComponent = true
            index += 1
        }
        if !sawComponent { return "a duration needs at least one number and unit" }
        return nil
    }

    // MARK: - Dates and times

    static func dateTimeProblem(_ bytes: UnsafeBufferPointer<UInt8>, _ value: String) -> String? {
        // The value splits at its first character `T` (a `T` followed by a combining mark is not one).
        var split: Int?
        var isASCII = true
        for i in 0..<bytes.count {
            if bytes[i] >= 0x80 { isASCII = false }
            if bytes[i] == UInt8(ascii: "T"), split == nil { split = i }
        }
        if !isASCII, split != nil {
            split = value.firstIndex(of: "T").map { value.utf8.distance(from: value.utf8.startIndex, to: $0) }
        }
        let whole = Bytes(bytes, 0, bytes.count)
        if let problem = dateProblem(Bytes(bytes, 0, split ?? bytes.count)) { return problem }
        if let split { return timeProblem(Bytes(bytes, split + 1, bytes.count), in: whole) }
        return nil
    }

    private static func dateProblem(_ chars: Bytes) -> String? {
        var text: String { chars.text }
        let fields = Fields(chars, separator: UInt8(ascii: "-"))
        let yearField = fields.first
        guard (2...4).contains(yearField.count), yearField.allSatisfy(isDigitOrX) else {
            return "'\(text)' does not start with a year (YYYY), decade (YYY) or century (YY)"
        }
        let year = yearField.number
        if fields.count == 1 { return nil }
        guard yearField.count == 4 else { return "only a four-digit year can have months, weeks or seasons: '\(text)'" }
        let second = fields.second
        guard !second.isEmpty else { return "empty field in '\(text)'" }
        switch second[0] {
        case UInt8(ascii: "W"):
            if second.equals(UInt8(ascii: "W"), UInt8(ascii: "I")) {
                return fields.count == 2 ? nil : "too many fields in '\(text)'"
            }
            let weekDigits = Bytes(second.base, second.start + 1, second.end)
            guard weekDigits.count == 2, weekDigits.allSatisfy(isDigitOrX) else { return "a week is W and two digits: '\(text)'" }
            if let week = weekDigits.number {
                if week < 1 || week > 53 { return "week \(week) does not exist (weeks run from 1 to 53): '\(text)'" }
                if week == 53, let year, isoWeeks(in: year) == 52 { return "\(year) has only 52 ISO weeks: '\(text)'" }
            }
            if fields.count == 2 { return nil }
            guard fields.count == 3 else { return "too many fields in '\(text)'" }
            let day = fields.third
            if day.equals(UInt8(ascii: "W"), UInt8(ascii: "E")) { return nil }
            guard day.count == 1, isDigitOrX(day[0]) else { return "a week day is 1 (Monday) to 7 or WE: '\(text)'" }
            if let weekday = day.number, weekday < 1 || weekday > 7 { return "week day \(weekday) does not exist: '\(text)'" }
            return nil
        case UInt8(ascii: "Q"), UInt8(ascii: "H"):
            let isQuarter = second[0] == UInt8(ascii: "Q")
            guard fields.count == 2, second.count == 2, isDigitOrX(second[1]) else { return "malformed quarter or half in '\(text)'" }
            if let n = Bytes(second.base, second.start + 1, second.end).number, n < 1 || n > (isQuarter ? 4 : 2) {
                return "\(isQuarter ? "quarter" : "half") \(n) does not exist: '\(text)'"
            }
            return nil
        case UInt8(ascii: "S"), UInt8(ascii: "F"):
            let isSeason = second.equals(UInt8(ascii: "S"), UInt8(ascii: "P")) || second.equals(UInt8(ascii: "S"), UInt8(ascii: "U"))
                || second.equals(UInt8(ascii: "F"), UInt8(ascii: "A"))
            guard fields.count == 2, isSeason else {
                return "malformed season in '\(text)' (SP, SU, FA, WI)"
            }
            return nil
        default:
            guard second.count == 2, second.allSatisfy(isDigitOrX) else { return "a month is two digits: '\(text)'" }
            let month = second.number
            if let month, month < 1 || month > 12 { return "month \(month) does not exist: '\(text)'" }
            if fields.count == 2 { return nil }
            guard fields.count == 3 else { return "too many fields in '\(text)'" }
            let dayField = fields.third
            guard dayField.count == 2, dayField.allSatisfy(isDigitOrX) else { return "a day is two digits: '\(text)'" }
            if let day = dayField.number {
                let limit = month.map { daysIn(month: $0, year: year) } ?? 31
                if day < 1 || day > limit {
                    return "day \(day) does not exist in \(month.map { monthName($0) } ?? "any month")\(year.map { " \($0)" } ?? ""): '\(text)'"
                }
            }
            return nil
        }
    }

    private static func timeProblem(_ chars: Bytes, in whole: Bytes) -> String? {
        var value: String { whole.text }
        var body = chars
        // Zone: Z or ±hh:mm / ±hhmm / ±hh at the end.
        if body.last == UInt8(ascii: "Z") {
            body = Bytes(body.base, body.start, body.end - 1)
        } else if let sign = lastSign(body) {
            // The zone's digits, colons left out wherever they are.
            var digits = 0
            var allDigits = true
            var hours = 0
            for i in (sign + 1)..<body.end where body.base[i] != UInt8(ascii: ":") {
                let c = body.base[i]
                if !isDigit(c) { allDigits = false }
                if digits < 2, isDigit(c) { hours = hours * 10 + Int(c - UInt8(ascii: "0")) }
                digits += 1
            }
            guard digits == 2 || digits == 4, allDigits else { return "malformed time zone in '\(value)'" }
            if hours > 14 { return "time zone offset too large in '\(value)'" }
            body = Bytes(body.base, body.start, sign)
        }
        if body.count == 2, isPartOfDay(body[0], body[1]) { return nil }
        let fields = Fields(body, separator: UInt8(ascii: ":"))
        guard (1...3).contains(fields.count) else { return "malformed time in '\(value)'" }
        for position in 0..<fields.count {
            let field = fields[position]
            var digits = field
            if position == 2, let dot = field.firstIndex(of: UInt8(ascii: ".")) {
                let fraction = Bytes(field.base, dot + 1, field.end)
                guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return "malformed seconds in '\(value)'" }
                digits = Bytes(field.base, field.start, dot)
            }
            guard digits.count == 2, digits.allSatisfy(isDigitOrX) else { return "a time has two-digit hours, minutes and seconds: '\(value)'" }
            let limit = position == 0 ? 24 : position == 1 ? 59 : 60
            if let n = digits.number, n > limit {
                return "\(position == 0 ? "hour" : position == 1 ? "minute" : "second") \(n) does not exist: '\(value)'"
            }
        }
        return nil
    }

    /// The offset of the last `+` or `-` in `bytes`, if any.
    private static func lastSign(_ bytes: Bytes) -> Int? {
        var i = bytes.end
        while i > bytes.start {
            i -= 1
            if bytes.base[i] == UInt8(ascii: "+") || bytes.base[i] == UInt8(ascii: "-") { return i }
        }
        return nil
    }

    /// TIMEX3's parts of day: MO, MI, AF, EV, NI, DT.
    private static func isPartOfDay(_ a: UInt8, _ b: UInt8) -> Bool {
        switch (a, b) {
        case (UInt8(ascii: "M"), UInt8(ascii: "O")), (UInt8(ascii: "M"), UInt8(ascii: "I")), (UInt8(ascii: "A"), UInt8(ascii: "F")),
             (UInt8(ascii: "E"), UInt8(ascii: "V")), (UInt8(ascii: "N"), UInt8(ascii: "I")), (UInt8(ascii: "D"), UInt8(ascii: "T")):
            return true
        default:
            return false
        }
    }

    // MARK: - Calendar

    /// Whether `year` is a leap year in the proleptic Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in `month` (1–12) of `year`; February has 29 when the year is unknown.
    public static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2: year.map { isLeapYear($0) ? 29 : 28 } ?? 29
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The number of ISO 8601 weeks (52 or 53) in `year`.
    public static func isoWeeks(in year: Int) -> Int {
        func p(_ y: Int) -> Int { (y + y / 4 - y / 100 + y / 400) % 7 }
        return (p(year) == 4 || p(year - 1) == 3) ? 53 : 52
    }

    private static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"][month - 1]
    }

    fileprivate static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    fileprivate static func isDigitOrX(_ c: UInt8) -> Bool { isDigit(c) || c == UInt8(ascii: "X") }
}
