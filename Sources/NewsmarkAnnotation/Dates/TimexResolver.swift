/// A point the text has already talked about, that later expressions may count from.
struct TimexReference: Sendable {
    var point: TimexPoint
    /// The id of the expression it comes from; `nil` for the publication date.
    var id: String?
    /// The sentence it was found in.
    var sentence: Int
    /// Whether the text said the period is over ("the fourth quarter ended Sept. 30").
    var isComplete = false
    /// Whether it is a comparison a year back ("from $5 million a year ago"): a later "a year
    /// earlier" compares with the same period, not with a year before it.
    var isYearComparison = false
    /// The past-tense verbs of its clause, for a day ("exploded", "shot"): a clock time told with the
    /// same verb later in the story belongs to that day.
    var events: [String] = []
}

/// What a resolved expression becomes.
struct ResolvedTimex: Sendable {
    var value: String
    var type: TimexType
    var mod: String?
    var anchorID: String?
    /// The calendar point, for dates that later expressions may refer back to.
    var point: TimexPoint?
    /// Whether the value was computed from the publication date or the text alone (not from another
    /// expression), so that it can anchor others in its sentence.
    var isIndependent: Bool
}

import NewsmarkModel

/// Turns a ``PointSpec`` into a TIMEX3 value, given the publication date, the tense around the
/// expression and what the text has talked about so far.
struct TimexResolver: Sendable {
    var anchor: PublicationAnchor?

    /// The references an expression may use.
    struct Context {
        /// The time of speaking for deictic expressions inside a quotation, if the sentence says when
        /// the words were spoken.
        var speechTime: TimexReference?
        /// A day named in the same sentence, for a clock time on its own.
        var sentenceDay: TimexReference?
        /// Points the text has talked about, most recent last.
        var narrative: [TimexReference] = []
        /// The current sentence's index.
        var sentence = 0

        /// The most recent reference at least as fine as `unit` (a day for "the next day").
        func narrative(finerOrEqual unit: TimexUnit) -> TimexReference? {
            narrative.last { $0.point.unit <= unit || (unit == .season && $0.point.unit <= .month) }
        }

        /// The most recent reference at least as fine as `unit` that is not itself a comparison a year
        /// back: "up from $3 million a year ago … compared with a year earlier" names one year, twice.
        func narrative(finerOrEqual unit: TimexUnit, skippingYearComparisons skip: Bool) -> TimexReference? {
            guard skip else { return narrative(finerOrEqual: unit) }
            return narrative.last { !$0.isYearComparison && ($0.point.unit <= unit || (unit == .season && $0.point.unit <= .month)) }
        }

        /// The last quarter or half the text named explicitly ("the third quarter"), which results
        /// reporting goes on talking about ("the quarter", "a year earlier").
        var quarterInFocus: TimexReference?

        /// The quarter in focus if it was named within `sentences` sentences.
        func recentQuarter(within sentences: Int) -> TimexReference? {
            guard let last = quarterInFocus else { return nil }
            return self.sentence - last.sentence <= sentences ? last : nil
        }
    }

    func resolve(_ spec: PointSpec, tense: ClauseTense, context: Context) -> ResolvedTimex? {
        let dct = anchor?.date
        let dctReference = dct.map { TimexReference(point: .day($0), id: nil, sentence: 0) }
        var point: TimexPoint?
        var unknown: String?
        var anchorID: String?
        var independent = true

        if let shift = spec.anaphoricWeekday, let weekday = spec.weekday,
           let reference = context.narrative(finerOrEqual: .day) ?? (shift == 0 ? nil : dctReference),
           case let base = reference.point.firstDay {
            // "the previous Friday", "the following Monday", "that Friday": from the day the text is
            // talking about (the publication date when it has named none).
            let day: CivilDate
            switch shift {
            case ..<0: day = base.adding(days: -((base.weekday - weekday + 6) % 7 + 1))
            case 1...: day = base.adding(days: (weekday - base.weekday + 6) % 7 + 1)
            default:
                var delta = weekday - base.weekday
                if delta > 3 { delta -= 7 } else if delta < -3 { delta += 7 }
                day = base.adding(days: delta)
            }
            point = .day(day)
            anchorID = reference.id
            independent = false
        } else if spec.narrativeTime {
            guard let ref = context.narrative.last else {
                return ResolvedTimex(value: "PAST_REF", type: .date, mod: nil, anchorID: nil, point: nil, isIndependent: false)
            }
            point = ref.point
            anchorID = ref.id
            independent = false
        } else if let relative = spec.relative {
            var reference: TimexReference?
            switch relative.anchoring {
            case .deictic:
                reference = context.speechTime ?? dctReference
            case .anaphoric:
                reference = context.narrative(finerOrEqual: relative.unit, skippingYearComparisons: spec.quarterAware) ?? dctReference
                independent = false
            }
            if spec.quarterAware, relative.unit == .year, let q = context.recentQuarter(within: 6) {
                reference = q
                independent = false
                point = q.point.shifted(by: relative.offset * (q.point.unit == .quarter ? 4 : 2))
            } else if spec.contextQuarter, relative.unit == .year, let q = context.recentQuarter(within: 1000) {
                reference = q
                independent = false
                point = q.point.shifted(by: relative.offset * (q.point.unit == .quarter ? 4 : 2))
            } else if spec.contextQuarter, relative.unit == .year, let dct {
                // "the quarter a year ago" before any quarter is named: the last one reported, a year back.
                point = TimexPoint.containing(dct, unit: .quarter).shifted(by: -1 + relative.offset * 4)
                reference = dctReference
            }
            guard let reference else { return nil }
            anchorID = reference.id
            if point == nil {
                let base = TimexPoint.containing(reference.point.firstDay, unit: relative.unit)
                point = base.shifted(by: relative.offset)
                if relative.unit == .weekend, case .weekend = base, relative.offset == 0, let day = reference.point.dayValue, day.weekday < 6,
                   relative.anchoring == .deictic, tense == .past {
                    // "this weekend" said on a weekday in the past tense: the weekend just gone.
                    point = base.shifted(by: -1)
                }
                if spec.weekNowEnding, relative.offset == -1, relative.anchoring == .deictic, let day = reference.point.dayValue,
                   day.weekday >= (relative.unit == .weekend ? 7 : 6) {
                    // "this past week" said on a Saturday or Sunday is the week now ending; "this past weekend"
                    // said on a Sunday the weekend now ending (on a Saturday it has only begun: the one before).
                    point = base
                }
            }
            if spec.quarter != nil || spec.half != nil {
                // "the year-earlier first quarter": the quarter of the computed year.
                if let p = point { point = yearPart(year: p.year, spec: spec) }
            }
        } else if let c = spec.century {
            point = .century(c)
        } else if let d = spec.decade {
            point = .decade(d)
        } else if let short = spec.shortDecade {
            var start = 1900 + short * 10
            if let dct {
                start = (dct.year / 100) * 100 + short * 10
                if start > dct.year { start -= 100 }
            }
            point = .decade(start / 10)
        } else {
            var year = spec.year ?? spec.shortYear.map { expand(shortYear: $0, dct: dct) }
            if year == nil, let offset = spec.relativeYear {
                if let dct { year = dct.year + offset } else { return nil }
            }
            if let year {
                if spec.contextQuarter, spec.quarter == nil, spec.half == nil {
                    // "the 1988 period": the quarter in focus, in that year.
                    if let q = context.recentQuarter(within: 1000) {
                        switch q.point {
                        case .quarter(_, let n): point = .quarter(year: year, quarter: n)
                        case .half(_, let n): point = .half(year: year, half: n)
                        default: point = .year(year)
                        }
                        independent = false
                    } else {
                        point = .year(year)
                    }
                } else {
                    guard let p = yearPart(year: year, spec: spec) else { return nil }
                    point = p
                }
            } else if spec.contextQuarter, let end = spec.periodEnd, context.recentQuarter(within: 3) == nil,
                      let day = periodEndDay(end, dct: dct) {
                // "the quarter ended Sept. 30": the quarter most of whose months lie before that day
                // (a fiscal quarter ended July 31 is reported as the second). A quarter the text has just
                // named by its number ("the fiscal first quarter") is the same period under its own name.
                point = .containing(day.adding(days: -45), unit: .quarter)
            } else if spec.contextQuarter {
                if let q = context.recentQuarter(within: 1000) {
                    point = q.point
                    anchorID = q.id
                    independent = false
                    if spec.latestPeriod, !q.isComplete, let dct, let p = point {
                        // "the latest quarter" is over by publication: not a quarter still to come.
                        let lastDone = TimexPoint.containing(dct, unit: p.unit == .half ? .half : .quarter).shifted(by: -1)
                        if ordinal(p) > ordinal(lastDone) {
                            point = lastDone
                            anchorID = nil
                        }
                    }
                } else if spec.latestPeriod, let dct {
                    point = TimexPoint.containing(dct, unit: .quarter).shifted(by: -1)
                } else if spec.requiresQuarterContext {
                    return nil
                } else if let dct {
                    let current = TimexPoint.containing(dct, unit: .quarter)
                    point = tense == .future || tense == .present ? current : current.shifted(by: -1)
                } else {
                    return nil
                }
            } else if spec.day != nil, spec.month == nil {
                // "on the 5th": the nearest such day in the anchor's month or the months around it.
                guard let day = spec.day else { return nil }
                guard let dct else {
                    unknown = "XXXX-XX-\(TimexFormat.two(day))"
                    return ResolvedTimex(value: unknown!, type: .date, mod: spec.mod, anchorID: nil, point: nil, isIndependent: true)
                }
                var candidates: [(Int, CivilDate)] = []
                for offset in -1...1 {
                    let month = TimexPoint.month(year: dct.year, month: dct.month).shifted(by: offset)
                    if case .month(let y, let m) = month, let d = CivilDate(year: y, month: m, day: day) {
                        candidates.append((d.dayNumber - dct.dayNumber, d))
                    }
                }
                guard let chosen = choose(candidates, mode: mode(for: spec, tense: tense), sameYear: { $0.month == dct.month }) else { return nil }
                point = .day(chosen)
            } else if spec.month != nil || spec.weekday != nil || spec.season != nil || spec.quarter != nil || spec.half != nil
                        || spec.holiday != nil {
                if let dct {
                    point = infer(spec, dct: dct, mode: mode(for: spec, tense: tense))
                    guard point != nil else { return nil }
                } else {
                    unknown = unknownValue(spec)
                    guard unknown != nil else { return nil }
                }
            } else if spec.hour != nil || spec.partOfDay != nil {
                if let day = context.sentenceDay {
                    point = day.point
                    anchorID = day.id
                    independent = false
                } else if let dct {
                    point = .day(dct)
                } else {
                    unknown = "XXXX-XX-XX"
                }
            } else {
                return nil
            }
        }

        if spec.weekOf, let day = point?.dayValue { point = .containing(day, unit: .week) }
        var value: String
        var type = TimexType.date
        if let point {
            value = point.value
            if case .millennium = point { return nil }
        } else if let unknown {
            value = unknown
        } else {
            return nil
        }
        if spec.hour != nil || spec.partOfDay != nil {
            let isDay: Bool
            if let point { if case .day = point { isDay = true } else { isDay = false } } else { isDay = value.count == 10 }
            if isDay {
                if let hour = spec.hour {
                    value += "T\(TimexFormat.two(hour)):\(TimexFormat.two(spec.minute ?? 0))"
                } else if let part = spec.partOfDay {
                    value += "T\(part)"
                }
                type = .time
            }
        }
        return ResolvedTimex(value: value, type: type, mod: spec.mod, anchorID: anchorID, point: point, isIndependent: independent)
    }

    /// A date without a year and without a tense cue ("May 14", "Jan. 2") that the publication date
    /// would put more than 60 days from the day the text named just before it (in its sentence or the two
    /// before) is read in the year that keeps it within 60 days of that day, if there is one: lists and
    /// narratives go on from the dates they have given ("starts on May 13 next year … May 14 practice …
    /// May 15 first match", "Dec. 28, 1998, opening concert; Jan. 2 gala").
    func keepingSequence(_ resolved: ResolvedTimex, spec: PointSpec, tense: ClauseTense, context: Context) -> ResolvedTimex {
        guard tense == .unknown, let month = spec.month, let dayOfMonth = spec.day, spec.year == nil, spec.shortYear == nil,
              spec.relativeYear == nil, spec.weekday == nil, spec.holiday == nil, spec.relative == nil, spec.hour == nil,
              spec.partOfDay == nil, let chosen = resolved.point?.dayValue,
              let last = context.narrative.last(where: { $0.point.unit == .day }), context.sentence - last.sentence <= 2,
              let lastDay = last.point.dayValue, abs(chosen.dayNumber - lastDay.dayNumber) > 60 else { return resolved }
        var best: CivilDate?
        for year in (lastDay.year - 1)...(lastDay.year + 1) {
            guard let d = CivilDate(year: year, month: month, day: dayOfMonth) else { continue }
            let gap = abs(d.dayNumber - lastDay.dayNumber)
            if gap <= 60, best.map({ gap < abs($0.dayNumber - lastDay.dayNumber) }) ?? true { best = d }
        }
        guard let best else { return resolved }
        var result = resolved
        result.point = .day(best)
        result.value = TimexPoint.day(best).value
        return result
    }

    /// The last day of a reporting period written after "ended": with its year, else the latest such
    /// day on or before the publication date (a period that has ended). A month alone is its last day.
    func periodEndDay(_ end: PeriodEnd, dct: CivilDate?) -> CivilDate? {
        let year = end.year ?? end.shortYear.map { expand(shortYear: $0, dct: dct) }
        func day(in y: Int) -> CivilDate? {
            CivilDate(year: y, month: end.month, day: end.day ?? TimexValue.daysIn(month: end.month, year: y))
        }
        if let year { return day(in: year) }
        guard let dct else { return nil }
        if let d = day(in: dct.year), d.dayNumber <= dct.dayNumber { return d }
        return day(in: dct.year - 1)
    }

    /// The part of `year` the spec names: a day, month, quarter, half, season, holiday or the year.
    func yearPart(year: Int, spec: PointSpec) -> TimexPoint? {
        if let month = spec.month {
            if let day = spec.day {
                guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
                return .day(date)
            }
            return .month(year: year, month: month)
        }
        if let q = spec.quarter { return .quarter(year: year, quarter: q) }
        if let h = spec.half { return .half(year: year, half: h) }
        if let s = spec.season { return .season(year: year, season: s) }
        if let h = spec.holiday { return h.date(in: year).map { .day($0) } }
        return .year(year)
    }

    /// How a partial date is placed relative to the anchor.
    enum PlacementMode: Equatable {
        case onOrBefore, before, onOrAfter, after, nearest(futureOnTie: Bool), sameYear, sameWeek
        /// The day of the anchor's week, or of the next week when that day has gone.
        case sameWeekOrComing
        /// The nearest, with a distance into the future counting double: news mostly reports what has
        /// happened, so "in March" written in October is the March just gone, but "Dec. 21" written
        /// in October is still the coming one.
        case pastBiased
        /// The nearest on or before the anchor, or up to two days after it when that is nearer: an event
        /// on a timetable named without a tense ("Saturday's match" said on Friday is the next day,
        /// said on Wednesday the Saturday gone).
        case beforeOrSoon
    }

    /// Quarters and halves are reported after they end: without "next", the latest one so far. Day
    /// names and dates follow the tense of their clause. Without a tense cue a day name is the latest
    /// such day (news reports what has happened: in newswire a bare day name is in the past about ten
    /// times as often as in the future), and a date is the nearest with a bias to the past.
    func mode(for spec: PointSpec, tense: ClauseTense) -> PlacementMode {
        switch spec.direction {
        case .last: return .before
        case .next: return .after
        // "this Tuesday" said on a Friday without a past cue is the coming Tuesday ("hopes to win this
        // Tuesday"); with one, the Tuesday of the week ("fell this Monday").
        case .this:
            if spec.weekday != nil { return tense == .past ? .sameWeek : .sameWeekOrComing }
            // "is expected this summer" said in December is the summer ahead; the summer of the year
            // while it lasts or is still to come.
            if let season = spec.season, season != .winter, tense == .future { return .onOrAfter }
            return .sameYear
        case nil: break
        }
        if spec.quarter != nil || spec.half != nil { return .onOrBefore }
        // "Wednesday's ruling" is a day already come, unless the clause looks ahead ("expects to win
        // Tuesday's primary", "campaigned hard ahead of Saturday's runoff").
        if spec.weekday != nil, spec.isPossessive {
            return tense == .future ? .onOrAfter : (tense == .nearest ? .beforeOrSoon : .onOrBefore)
        }
        switch tense {
        case .past: return .onOrBefore
        case .future: return .onOrAfter
        case .present: return spec.weekday != nil ? .onOrAfter : .nearest(futureOnTie: true)
        case .unknown: return spec.weekday != nil ? .onOrBefore : .pastBiased
        case .deadline: return spec.weekday != nil ? .onOrAfter : .nearest(futureOnTie: true)
        case .nearest: return spec.weekday != nil ? .beforeOrSoon : .nearest(futureOnTie: false)
        }
    }

    /// Places a date without a year (or a day name) relative to `dct`.
    func infer(_ spec: PointSpec, dct: CivilDate, mode: PlacementMode) -> TimexPoint? {
        // Day-level: month and day, holiday.
        if spec.month != nil && spec.day != nil || spec.holiday != nil {
            var candidates: [CivilDate] = []
            for year in (dct.year - 1)...(dct.year + 1) {
                if let h = spec.holiday {
                    if let d = h.date(in: year) { candidates.append(d) }
                } else if let d = CivilDate(year: year, month: spec.month!, day: spec.day!) {
                    candidates.append(d)
                }
            }
            if let weekday = spec.weekday, candidates.contains(where: { $0.weekday == weekday }) {
                // "Monday, Oct. 26": only years in which Oct. 26 is a Monday.
                candidates = candidates.filter { $0.weekday == weekday }
            }
            let n = dct.dayNumber
            // "Easter week" is placed by its week: on the Monday of that week it has begun.
            let scored = candidates.map { ((spec.weekOf ? $0.adding(days: 1 - $0.weekday) : $0).dayNumber - n, $0) }
            // A holiday within a month of the anchor is that one, whatever the tense: "closed early for the
            // Labor Day weekend" three days before it, "sales fell after Christmas" in January.
            if spec.holiday != nil, spec.direction == nil, mode != .sameYear,
               let near = scored.min(by: { abs($0.0) < abs($1.0) }), abs(near.0) <= 31 {
                return .day(near.1)
            }
            guard let chosen = choose(scored, mode: mode, sameYear: { $0.year == dct.year })
                    ?? choose(scored, mode: .nearest(futureOnTie: false), sameYear: { $0.year == dct.year }) else { return nil }
            return .day(chosen)
        }
        if let weekday = spec.weekday {
            if mode == .sameWeek {
                return .day(dct.adding(days: weekday - dct.weekday))
            }
            if mode == .sameWeekOrComing {
                let day = dct.adding(days: weekday - dct.weekday)
                return .day(day < dct ? day.adding(days: 7) : day)
            }
            if spec.direction == .next {
                // "next Friday" is the Friday of next week, as "next week" is the next ISO week: said on
                // a Thursday it is eight days ahead, not tomorrow (which is "Friday").
                return .day(dct.adding(days: 7 - dct.weekday + weekday))
            }
            var candidates: [(Int, CivilDate)] = []
            for offset in -7...7 {
                let d = dct.adding(days: offset)
                if d.weekday == weekday { candidates.append((offset, d)) }
            }
            guard let chosen = choose(candidates, mode: mode == .sameYear ? .nearest(futureOnTie: false) : mode, sameYear: { _ in true }) else { return nil }
            return .day(chosen)
        }
        // Period-level: month, quarter, half, season.
        let current: TimexPoint
        let target: (Int) -> TimexPoint
        if let month = spec.month {
            current = .month(year: dct.year, month: dct.month)
            target = { .month(year: $0, month: month) }
        } else if let q = spec.quarter {
            current = .quarter(year: dct.year, quarter: dct.quarter)
            target = { .quarter(year: $0, quarter: q) }
        } else if let h = spec.half {
            current = .half(year: dct.year, half: dct.month <= 6 ? 1 : 2)
            target = { .half(year: $0, half: h) }
        } else if let s = spec.season {
            current = TimexPoint.containing(dct, unit: .season)
            target = { .season(year: $0, season: s) }
        } else {
            return nil
        }
        // December is labelled as the winter of its year ("December counts as the winter of that year"),
        // which orders it before that year's spring; counted as what it is, the season after the fall, it
        // makes "next summer" the coming summer and "last summer" the one just gone.
        let currentOrdinal = spec.season != nil && dct.month == 12 ? dct.year * 4 + 4 : ordinal(current)
        var candidates: [(Int, TimexPoint)] = []
        for year in (dct.year - 2)...(dct.year + 1) {
            let t = target(year)
            candidates.append((ordinal(t) - currentOrdinal, t))
        }
        if spec.direction == .last, spec.month != nil, dct.month > 1 {
            // "last February" said in March: the month just gone would be "last month"; naming it
            // with "last" means February of last year. ("last December" in January is both.)
            candidates.removeAll { $0.0 == -1 }
        }
        return choose(candidates, mode: mode, sameYear: { $0.year == dct.year })
    }

    /// A running index of a period (months, quarters, halves, seasons) for comparisons.
    func ordinal(_ point: TimexPoint) -> Int {
        switch point {
        case .month(let y, let m): y * 12 + m - 1
        case .quarter(let y, let q): y * 4 + q - 1
        case .half(let y, let h): y * 2 + h - 1
        case .season(let y, let s): y * 4 + s.index
        default: 0
        }
    }

    /// Picks the candidate whose signed distance from the anchor fits `mode`.
    func choose<T>(_ candidates: [(Int, T)], mode: PlacementMode, sameYear: (T) -> Bool) -> T? {
        switch mode {
        case .onOrBefore: return candidates.filter { $0.0 <= 0 }.max { $0.0 < $1.0 }?.1
        case .before: return candidates.filter { $0.0 < 0 }.max { $0.0 < $1.0 }?.1
        case .onOrAfter: return candidates.filter { $0.0 >= 0 }.min { $0.0 < $1.0 }?.1
        case .after: return candidates.filter { $0.0 > 0 }.min { $0.0 < $1.0 }?.1
        case .sameYear, .sameWeek, .sameWeekOrComing: return candidates.first { sameYear($0.1) }?.1
        case .pastBiased:
            return candidates.min { cost($0.0) < cost($1.0) }?.1
        case .beforeOrSoon:
            return candidates.filter { $0.0 <= 2 }.min { abs($0.0) != abs($1.0) ? abs($0.0) < abs($1.0) : $0.0 < $1.0 }?.1
        case .nearest(let futureOnTie):
            return candidates.min { abs($0.0) != abs($1.0) ? abs($0.0) < abs($1.0) : (futureOnTie ? $0.0 > $1.0 : $0.0 < $1.0) }?.1
        }
    }

    /// The distance of a candidate for ``PlacementMode/pastBiased`` (doubled): the future counts one and a half times.
    private func cost(_ distance: Int) -> Int { distance <= 0 ? -2 * distance : 3 * distance }

    /// A two-digit year placed within 80 years before and 20 after the anchor (19xx/20xx at 30 without one).
    func expand(shortYear: Int, dct: CivilDate?) -> Int {
        guard let dct else { return shortYear >= 30 ? 1900 + shortYear : 2000 + shortYear }
        var year = (dct.year / 100) * 100 + shortYear
        if year > dct.year + 20 { year -= 100 } else if year <= dct.year - 80 { year += 100 }
        return year
    }

    /// Values with an unknown year, when there is no publication date: `XXXX-05-18`, `XXXX-WXX-2`.
    func unknownValue(_ spec: PointSpec) -> String? {
        if spec.weekOf { return "XXXX-WXX" }
        if let month = spec.month {
            if let day = spec.day { return "XXXX-\(TimexFormat.two(month))-\(TimexFormat.two(day))" }
            return "XXXX-\(TimexFormat.two(month))"
        }
        if let q = spec.quarter { return "XXXX-Q\(q)" }
        if let h = spec.half { return "XXXX-H\(h)" }
        if let s = spec.season { return "XXXX-\(s.rawValue)" }
        if let d = spec.weekday { return spec.hour == nil && spec.partOfDay == nil ? "XXXX-WXX-\(d)" : nil }
        if case .fixed(let m, let d) = spec.holiday { return "XXXX-\(TimexFormat.two(m))-\(TimexFormat.two(d))" }
        return nil
    }
}

extension TimexPoint {
    /// The day, for day points.
    var dayValue: CivilDate? {
        if case .day(let d) = self { return d }
        return nil
    }
}
