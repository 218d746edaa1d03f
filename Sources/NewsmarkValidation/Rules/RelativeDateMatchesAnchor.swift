/// NM107: a relative date expression ("yesterday", "last week", "on Tuesday", "three days ago") has a
/// value that agrees with its anchor: the `anchor` date expression, or else the publication date.
public struct RelativeDateMatchesAnchor: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM107", name: "relative-date-anchor", defaultSeverity: .warning, category: .semantic,
        summary: "A relative date expression's value agrees with its anchor (the anchor date, else the publication date).",
        help: "Recompute the value from the anchor, or point 'anchor' at the date the expression is relative to.")

    private var pending: [AnnotationRecord] = []
    /// What each surface text read as (documents repeat their relative expressions), bounded.
    private var expressions: [String: RelativeExpression?] = [:]
    /// The publication date's day, computed once per value.
    private var publishedDay: (value: String, day: Int?)?

    public init() {}

    public mutating func check(annotation: AnnotationRecord, index: DocumentIndex, findings: inout Findings) {
        guard annotation.kind == .timex, annotation.type == "date" || annotation.type == "time" else { return }
        guard let anchor = annotation.anchor else { return judge(annotation, anchorDay: nil, index, &findings) }
        // The anchor as the index knew it at the date's end (the checker records it: rules run in batches).
        var state = annotation.anchorAtEnd
        if state == .notRecorded { state = index.isDefined(anchor) ? .defined(day: index.anchorDay(of: anchor)) : .undefined }
        guard case .defined(let day) = state else {
            pending.append(annotation)  // the anchor comes later in the text
            return
        }
        guard let day else { return }  // not a date, or not one day
        judge(annotation, anchorDay: day, index, &findings)
    }

    /// The relation `text` states, parsed once per distinct text.
    /// The keyword scan comes first: it is cheaper than hashing the text, and most texts fail it.
    private mutating func expression(_ text: String) -> RelativeExpression? {
        guard RelativeExpression.mightMatch(text) else { return nil }
        if let known = expressions[text] { return known }
        let parsed = RelativeExpression(text)
        if expressions.count < 4096 { expressions[text] = parsed }
        return parsed
    }

    /// The day the publication date names, if it names one day.
    private mutating func day(published: String) -> Int? {
        if let known = publishedDay, known.value == published { return known.day }
        let interval = CalendarInterval(timex: published)
        let day = interval?.unit == .day ? interval?.first : nil
        publishedDay = (published, day)
        return day
    }

    public mutating func finish(index: DocumentIndex, findings: inout Findings) {
        for annotation in pending {
            guard let anchor = annotation.anchor, let day = index.anchorDay(of: anchor) else { continue }  // not a date, or not one day
            judge(annotation, anchorDay: day, index, &findings)
        }
    }

    /// Judges a date against `anchorDay`, its anchor's day, or without an anchor the publication date.
    private mutating func judge(_ annotation: AnnotationRecord, anchorDay anchor: Int?, _ index: DocumentIndex,
                                _ findings: inout Findings) {
        guard let value = annotation.value, let expression = expression(annotation.surfacePrefix),
              let interval = CalendarInterval(timex: value) else { return }
        let anchorDay: Int
        if let anchor {
            anchorDay = anchor
        } else {
            guard let published = index.published, let day = day(published: published) else { return }
            anchorDay = day
        }
        var anchorName: String { annotation.anchor.map { "anchor '\(index.string(of: $0))'" } ?? "the publication date" }
        // Messages are built only when there is something to report (most expressions agree).
        var subject: String { "\(index.displayName(of: annotation)) ('\(annotation.surfacePrefix)') has value \(value)" }
        var anchorText: String { "\(anchorName) is \(CalendarInterval.format(anchorDay))" }
        switch expression {
        case .dayOffset(let days, _):
            let expected = anchorDay + days
            if !interval.contains(expected) {
                report("\(subject), but \(anchorText), which makes it \(CalendarInterval.format(expected))", at: annotation.position, &findings)
            }
        case .unitOffset(let unit, let offset, _):
            let expected = CalendarInterval.enclosing(unit, of: anchorDay).shifted(by: offset)
            let overlaps = interval.first <= expected.last && expected.first <= interval.last
            if !overlaps {
                report("\(subject), but \(anchorText), which puts it between \(CalendarInterval.format(expected.first)) and "
                       + "\(CalendarInterval.format(expected.last))", at: annotation.position, &findings)
            }
        case .weekday(let weekday, let direction, _):
            guard interval.unit == .day else { return }
            let day = interval.first
            let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            let actual = CalendarInterval.weekday(day)
            if actual != weekday {
                report("\(subject), which is a \(names[actual - 1]), not a \(names[weekday - 1])", at: annotation.position, &findings)
                return
            }
            let distance = day - anchorDay
            let plausible = switch direction {
            case -1: (-13 ... -1).contains(distance)
            case 1: (1...13).contains(distance)
            default: (-7...7).contains(distance)
            }
            if !plausible {
                report("\(subject), \(abs(distance)) days \(distance < 0 ? "before" : "after") its anchor; \(anchorText)",
                       at: annotation.position, &findings)
            }
        }
    }
}

extension RelativeDateMatchesAnchor {
    public static var hooks: RuleHooks { [.header, .annotations, .finish] }
    public static var annotationKinds: [AnnotationRecord.Kind] { [.timex] }
}
