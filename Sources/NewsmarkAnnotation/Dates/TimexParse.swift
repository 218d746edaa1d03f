/// What a matcher understood from a temporal expression, before it is anchored in time.
enum TimexParse: Sendable {
    /// A date or time that needs anchoring: partial, relative or complete.
    indirect case point(PointSpec)
    /// A duration whose value needs no anchor (`P2W`).
    case duration(value: String, mod: String?)
    /// A set (`P1W` with `freq` 2X, `XXXX-WXX-1` with `quant` EVERY).
    case set(value: String, quant: String?, freq: String?)
    /// A vague reference to the present, past or future.
    case reference(String)
}

/// How a partial date was qualified: "*last* March", "*next* Friday", "*this* summer".
enum PointDirection: Sendable { case last, next, this }

/// Where a relative expression counts from.
enum PointAnchoring: Sendable {
    /// From the time of speaking or writing: "yesterday", "last week", "two days ago".
    case deictic
    /// From the time the text is talking about: "the next day", "a year earlier", "that week".
    case anaphoric
}

/// A relative expression: `offset` units of `unit` from its anchor.
struct RelativeSpec: Sendable {
    var unit: TimexUnit
    var offset: Int
    var anchoring: PointAnchoring
}

/// The parts of a date or time expression as written.
struct PointSpec: Sendable {
    var year: Int?
    /// A two-digit year ("'98") whose century comes from the anchor.
    var shortYear: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?
    var season: TimexSeason?
    var quarter: Int?
    var half: Int?
    /// A decade, as the first three digits of its years (199 for the 1990s).
    var decade: Int?
    /// A two-digit decade ("the '90s"), resolved against the anchor.
    var shortDecade: Int?
    /// A century, as the first two digits of its years (19 for the 20th century).
    var century: Int?
    /// A holiday: computes its day from a year.
    var holiday: Holiday?
    var direction: PointDirection?
    var relative: RelativeSpec?
    /// "the quarter", "the latest quarter": the quarter the text is talking about.
    var contextQuarter = false
    /// "the latest period": only a quarter when the text has named one.
    var requiresQuarterContext = false
    /// "a year earlier", "year-ago": in results reporting, the same quarter a year before.
    var quarterAware = false
    /// "this year's", "last year's" before a quarter or month: the year offset from the anchor's year.
    var relativeYear: Int?
    var hour: Int?
    var minute: Int?
    /// The UTC offset of a named zone ("EST": `-05:00`). Recognized so that the zone is part of the
    /// expression, but not written into the value: news annotation in TimeML gives the clock time
    /// as written ("5 p.m. EST" is `T17:00`).
    var zone: String?
    var partOfDay: String?
    var mod: String?
    /// "at the time", "that time": the time the text is talking about, else the past.
    var narrativeTime = false
    /// "this past week", "this past weekend": the week now ending, which at a weekend is the current one.
    var weekNowEnding = false
    /// "Easter week", "the week of March 6": the ISO week that contains the day.
    var weekOf = false
    /// "Wednesday's ruling": a possessive day name names a day already come.
    var isPossessive = false
    /// "the previous Friday" (-1), "that Friday" (0), "the following Monday" (+1): a day name counted
    /// from the day the text is talking about rather than from the publication date.
    var anaphoricWeekday: Int?
    /// "the latest quarter", "the most recent period": a quarter already over at publication.
    var latestPeriod = false
    /// "the quarter ended Sept. 30": the last day (or month) of the quarter the text names.
    var periodEnd: PeriodEnd?

    /// Whether the expression names a clock time without any date.
    var isClockOnly: Bool {
        hour != nil && year == nil && month == nil && day == nil && weekday == nil && relative == nil && holiday == nil
    }

    /// Whether the expression has a date part at all.
    var hasDatePart: Bool { !isClockOnly && !(hour == nil && partOfDay != nil && relative == nil && weekday == nil) }
}

/// The end of a reporting period as written after "ended" or "ending": a month, a day, a year.
struct PeriodEnd: Sendable {
    var month: Int
    var day: Int?
    var year: Int?
    var shortYear: Int?
}

/// A holiday whose day depends on the year.
enum Holiday: Sendable {
    case fixed(month: Int, day: Int)
    case nthWeekday(nth: Int, weekday: Int, month: Int)
    case easter(offset: Int)
    /// United States election day: the Tuesday after the first Monday of November.
    case usElection
    /// A day counted from a holiday defined by a weekday of a month: "Black Friday", the day after
    /// United States Thanksgiving.
    case daysAfterNthWeekday(days: Int, nth: Int, weekday: Int, month: Int)

    func date(in year: Int) -> CivilDate? {
        switch self {
        case .fixed(let month, let day): return CivilDate(year: year, month: month, day: day)
        case .nthWeekday(let nth, let weekday, let month): return CivilDate.nthWeekday(nth, weekday, month: month, year: year)
        case .easter(let offset): return CivilDate.easter(year: year).adding(days: offset)
        case .usElection: return CivilDate.nthWeekday(1, 1, month: 11, year: year).adding(days: 1)
        case .daysAfterNthWeekday(let days, let nth, let weekday, let month):
            return CivilDate.nthWeekday(nth, weekday, month: month, year: year).adding(days: days)
        }
    }
}

/// A match: the pieces it covers and what they mean.
struct TimexMatch: Sendable {
    var range: Range<Int>
    var parse: TimexParse
    var confidence: Double
}
