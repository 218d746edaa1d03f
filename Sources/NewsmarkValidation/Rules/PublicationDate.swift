import NewsmarkModel

/// NM106: the article has a publication date, `YYYY-MM-DD` or a date-time, naming a real day.
public struct PublicationDate: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM106", name: "publication-date", defaultSeverity: .error, category: .semantic,
        summary: "The article has a valid publication date (YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][zone]).",
        help: "Add <published> to <meta> (or meta.published in the JSON form) with the full date of publication.")

    public init() {}

    public mutating func checkHeader(index: DocumentIndex, findings: inout Findings) {
        guard let published = index.published else {
            let position = index.metaPosition ?? index.headerPosition ?? index.documentPosition
            report("the article has no publication date; relative dates cannot be checked without one", at: position, &findings)
            return
        }
        let position = index.publishedPosition ?? index.documentPosition
        if let problem = Self.problem(in: published) {
            report("the publication date '\(published)' is invalid: \(problem)", at: position, &findings)
        }
    }

    /// What is wrong with a publication date, or `nil`.
    static func problem(in value: String) -> String? {
        let bytes = Array(value.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && bytes[range].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        guard bytes.count >= 10, digits(0..<4), bytes[4] == UInt8(ascii: "-"), digits(5..<7), bytes[7] == UInt8(ascii: "-"),
              digits(8..<10) else {
            return "expected a full date YYYY-MM-DD, optionally followed by a time"
        }
        if bytes.count > 10 {
            guard bytes[10] == UInt8(ascii: "T"), bytes.count >= 16, digits(11..<13), bytes[13] == UInt8(ascii: ":"), digits(14..<16) else {
                return "a time follows the date as Thh:mm, Thh:mm:ss or with a zone (T14:30Z)"
            }
        }
        return TimexValue.problem(in: value, type: bytes.count > 10 ? .time : .date)
    }
}

extension PublicationDate {
    public static var hooks: RuleHooks { [.header, .finish] }
}
