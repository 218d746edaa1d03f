import NewsmarkModel

/// The TIMEX3 value check as it was written before it worked on bytes in place (arrays, splits and strings
/// per call): the reference the allocation-free ``TimexValue/problem(in:type:)`` is compared with.
enum ReferenceTimexCheck {
    /// Returns a sentence saying what is wrong with `value` for an expression of `type`, or `nil` if it is
    /// well-formed and names a real calendar date.
    static func problem(in value: String, type: TimexType) -> String? {
        if value.isEmpty { return "the value is empty" }
        switch type {
        case .duration:
            return durationProblem(value)
        case .set:
            // Sets take a duration (`P1W`: weekly) or a date/time pattern (`XXXX-WXX-1`: every Monday).
            if value.hasPrefix("P") { return durationProblem(value) }
            return dateTimeProblem(value)
        case .date, .time:
            if TimexValue.referenceValues.contains(value) { return nil }
            return dateTimeProblem(value)
        }
    }

    /// Whether `value` is a valid TIMEX3 value for `type`.

    // MARK: - Durations

    static func durationProblem(_ value: String) -> String? {
        let chars = Array(value.utf8)
        guard chars.first == UInt8(ascii: "P"), chars.count >= 3 else {
            return "a duration starts with P and has at least one number and unit (P2W, PT3H)"
        }
        var index = 1
        var inTime = false
        var sawComponent = false
        var lastDateUnit = -1
        var lastTimeUnit = -1
        let dateUnits: [UInt8] = Array("YMWDEC".utf8)  // E: decade, C: century (TimeML extensions: PXE, P1E, P2C)
        let timeUnits: [UInt8] = Array("HMS".utf8)
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
            let number = chars[numberStart..<index]
            if number.first == UInt8(ascii: ".") || number.last == UInt8(ascii: ".") {
                return "malformed number in '\(value)'"
            }
            if number.contains(UInt8(ascii: "X")), !number.allSatisfy({ $0 == UInt8(ascii: "X") }) {
                return "a duration number is all digits or all X in '\(value)'"
            }
            guard index < chars.count else { return "the duration '\(value)' ends without a unit" }
            let unit = chars[index]
            if inTime {
                guard let position = timeUnits.firstIndex(of: unit) else { return "unknown time unit in '\(value)'" }
                if position <= lastTimeUnit { return "duration units out of order in '\(value)'" }
                lastTimeUnit = position
            } else {
                guard let position = dateUnits.firstIndex(of: unit) else { return "unknown date unit in '\(value)'" }
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

    static func dateTimeProblem(_ value: String) -> String? {
        let parts = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        if let problem = dateProblem(Array(parts[0].utf8)) { return problem }
        if parts.count == 2 { return timeProblem(Array(parts[1].utf8), in: value) }
        return nil
    }

    static func dateProblem(_ chars: [UInt8]) -> String? {
        let text = String(decoding: chars, as: UTF8.self)
        let fields = chars.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).map(Array.init)
        guard let yearField = fields.first, (2...4).contains(yearField.count), yearField.allSatisfy(isDigitOrX) else {
            return "'\(text)' does not start with a year (YYYY), decade (YYY) or century (YY)"
        }
        let year = number(yearField)
        if fields.count == 1 { return nil }
        guard yearField.count == 4 else { return "only a four-digit year can have months, weeks or seasons: '\(text)'" }
        let second = fields[1]
        guard !second.isEmpty else { return "empty field in '\(text)'" }
        switch second[0] {
        case UInt8(ascii: "W"):
            if second == Array("WI".utf8) {
                return fields.count == 2 ? nil : "too many fields in '\(text)'"
            }
            let weekDigits = Array(second.dropFirst())
            guard weekDigits.count == 2, weekDigits.allSatisfy(isDigitOrX) else { return "a week is W and two digits: '\(text)'" }
            if let week = number(weekDigits) {
                if week < 1 || week > 53 { return "week \(week) does not exist (weeks run from 1 to 53): '\(text)'" }
                if week == 53, let year, TimexValue.isoWeeks(in: year) == 52 { return "\(year) has only 52 ISO weeks: '\(text)'" }
            }
            if fields.count == 2 { return nil }
            guard fields.count == 3 else { return "too many fields in '\(text)'" }
            let day = fields[2]
            if day == Array("WE".utf8) { return nil }
            guard day.count == 1, isDigitOrX(day[0]) else { return "a week day is 1 (Monday) to 7 or WE: '\(text)'" }
            if let weekday = number(day), weekday < 1 || weekday > 7 { return "week day \(weekday) does not exist: '\(text)'" }
            return nil
        case UInt8(ascii: "Q"), UInt8(ascii: "H"):
            let isQuarter = second[0] == UInt8(ascii: "Q")
            guard fields.count == 2, second.count == 2, isDigitOrX(second[1]) else { return "malformed quarter or half in '\(text)'" }
            if let n = number([second[1]]), n < 1 || n > (isQuarter ? 4 : 2) {
                return "\(isQuarter ? "quarter" : "half") \(n) does not exist: '\(text)'"
            }
            return nil
        case UInt8(ascii: "S"), UInt8(ascii: "F"):
            guard fields.count == 2, ["SP", "SU", "FA"].contains(String(decoding: second, as: UTF8.self)) else {
                return "malformed season in '\(text)' (SP, SU, FA, WI)"
            }
            return nil
        default:
            guard second.count == 2, second.allSatisfy(isDigitOrX) else { return "a month is two digits: '\(text)'" }
            let month = number(second)
            if let month, month < 1 || month > 12 { return "month \(month) does not exist: '\(text)'" }
            if fields.count == 2 { return nil }
            guard fields.count == 3 else { return "too many fields in '\(text)'" }
            let dayField = fields[2]
            guard dayField.count == 2, dayField.allSatisfy(isDigitOrX) else { return "a day is two digits: '\(text)'" }
            if let day = number(dayField) {
                let limit = month.map { TimexValue.daysIn(month: $0, year: year) } ?? 31
                if day < 1 || day > limit {
                    return "day \(day) does not exist in \(month.map { monthName($0) } ?? "any month")\(year.map { " \($0)" } ?? ""): '\(text)'"
                }
            }
            return nil
        }
    }

    static func timeProblem(_ chars: [UInt8], in value: String) -> String? {
        var body = chars
        // Zone: Z or ±hh:mm / ±hhmm / ±hh at the end.
        if body.last == UInt8(ascii: "Z") {
            body.removeLast()
        } else if let sign = body.lastIndex(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) {
            let zone = body[(sign + 1)...].filter { $0 != UInt8(ascii: ":") }
            guard zone.count == 2 || zone.count == 4, zone.allSatisfy(isDigit) else { return "malformed time zone in '\(value)'" }
            if let hours = number(Array(zone.prefix(2))), hours > 14 { return "time zone offset too large in '\(value)'" }
            body = Array(body[..<sign])
        }
        let partsOfDay = ["MO", "MI", "AF", "EV", "NI", "DT"]
        if partsOfDay.contains(String(decoding: body, as: UTF8.self)) { return nil }
        let fields = body.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false).map(Array.init)
        guard (1...3).contains(fields.count) else { return "malformed time in '\(value)'" }
        let limits = [24, 59, 60]
        for (position, field) in fields.enumerated() {
            var digits = field
            if position == 2, let dot = field.firstIndex(of: UInt8(ascii: ".")) {
                let fraction = field[(dot + 1)...]
                guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return "malformed seconds in '\(value)'" }
                digits = Array(field[..<dot])
            }
            guard digits.count == 2, digits.allSatisfy(isDigitOrX) else { return "a time has two-digit hours, minutes and seconds: '\(value)'" }
            if let n = number(digits), n > limits[position] {
                return "\(["hour", "minute", "second"][position]) \(n) does not exist: '\(value)'"
            }
        }
        return nil
    }

    private static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"][month - 1]
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    private static func isDigitOrX(_ c: UInt8) -> Bool { isDigit(c) || c == UInt8(ascii: "X") }

    private static func number(_ digits: [UInt8]) -> Int? {
        var result = 0
        for c in digits {
            guard isDigit(c) else { return nil }
            result = result * 10 + Int(c - UInt8(ascii: "0"))
        }
        return result
    }
}
