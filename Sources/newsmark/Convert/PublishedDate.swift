import Newsmark

/// Checks the `--published` option: a real calendar date written `YYYY-MM-DD`.
enum PublishedDate {
    /// What is wrong with `value`, or `nil` if it is a real `YYYY-MM-DD` date.
    static func problem(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        let shapeIsRight = bytes.count == 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
            && bytes.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || ($0.element >= 0x30 && $0.element <= 0x39) }
        guard shapeIsRight else { return "expected a date written YYYY-MM-DD, such as 1998-05-20" }
        if let problem = TimexValue.problem(in: value, type: .date) { return problem }
        guard CalendarDate.parseISO(value) != nil else { return "the date does not exist" }
        return nil
    }
}
