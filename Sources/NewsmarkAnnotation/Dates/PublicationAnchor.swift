/// The publication date (and time, if given) that relative expressions are anchored to.
public struct PublicationAnchor: Sendable, Hashable {
    public var date: CivilDate
    public var hour: Int?
    public var minute: Int?

    public init(date: CivilDate, hour: Int? = nil, minute: Int? = nil) {
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `Thh:mm` (seconds and zone are ignored); `nil` for
    /// anything else or an impossible date.
    public init?(_ published: String?) {
        guard let published else { return nil }
        let bytes = Array(published.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var n = 0
            for k in range {
                guard bytes[k] >= 48, bytes[k] <= 57 else { return nil }
                n = n * 10 + Int(bytes[k] - 48)
            }
            return n
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10),
              let date = CivilDate(year: y, month: m, day: d) else { return nil }
        self.date = date
        if bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"),
           let h = digits(11..<13), let mi = digits(14..<16), h <= 23, mi <= 59 {
            hour = h
            minute = mi
        }
    }
}
