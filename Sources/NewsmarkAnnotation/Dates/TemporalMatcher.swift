import NewsmarkModel

/// Finds temporal expressions in the pieces of one sentence with hand-written matchers.
///
/// At each piece every matcher that can start there is tried and the longest match wins (sets before
/// durations before dates on ties); matching resumes after it. Adjacent matches that form one
/// expression ("Tuesday, May 19", "3 p.m. Tuesday") are merged afterwards.
struct TemporalMatcher {
    let p: [TemporalPiece]
    /// Whether the sentence has a word that can head a quarter or half; `quarter(at:)` finds nothing
    /// in one without.
    let hasQuarterHead: Bool

    init(pieces: [TemporalPiece]) {
        p = pieces
        hasQuarterHead = pieces.contains { $0.form.facts.isQuarterHead }
    }

    // MARK: - Driver

    /// Every match in the sentence, in text order, without overlaps.
    func matches() -> [TimexMatch] {
        var found: [TimexMatch] = []
        var i = 0
        while i < p.count {
            // Most pieces cannot start an expression: skip them without the matchers' call.
            if !mayStart(at: i) {
                i += 1
            } else if let match = best(at: i) {
                if isInsideName(match) || isProgrammeToday(match) {
                    i = match.range.upperBound
                    continue
                }
                found.append(match)
                i = match.range.upperBound
                if let second = secondDayOfRange(after: match) ?? secondYearOfRange(after: match) {
                    found.append(second)
                    i = second.range.upperBound
                }
            } else {
                i += 1
            }
        }
        return merged(found).map(withoutAdjectivalDeterminer)
    }

    /// Whether a one-word match is a capitalized word inside a name ("USA Today", "the China Daily",
    /// "the Morning Radio Weekly", "Ohio Forward Now", "The Tonight Show"): a capitalized
    /// word stands right before it that does not link the words of a title-case headline ("Vote Set For
    /// Today"), and no capitalized word follows it unless that word ends a programme's or group's name
    /// ("Show", "PAC"); a headline in title case goes on ("The Mayor Is Now Being Asked To Resign").
    func isInsideName(_ match: TimexMatch) -> Bool {
        guard match.range.count == 1 else { return false }
        let i = match.range.lowerBound
        guard i > 0, isCapitalized(i), isCapitalized(i - 1), p[i - 1].kind == .word, Self.nameableWords.contains(w(i)),
              !Self.titleCaseLinks.contains(w(i - 1)) else { return false }
        // "LAKE COUNTY TODAY's Mara Ellison": a possessive ends the name, whatever follows.
        if p[i].isPossessive { return true }
        if i + 1 < p.count, p[i + 1].kind == .word, p[i + 1].isCapitalized { return Self.nameEnds.contains(w(i + 1)) }
        return true
    }

    /// Whether a one-word match is a capitalized "Today" that names a broadcast programme: the whole
    /// text of a quotation (`an interview with "Today" on Monday`) or followed by "show", "program" or
    /// "programme" ("on the Today show"). "Today" that opens a sentence or a quotation goes on with a
    /// clause and stays the day.
    func isProgrammeToday(_ match: TimexMatch) -> Bool {
        guard match.range.count == 1 else { return false }
        let i = match.range.lowerBound
        guard w(i) == "today", isCapitalized(i), !p[i].isPossessive, i + 1 < p.count else { return false }
        if Self.programmeWords.contains(w(i + 1)) { return true }
        return i > 0 && Self.titleOpeningQuotes.contains(w(i - 1)) && !p[i + 1].spaceBefore && Self.closingQuotes.contains(w(i + 1))
    }

    /// Nouns after a programme's name ("the Today show").
    static let programmeWords: LexiconWordSet = ["show", "program", "programme"]

    /// Opening quotation marks before a title.
    static let titleOpeningQuotes: LexiconWordSet = ["\"", "\u{201C}", "'", "``", "\u{2018}"]

    /// Closing quotation marks after a title.
    static let closingQuotes: LexiconWordSet = ["\"", "\u{201D}", "'", "''", "\u{2019}"]

    /// Temporal words that also end or stand inside names of newspapers, programmes and groups.
    static let nameableWords: LexiconWordSet = ["today", "tonight", "tomorrow", "yesterday", "now", "daily", "weekly", "monthly"]

    /// Capitalized words after such a word that end a name ("The Tonight Show", "Ohio Forward Now PAC").
    static let nameEnds: LexiconWordSet = ["show", "pac", "program", "programme", "network", "edition", "magazine"]

    /// Title-case words that link a headline's words rather than begin a name ("Vote Set For Today").
    static let titleCaseLinks: LexiconWordSet = [
        "is", "are", "was", "were", "be", "been", "for", "by", "on", "from", "to", "of", "in", "at", "until", "till",
        "since", "starts", "begins", "ends", "opens", "closes", "comes", "arrives", "meets", "due", "set", "and", "or",
        "but", "than", "as", "here", "says", "said", "announces", "announced", "expected", "scheduled", "held", "vote",
        "votes", "it", "this", "that", "happening", "live", "out", "up", "down", "over", "off", "back",
    ]

    /// A hyphenated compound before a noun ("the two-week crisis", "the third-quarter loss", "the
    /// late-November trip") modifies that noun: the determiner belongs to the noun phrase, not to the
    /// expression (TimeML annotates "two-week"). A compound that is itself the noun ("in the
    /// mid-1990s, when …") keeps its determiner.
    func withoutAdjectivalDeterminer(_ match: TimexMatch) -> TimexMatch {
        let first = match.range.lowerBound, last = match.range.upperBound - 1
        guard match.range.count >= 3, w(first) == "the", w(last - 1) == "-", attached(last - 1), attached(last),
              last + 1 < p.count, p[last + 1].kind == .word, !p[last].isPossessive,
              !Self.nounPhraseEnders.contains(p[last + 1].lower) else { return match }
        var trimmed = match
        trimmed.range = (first + 1)..<match.range.upperBound
        return trimmed
    }

    /// Words after an expression that show it is not a modifier of a following noun.
    static let nounPhraseEnders: LexiconWordSet = [
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "when", "as",
        "that", "which", "who", "is", "was", "were", "are", "has", "had", "have", "will", "would", "ago", "earlier",
        "later", "before", "after", "since", "until", "through", "while", "because", "than",
    ]

    /// "April 24 and 25", "May 5 or 6", "June 3 to 5", "May 1-3": the second day of a range written
    /// after a date is an expression of its own, in the same month (and the year written after it:
    /// "May 1-3, 1998").
    func secondDayOfRange(after match: TimexMatch) -> TimexMatch? {
        guard case .point(var spec) = match.parse, spec.month != nil, let day = spec.day, spec.hour == nil, spec.partOfDay == nil,
              spec.relative == nil else { return nil }
        let j = match.range.upperBound
        let isDash = isRangeDash(j)
        guard isDash || Self.rangeJoiners.contains(w(j)), j + 1 < p.count, p[j + 1].kind == .number,
              let n = p[j + 1].number, p[j + 1].digitCount <= 2, n > day, n <= 31 else { return nil }
        var end = j + 2
        if isDash, spec.year != nil || spec.shortYear != nil {
            // "May 1-3, 1998": the year the first day took from after the range.
            let yearIndex = w(end) == "," ? end + 1 : end
            if let y = explicitYear(at: yearIndex), y.year == spec.year, y.short == spec.shortYear { end = y.end }
        }
        // Not a count ("on May 5 and 6 others"): the number ends its phrase.
        guard end > j + 2 || isDash || endsPhrase(after: j + 1) || Self.rangeEndFollowers.contains(w(j + 2)) else { return nil }
        spec.day = n
        spec.weekday = nil
        guard validDayMonth(spec) else { return nil }
        return TimexMatch(range: (j + 1)..<end, parse: .point(spec), confidence: match.confidence * 0.9)
    }

    /// "1990-1995", "1998-99", "1990–95": the second year of a range written with a dash is an
    /// expression of its own, as TimeML annotates ranges; two digits take the first year's century.
    func secondYearOfRange(after match: TimexMatch) -> TimexMatch? {
        guard case .point(let first) = match.parse, let year = first.year, first.month == nil, first.quarter == nil,
              first.half == nil, first.season == nil, first.relative == nil, first.holiday == nil else { return nil }
        let j = match.range.upperBound
        guard isRangeDash(j), j + 1 < p.count, p[j + 1].kind == .number, let n = p[j + 1].number else { return nil }
        var second: Int
        switch p[j + 1].digitCount {
        case 4: second = n
        case 2:
            second = year / 100 * 100 + n
            if second <= year { second += 100 }
        default: return nil
        }
        guard second > year, second - year < 100 else { return nil }
        // Not a score or a code ("1998-99 season" is still a range; "1998-99%" is not).
        if w(j + 2) == "%" || w(j + 2) == "percent" { return nil }
        var spec = PointSpec()
        spec.year = second
        return TimexMatch(range: (j + 1)..<(j + 2), parse: .point(spec), confidence: match.confidence * 0.9)
    }

    /// A dash joining the two ends of a range with no space around it ("1-3", "1990-95", "1990–95").
    func isRangeDash(_ j: Int) -> Bool {
        attached(j) && attached(j + 1) && (w(j) == "-" || w(j) == "\u{2013}")
    }

    func best(at i: Int) -> TimexMatch? {
        guard mayStart(at: i) else { return nil }
        let piece = p[i]
        let c = piece.classes.subtracting(.notStarting)
        let isNumber = piece.kind == .number
        var best: TimexMatch?
        func consider(_ m: TimexMatch?) {
            guard let m, m.range.upperBound > i else { return }
            if best == nil || m.range.upperBound > best!.range.upperBound { best = m }
        }
        if isNumber || !c.isDisjoint(with: [.setStart, .countStart, .weekdayPlural]) { consider(set(at: i)) }
        if c.contains(.vagueStart) { consider(vague(at: i)) }
        if isNumber || !c.isDisjoint(with: [.countStart, .durationStart, .unit]) { consider(duration(at: i)) }
        if c.contains(.modifierStart) { consider(modified(at: i)) }
        consider(point(at: i, cued: false))
        if isNumber || piece.startsWithDigit || c.contains(.clockWord) { consider(clock(at: i)) }
        return best
    }

    /// Whether an expression can start at piece `i`: `best(at:)` finds nothing where this is false.
    /// Most pieces end here, on their word classes; the string tests run only for the few without any.
    @inline(__always)
    func mayStart(at i: Int) -> Bool {
        guard i >= 0, i < p.count else { return false }
        // (Both tests are fields of the piece's form, derived once per form: see
        // ``TemporalPieceForm/startsNothing`` and ``TemporalPieceForm/continuesFunctionWord``.)
        let form = p[i].form
        if form.startsNothing { return false }
        // A function word ("the", "a", "this", "about") starts an expression only before a word that can
        // continue one.
        if form.classes.contains(.needsSuccessor) {
            guard i + 1 < p.count, p[i + 1].form.continuesFunctionWord else { return false }
        }
        return true
    }

    /// `mayStart(at:)` computed from the word classes directly (the reference the tests compare the
    /// form fields with).
    func mayStartByClasses(at i: Int) -> Bool {
        guard i >= 0, i < p.count else { return false }
        let classes = p[i].classes
        let kind = p[i].kind
        if classes.subtracting(.notStarting).isEmpty, kind != .number, !p[i].startsWithDigit {
            switch kind {
            case .punctuation:
                guard p[i].form.facts.isApostrophe else { return false }
            case .word:
                guard p[i].form.facts.startsWithFY else { return false }
            default: return false
            }
        }
        if classes.contains(.needsSuccessor) {
            guard i + 1 < p.count else { return false }
            let next = i + 1
            guard !p[next].classes.subtracting(.notStarting).isEmpty || p[next].kind == .number || p[next].startsWithDigit
                    || p[next].lower == "-" || p[next].form.facts.isApostrophe || p[next].classes.contains(.successor)
            else { return false }
        }
        return true
    }

    // Word lists of the matchers, built once (an array literal in a matcher is allocated per call).

    /// Words joining the two days of a range ("May 5 or 6").
    static let rangeJoiners: LexiconWordSet = ["and", "or", "to", "through", "till", "until"]

    /// Prepositions that may follow the second day of a range.
    static let rangeEndFollowers: LexiconWordSet = ["in", "at", "on", "for", "from", "with", "of"]

    /// Conjunctions that end a phrase.
    static let phraseEndingWords: LexiconWordSet = ["and", "but", "or", "when", "as", "because", "while", "so"]

    /// Counts of unknown size ("several", "a few").
    static let unknownCounts: LexiconWordSet = ["several", "few", "many", "numerous", "countless", "some", "various"]

    /// Plural round numbers before "of" ("dozens of").
    static let roundCountsOf: LexiconWordSet = ["dozens", "hundreds", "thousands"]

    /// Words after a number that make it a quantity or a clock time, not a day of the month.
    static let notDayFollowers: LexiconWordSet = ["%", "percent", "per", "million", "billion", "points", "p.m.", "a.m.", "pm", "am", "p.m", "a.m"]

    /// Words after "May" or "March" that show the verb.
    static let verbMayMarchFollowers: LexiconWordSet = ["be", "have", "not", "also", "well", "on", "to", "the", "against", "through"]

    /// Month names of four letters or fewer that are not abbreviations.
    static let unabbreviatedShortMonths: LexiconWordSet = ["june", "july", "may"]

    /// Signs before a number that make it an amount or a number, not a year.
    static let currencySigns: LexiconWordSet = ["$", "£", "€", "¥", "#"]

    /// Words before a season without a year that make it a time ("in spring").
    static let seasonCues: LexiconWordSet = ["in", "into", "during", "by", "until", "till", "since", "through", "over", "throughout", "this", "last", "next", "early", "late", "mid", "before", "after", "for"]

    /// Determiners and modifiers before a bare season ("last spring").
    static let seasonDeterminers: LexiconWordSet = ["this", "last", "next", "early", "late", "mid"]

    /// Words after a count of units that point back ("a year ago").
    static let backwardOffsetWords: LexiconWordSet = ["ago", "earlier", "before"]

    /// Verbs of moving or putting off before a count of units and "back" ("set the project two years
    /// back", "pushed the vote a week back"): a shift, not a time ago.
    static let verbsMovingBack: LexiconWordSet = [
        "set", "sets", "setting", "push", "pushes", "pushed", "pushing", "move", "moves", "moved", "moving", "put",
        "puts", "putting", "pull", "pulls", "pulled", "pulling", "step", "stepped", "go", "goes", "went", "going",
        "date", "dates", "dated", "dating", "turn", "turned", "roll", "rolled", "fall", "falls", "fell", "slip",
        "slipped", "knocked", "it", "them", "him", "her", "launch", "vote", "deadline", "clock",
        "clocks",
    ]

    /// "ended", "ending" before the last day of a period.
    static let periodEndWords: LexiconWordSet = ["ended", "ending"]

    /// "year-earlier", "year-ago".
    static let yearBackwardWords: LexiconWordSet = ["earlier", "ago"]

    /// Determiners of a relative date after "earlier" or "later".
    static let deicticDeterminers: LexiconWordSet = ["this", "that", "last", "next"]

    /// Words after "the year" that make it a year-long period.
    static let periodBoundWords: LexiconWordSet = ["ended", "ending", "ends", "to", "through"]

    /// Prepositions before "the time", "that time".
    static let narrativeTimePrepositions: LexiconWordSet = ["at", "by", "since", "until"]

    /// Opening quotation marks before a title in capitals.
    static let openingQuotes: LexiconWordSet = ["\"", "\u{201C}", "'"]

    /// Prepositions before a bare clock time ("at 15:30").
    static let clockPrepositions: LexiconWordSet = ["at", "by", "from", "until", "till", "before", "after", "around", "about", "since", "to"]

    /// Qualifiers of a duration that need no "the" ("past three years").
    static let bareDurationQualifiers: LexiconWordSet = ["past", "next", "coming"]

    /// Words before plural days, hours or minutes that make them a duration.
    static let shortUnitDurationCues: LexiconWordSet = ["for", "within", "over", "in", "took", "take", "takes", "lasted", "last"]

    /// Qualifiers of a singular unit that make it a duration ("the past week").
    static let singularDurationQualifiers: LexiconWordSet = ["past", "last", "first", "entire", "whole", "full", "previous"]

    /// "to", "or" between two counts.
    static let rangeWords: LexiconWordSet = ["to", "or"]

    /// Words after a range of counts that make it an offset or an age.
    static let offsetOrAgeWords: LexiconWordSet = ["ago", "earlier", "later", "old", "before", "after", "hence"]

    /// Frequency adverbs that are also adjectives before a noun.
    static let adjectivalFrequencies: LexiconWordSet = ["quarterly", "biweekly", "bimonthly", "semiannually"]

    /// Words after a frequency and before its unit ("twice a week").
    static let frequencyDistributors: LexiconWordSet = ["a", "an", "per", "each", "every"]

    /// Nouns after "current" that make it an adjective of kind, not of time.
    static let nonTemporalCurrentNouns: LexiconWordSet = ["account", "accounts", "affairs", "events", "prices", "dollars", "assets", "liabilities"]

    /// Units of distance before "per" that make a speed ("miles per hour").
    static let distanceUnits: LexiconWordSet = [
        "mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "km", "metre", "metres", "meter",
        "meters", "m", "feet", "foot", "ft", "yards", "inches", "knots", "nautical", "mph", "kph", "kmh",
    ]

    /// Modals before "one day" that make it the future.
    static let modalsBeforeOneDay: LexiconWordSet = ["will", "would", "could", "might", "may", "can", "should", "must"]

    /// Adjectives between "the" and "future" or "past".
    static let futureAdjectives: LexiconWordSet = ["near", "distant", "foreseeable", "immediate", "not-too-distant", "recent"]

    /// Qualifiers before a count of units ("the past three years", "the first nine months").
    static let durationQualifiers: LexiconWordSet = ["past", "last", "next", "coming", "previous", "first", "following", "final", "initial", "remaining", "entire", "whole", "full", "preceding", "prior", "latest", "same", "intervening", "ensuing", "succeeding"]

    /// Quantities before "a day", "a year" that make it a rate.
    static let ratedQuantities: LexiconWordSet = ["%", "percent", "million", "billion", "trillion", "thousand", "hundred", "dollars", "cents", "pounds", "euros", "yen", "barrels", "tons", "tonnes", "hours", "times", "meals", "miles", "calls"]

    /// Words after "a second" that keep it a unit of time ("a second later", "a second or two", "for a
    /// second in the dark"); before any other word it is the ordinal ("a second term").
    static let wordsAfterASecond: LexiconWordSet = [
        "later", "earlier", "ago", "before", "after", "or", "and", "of", "longer", "more", "too", "each", "every", "per",
        "in", "to", "at", "for", "from", "with", "on", "into", "than", "as", "when", "while", "but", "so", "then",
        "there", "here", "until", "till", "during", "by", "the", "a", "an", "that", "this", "is", "was", "he", "she",
        "it", "they", "we", "i", "you",
    ]

    /// The words after "the" that `deictic(at:)` reads ("the next day", "the year", "the time").
    static let deicticWordsAfterThe: LexiconWordSet = [
        "next", "following", "succeeding", "subsequent", "previous", "preceding", "prior", "same", "current", "present",
        "coming", "past", "last", "day", "week", "month", "year", "weekend", "full", "whole", "entire", "fiscal",
        "financial", "time",
    ]

    // MARK: - Piece helpers

    /// Prepositions after which "that Friday" names a day ("until that Friday"), not a clause ("said that Friday …").
    static let prepositionsBeforeThatDay: LexiconWordSet = [
        "on", "by", "until", "till", "before", "after", "since", "from", "of", "for", "during",
    ]

    @inline(__always) func w(_ i: Int) -> String { i >= 0 && i < p.count ? p[i].lower : "" }
    /// Whether the piece at `i` is an apostrophe (`'` or `’`).
    @inline(__always) func isApostrophe(_ i: Int) -> Bool { i >= 0 && i < p.count && p[i].form.facts.isApostrophe }
    @inline(__always) func attached(_ i: Int) -> Bool { i > 0 && i < p.count && !p[i].spaceBefore }
    /// Takes a part of the day ("evening", "night") standing at `end` into `spec` and moves `end` past it;
    /// leaves both alone when none stands there.
    @inline(__always) func takePartOfDay(at end: inout Int, into spec: inout PointSpec) {
        guard let part = TemporalLexicon.partsOfDay[w(end)] else { return }
        spec.partOfDay = part
        end += 1
    }
    @inline(__always) func isCapitalized(_ i: Int) -> Bool { i >= 0 && i < p.count && p[i].isCapitalized }

    /// The end of `words` matched at `i`, or `nil`.
    func words(_ words: [String], at i: Int) -> Int? {
        var j = i
        for word in words {
            guard w(j) == word else { return nil }
            j += 1
        }
        return j
    }

    /// Whether the piece after `i` ends a phrase (punctuation, end of sentence or a conjunction).
    func endsPhrase(after i: Int) -> Bool {
        guard i + 1 < p.count else { return true }
        let next = p[i + 1]
        if next.kind == .punctuation { return next.lower != "-" }
        return Self.phraseEndingWords.contains(next.lower)
    }

    // MARK: - Numbers

    /// A count before a unit: digits, number words, "a", "a couple of", or an unknown count ("several",
    /// "a few": `value` nil). `end` is the piece after it.
    func count(at i: Int) -> (value: Double?, end: Int)? {
        guard i < p.count else { return nil }
        let word = w(i)
        var value: Double?
        var end = i + 1
        if p[i].kind == .number {
            if let n = p[i].number, p[i].digitCount <= 6 {
                value = Double(n)
            } else if let d = Double(word.filter { $0 != "," }), !p[i].form.numberHasColon {
                value = d
            } else {
                return nil
            }
        } else if word == "a" || word == "an" {
            switch w(i + 1) {
            case "few": return (nil, i + 2)
            case "couple": return w(i + 2) == "of" ? (2, i + 3) : (2, i + 2)
            case "dozen": return (12, i + 2)
            case "half":
                if w(i + 2) == "dozen" { return (6, i + 3) }
                return (0.5, i + 2)
            case "hundred": return (100, i + 2)
            case "thousand": return (1000, i + 2)
            case "number": return w(i + 2) == "of" ? (nil, i + 3) : nil
            default: return (1, i + 1)
            }
        } else if word == "half" {
            if w(i + 1) == "a" || w(i + 1) == "an" { return (0.5, i + 2) }
            return nil
        } else if Self.unknownCounts.contains(word) {
            return (nil, i + 1)
        } else if Self.roundCountsOf.contains(word), w(i + 1) == "of" {
            return (nil, i + 2)
        } else if word == "couple", w(i + 1) == "of" {
            return (2, i + 2)
        } else if word == "dozen" {
            return (12, i + 1)
        } else if let n = numberWordAt(i) {
            var total = n
            if n >= 20, n % 10 == 0, w(i + 1) == "-", attached(i + 1), let u = numberWordAt(i + 2), u < 10, u > 0 {
                total += u
                end = i + 3
            } else if n >= 20, n % 10 == 0, let u = numberWordAt(i + 1), u < 10, u > 0 {
                total += u
                end = i + 2
            }
            if w(end) == "hundred" {
                total *= 100
                end += 1
            } else if w(end) == "thousand" {
                total *= 1000
                end += 1
            }
            value = Double(total)
        } else {
            return nil
        }
        // "two and a half", "2 1/2"
        if let v = value, w(end) == "and", w(end + 1) == "a", w(end + 2) == "half" {
            value = v + 0.5
            end += 3
        }
        return (value, end)
    }

    /// A calendar unit at `i`: (unit, plural).
    func unit(at i: Int) -> (TimexUnit, Bool)? { unitAt(i) }

    /// A day of the month at `i`: 1–31 as digits ("20") or a numeric ordinal ("20th"), or an ordinal
    /// word when `allowWords`.
    func dayOfMonth(at i: Int, allowWords: Bool) -> (day: Int, end: Int)? {
        guard i < p.count else { return nil }
        let piece = p[i]
        if piece.kind == .number {
            guard let n = piece.number, piece.digitCount <= 2, (1...31).contains(n) else { return nil }
            // Not a quantity or a clock time.
            let next = w(i + 1)
            if Self.notDayFollowers.contains(next) { return nil }
            return (n, i + 1)
        }
        if piece.kind == .word {
            if let n = numericOrdinalAt(i), (1...31).contains(n) { return (n, i + 1) }
            if allowWords, let n = ordinalWordAt(i), (1...31).contains(n) { return (n, i + 1) }
            if allowWords, (piece.lower == "twenty" || piece.lower == "thirty"), w(i + 1) == "-",
               let n = ordinalWordAt(i + 2), n < 10 {
                return ((piece.lower == "twenty" ? 20 : 30) + n, i + 3)
            }
        }
        return nil
    }

    // Lexicon facts of the piece at an index (nothing outside the sentence), read from its form.

    /// The month named at `i` (``TemporalLexicon/months``).
    @inline(__always) func monthAt(_ i: Int) -> Int? {
        guard i >= 0, i < p.count else { return nil }
        let m = p[i].form.facts.month
        return m > 0 ? Int(m) : nil
    }
    /// The ISO weekday of the full day name at `i` (``TemporalLexicon/weekdays``).
    @inline(__always) func weekdayAt(_ i: Int) -> Int? {
        guard i >= 0, i < p.count else { return nil }
        let d = p[i].form.facts.weekday
        return d > 0 ? Int(d) : nil
    }
    /// The value of the number word at `i` (``TemporalLexicon/numberWords``).
    @inline(__always) func numberWordAt(_ i: Int) -> Int? {
        guard i >= 0, i < p.count else { return nil }
        let n = p[i].form.facts.numberWord
        return n >= 0 ? Int(n) : nil
    }
    /// The value of the ordinal word at `i` (``TemporalLexicon/ordinalWords``).
    @inline(__always) func ordinalWordAt(_ i: Int) -> Int? {
        guard i >= 0, i < p.count else { return nil }
        let n = p[i].form.facts.ordinalWord
        return n > 0 ? Int(n) : nil
    }
    /// The value of the numeric ordinal at `i` ("20th").
    @inline(__always) func numericOrdinalAt(_ i: Int) -> Int? {
        guard i >= 0, i < p.count else { return nil }
        let n = p[i].form.facts.numericOrdinal
        return n >= 0 ? Int(n) : nil
    }
    /// The calendar unit named at `i` and whether it is plural (``TemporalLexicon/units``).
    @inline(__always) func unitAt(_ i: Int) -> (TimexUnit, Bool)? {
        guard i >= 0, i < p.count, let u = p[i].form.facts.unit else { return nil }
        return (u, p[i].form.facts.unitIsPlural)
    }

    /// An ordinal 1–4 for quarters and halves: "first", "3rd".
    func smallOrdinal(at i: Int) -> Int? {
        if let n = ordinalWordAt(i), n <= 4 { return n }
        if let n = numericOrdinalAt(i), (1...4).contains(n) { return n }
        return nil
    }

    /// A year written in full ("1998"), or with an apostrophe ("'98"), at `i`.
    func explicitYear(at i: Int) -> (year: Int?, short: Int?, end: Int)? {
        guard i < p.count else { return nil }
        if p[i].kind == .number, p[i].digitCount == 4, let n = p[i].number, (1000...2999).contains(n) {
            return (n, nil, i + 1)
        }
        if isApostrophe(i), i + 1 < p.count, attached(i + 1), p[i + 1].kind == .number,
           p[i + 1].digitCount == 2, let n = p[i + 1].number {
            return (nil, n, i + 2)
        }
        // A year in words, as transcripts write it: "January nineteen ninety-seven".
        if p[i].classes.contains(.numberWord), let spelled = spelledYear(at: i), case .point(let spec) = spelled.parse,
           let year = spec.year, year % 100 != 0 || spelled.range.count > 2 {
            return (year, nil, spelled.range.upperBound)
        }
        return nil
    }

    // MARK: - Dates

    /// Any date-like expression at `i`. `cued` says a modifier or preposition precedes it, which lets an
    /// ambiguous month name ("May") stand alone.
    func point(at i: Int, cued: Bool) -> TimexMatch? {
        guard i < p.count else { return nil }
        var best: TimexMatch?
        func consider(_ m: TimexMatch?) {
            guard let m else { return }
            if best == nil || m.range.upperBound > best!.range.upperBound { best = m }
        }
        let word = w(i)
        let piece = p[i]
        let c = piece.classes
        if piece.kind == .number || isApostrophe(i) {
            consider(numericDate(at: i))
            consider(dayFirst(at: i))
            consider(year(at: i, cued: cued))
            consider(quarter(at: i))
        }
        guard piece.kind == .word else { return best }
        if c.contains(.month) { consider(monthFirst(at: i, cued: cued)) }
        if c.contains(.weekday) { consider(weekday(at: i)) }
        if word == "the" {
            consider(dayFirst(at: i))
            consider(quarter(at: i))
            consider(decade(at: i))
            consider(century(at: i))
            consider(season(at: i, cued: cued))
            consider(holiday(at: i))
            consider(fiscalYear(at: i))
            consider(deictic(at: i))
            return best
        }
        if c.contains(.season) { consider(season(at: i, cued: cued)) }
        if c.contains(.ordinal) || piece.startsWithDigit {
            consider(dayFirst(at: i))
            consider(century(at: i))
        }
        if piece.startsWithDigit || c.contains(.decadeWord) { consider(decade(at: i)) }
        if piece.isCapitalized, c.contains(.holidayStart) { consider(holiday(at: i)) }
        if c.contains(.quarterStart) || piece.startsWithDigit { consider(quarter(at: i)) }
        if c.contains(.fiscalStart) || piece.form.facts.startsWithFY { consider(fiscalYear(at: i)) }
        if c.contains(.numberWord) { consider(spelledYear(at: i)) }
        if c.contains(.deicticStart) { consider(deictic(at: i)) }
        return best
    }

    /// "May 20, 1998", "May 20", "Sept. 30", "May 1998", "May of 1998", "May".
    func monthFirst(at i: Int, cued: Bool) -> TimexMatch? {
        let word = w(i)
        guard let month = monthAt(i), isCapitalized(i) else { return nil }
        var j = i + 1
        let abbreviated = word.utf8.count <= 4 && word != "june" && word != "july" && word != "may"
        if abbreviated, w(j) == ".", attached(j) { j += 1 } else if abbreviated && word.utf8.count == 3 && !cued && TemporalLexicon.ambiguousMonths.contains(word) {
            // "Jan" or "Mar" without a period needs a day or year to follow.
            guard dayOfMonth(at: j, allowWords: false) != nil || explicitYear(at: j) != nil else { return nil }
        }
        if let (day, afterDay) = dayOfMonth(at: j, allowWords: false) {
            let k = afterDay
            // "May 18-20, 1998": the first day here, with the year written after the range; the second
            // day is its own expression (`secondDayOfRange`).
            let isRange = isRangeDash(k) && k + 1 < p.count && p[k + 1].kind == .number && p[k + 1].digitCount <= 2
                && (p[k + 1].number ?? 99) <= 31
            var yearIndex = isRange ? k + 2 : k
            if w(yearIndex) == "," { yearIndex += 1 }
            if let y = explicitYear(at: yearIndex) {
                var spec = PointSpec()
                spec.year = y.year
                spec.shortYear = y.short
                spec.month = month
                spec.day = day
                guard y.year == nil || CivilDate(year: y.year!, month: month, day: day) != nil else { return nil }
                return TimexMatch(range: i..<(isRange ? k : y.end), parse: .point(spec), confidence: 0.97)
            }
            guard day <= TimexValue.daysIn(month: month, year: nil) else { return nil }
            var spec = PointSpec()
            spec.month = month
            spec.day = day
            return TimexMatch(range: i..<k, parse: .point(spec), confidence: 0.92)
        }
        var yearIndex = j
        if w(yearIndex) == "of" || w(yearIndex) == "," { yearIndex += 1 }
        if let y = explicitYear(at: yearIndex) {
            var spec = PointSpec()
            spec.year = y.year
            spec.shortYear = y.short
            spec.month = month
            return TimexMatch(range: i..<y.end, parse: .point(spec), confidence: 0.95)
        }
        // "May of last year", "March this year", "June next year".
        if let rel = yearRelativeSuffix(at: w(j) == "of" ? j + 1 : j) {
            var spec = PointSpec()
            spec.month = month
            spec.relativeYear = rel.offset
            return TimexMatch(range: i..<rel.end, parse: .point(spec), confidence: 0.9)
        }
        // A month on its own.
        let previous = w(i - 1)
        let isCued = cued || TemporalLexicon.dateCues.contains(previous) || monthAt(i - 1) != nil
            || TemporalLexicon.determiners.contains(previous)
        if TemporalLexicon.ambiguousMonths.contains(word) || abbreviated {
            // "August heating oil", "March wheat": a contract month at the head of a market report.
            let namesContract = !isCued && isCapitalized(i) && !isCapitalized(j) && TemporalLexicon.contractWords.contains(w(j))
            guard isCued || namesContract, !abbreviated || w(i + 1) == "." else { return nil }
            // "may" the verb after "it" etc. is lower-case and never gets here; "March" the verb is rare
            // after a cue word.
            if word == "may" || word == "march" {
                let next = w(j)
                if Self.verbMayMarchFollowers.contains(next) { return nil }
            }
        }
        var spec = PointSpec()
        spec.month = month
        return TimexMatch(range: i..<j, parse: .point(spec), confidence: isCued ? 0.85 : 0.75)
    }

    /// "this year", "last year", "next year" after a month or quarter: the year offset.
    func yearRelativeSuffix(at i: Int) -> (offset: Int, end: Int)? {
        guard w(i + 1) == "year" else { return nil }
        switch w(i) {
        case "this": return (0, i + 2)
        case "last": return (-1, i + 2)
        case "next": return (1, i + 2)
        default: return nil
        }
    }

    /// "20 May 1998", "20 May", "the 20th of May", "20th May, 1998".
    func dayFirst(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        var j = i
        let hasThe = w(j) == "the"
        if hasThe { j += 1 }
        guard let (day, afterDay) = dayOfMonth(at: j, allowWords: hasThe) else { return nil }
        var k = afterDay
        if w(k) == "of" { k += 1 }
        guard let month = monthAt(k), isCapitalized(k) else {
            // "on the 5th": a day of the anchor's month (or the one next to it).
            // An ordinal before a noun is no day ("on the third floor", "on the fourth-floor balcony"): the
            // day ends its phrase.
            let ends = afterDay >= p.count || (p[afterDay].kind == .punctuation && w(afterDay) != "-")
                || Self.nounPhraseEnders.contains(w(afterDay))
            if hasThe, w(i - 1) == "on", p[j].kind == .word, unitAt(afterDay) == nil, w(afterDay) != "of", ends {
                var spec = PointSpec()
                spec.day = day
                return TimexMatch(range: i..<afterDay, parse: .point(spec), confidence: 0.7)
            }
            return nil
        }
        var end = k + 1
        if w(k).utf8.count <= 4, !Self.unabbreviatedShortMonths.contains(w(k)), w(end) == ".", attached(end) { end += 1 }
        var yearIndex = end
        if w(yearIndex) == "," { yearIndex += 1 }
        var spec = PointSpec()
        spec.month = month
        spec.day = day
        if let y = explicitYear(at: yearIndex) {
            spec.year = y.year
            spec.shortYear = y.short
            end = y.end
            if let year = y.year, CivilDate(year: year, month: month, day: day) == nil { return nil }
        } else if day > TimexValue.daysIn(month: month, year: nil) {
            return nil
        }
        return TimexMatch(range: i..<end, parse: .point(spec), confidence: 0.95)
    }

    /// "20.05.1998" (day first), "1998-05-20" (ISO), "05/20/1998" (month first unless the first number
    /// exceeds 12), "5/20/98".
    func numericDate(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        let piece = p[i]
        guard piece.kind == .number else { return nil }
        // One token with dots: 20.05.1998
        let text = piece.lower
        if piece.form.numberHasPeriod {
            let fields = text.split(separator: ".").map { Int($0) }
            let lengths = text.split(separator: ".").map(\.count)
            guard fields.count == 3, let a = fields[0], let b = fields[1], let c = fields[2], lengths[0] <= 2, lengths[1] <= 2,
                  lengths[2] == 4 || lengths[2] == 2 else { return nil }
            var spec = PointSpec()
            if lengths[2] == 4 { spec.year = c } else { spec.shortYear = c }
            (spec.day, spec.month) = b > 12 && a <= 12 ? (b, a) : (a, b)
            guard validDayMonth(spec) else { return nil }
            return TimexMatch(range: i..<(i + 1), parse: .point(spec), confidence: 0.9)
        }
        guard let a = piece.number else { return nil }
        let sep = w(i + 1)
        guard sep == "-" || sep == "/", attached(i + 1), i + 4 < p.count, attached(i + 2), w(i + 3) == sep, attached(i + 3),
              attached(i + 4), let b = p[i + 2].number, let c = p[i + 4].number else { return nil }
        var spec = PointSpec()
        if sep == "-" {
            guard piece.digitCount == 4, p[i + 2].digitCount == 2, p[i + 4].digitCount == 2 else { return nil }
            spec.year = a
            spec.month = b
            spec.day = c
        } else {
            guard piece.digitCount <= 2, p[i + 2].digitCount <= 2, p[i + 4].digitCount == 4 || p[i + 4].digitCount == 2 else { return nil }
            if p[i + 4].digitCount == 4 { spec.year = c } else { spec.shortYear = c }
            (spec.month, spec.day) = a > 12 && b <= 12 ? (b, a) : (a, b)
        }
        guard validDayMonth(spec) else { return nil }
        return TimexMatch(range: i..<(i + 5), parse: .point(spec), confidence: 0.9)
    }

    func validDayMonth(_ spec: PointSpec) -> Bool {
        guard let m = spec.month, let d = spec.day, (1...12).contains(m) else { return false }
        if let y = spec.year { return CivilDate(year: y, month: m, day: d) != nil }
        return d >= 1 && d <= TimexValue.daysIn(month: m, year: nil)
    }

    /// A year on its own: "1998", "'98", "1998's".
    func year(at i: Int, cued: Bool) -> TimexMatch? {
        guard let y = explicitYear(at: i) else { return nil }
        let previous = w(i - 1)
        if let year = y.year {
            if Self.currencySigns.contains(previous) || TemporalLexicon.nonYearPrecursors.contains(previous) { return nil }
            if previous == ".", TemporalLexicon.nonYearPrecursors.contains(w(i - 2)) { return nil }
            let isCued = cued || TemporalLexicon.dateCues.contains(previous) || monthAt(i - 1) != nil
                || TemporalLexicon.determiners.contains(previous) || (i > 0 && p[i - 1].isPossessive)
            let next = i + 1 < p.count ? p[i + 1] : nil
            if let next {
                if next.lower == "%" || next.lower == "percent" || next.lower == ":" { return nil }
                if next.lower == "-" && attached(i + 1) && i + 2 < p.count && p[i + 2].kind == .number && p[i + 2].digitCount != 2 && p[i + 2].digitCount != 4 {
                    return nil
                }
                if next.kind == .word, !next.isCapitalized, !isCued, !TemporalLexicon.yearFollowers.contains(next.lower),
                   unitAt(i + 1) == nil {
                    return nil
                }
            }
            if previous == "," && i >= 2 && p[i - 2].kind == .number { return nil }  // "1,200, 1998" lists
            let plausible = isCued ? (1000...2199).contains(year) : (1800...2150).contains(year)
            guard plausible else { return nil }
            var spec = PointSpec()
            spec.year = year
            return TimexMatch(range: i..<y.end, parse: .point(spec), confidence: isCued ? 0.9 : 0.8)
        }
        var spec = PointSpec()
        spec.shortYear = y.short
        return TimexMatch(range: i..<y.end, parse: .point(spec), confidence: 0.8)
    }

    /// "fiscal 1998", "fiscal year 1998", "the fiscal year", "FY1998", "the year 1998".
    func fiscalYear(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        var j = i
        if w(j) == "the" { j += 1 }
        let word = w(j)
        if word == "fiscal" || word == "financial" || word == "calendar" || word == "model" || word == "year" {
            var k = j + 1
            if word != "year" && w(k) == "year" { k += 1 }
            if let y = explicitYear(at: k) {
                var spec = PointSpec()
                spec.year = y.year
                spec.shortYear = y.short
                if word != "year", word != "model", let first = y.year, let last = fiscalRangeEnd(after: y.end, first: first) {
                    // "fiscal 1998-99" is one fiscal year, named by the year in which it ends (the
                    // "fiscal 1999" of a single-year label), not two years.
                    spec.year = last
                    return TimexMatch(range: i..<(y.end + 2), parse: .point(spec), confidence: 0.9)
                }
                return TimexMatch(range: i..<y.end, parse: .point(spec), confidence: 0.9)
            }
            if word == "year", w(k) == "two", w(k + 1) == "thousand" {
                var spec = PointSpec()
                spec.year = 2000
                return TimexMatch(range: i..<(k + 2), parse: .point(spec), confidence: 0.85)
            }
            if word == "fiscal" || word == "financial", w(j + 1) == "year" {
                // "the fiscal year", "the current fiscal year", "next fiscal year" are handled by deictic.
                return nil
            }
            return nil
        }
        if word.hasPrefix("fy"), word.count == 6 || word.count == 4, let n = Int(word.dropFirst(2)) {
            var spec = PointSpec()
            if word.count == 6 { spec.year = n } else { spec.shortYear = n }
            return TimexMatch(range: i..<(j + 1), parse: .point(spec), confidence: 0.85)
        }
        return nil
    }

    /// The second year of a fiscal year written as a range ("1998-99", "1998-1999", "1999-2000") when
    /// it follows `first` by one year at `dash`.
    func fiscalRangeEnd(after dash: Int, first: Int) -> Int? {
        guard isRangeDash(dash), dash + 1 < p.count, p[dash + 1].kind == .number, let n = p[dash + 1].number else { return nil }
        let second: Int
        switch p[dash + 1].digitCount {
        case 2: second = (first + 1) / 100 * 100 + n
        case 4: second = n
        default: return nil
        }
        return second == first + 1 ? second : nil
    }

    /// Spoken years: "nineteen ninety-eight", "nineteen eighty", "nineteen hundred".
    func spelledYear(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        guard let first = numberWordAt(i), (11...20).contains(first) else { return nil }
        if w(i + 1) == "hundred", numberWordAt(i + 2) == nil, TemporalLexicon.dateCues.contains(w(i - 1)) {
            var spec = PointSpec()
            spec.year = first * 100
            return TimexMatch(range: i..<(i + 2), parse: .point(spec), confidence: 0.7)
        }
        guard let tens = numberWordAt(i + 1), tens >= 20, tens % 10 == 0 else { return nil }
        var end = i + 2
        var year = first * 100 + tens
        if w(end) == "-", attached(end), let u = numberWordAt(end + 1), (1...9).contains(u) {
            year += u
            end += 2
        } else if let u = numberWordAt(end), (1...9).contains(u) {
            year += u
            end += 1
        }
        guard unitAt(end) == nil, w(end) != "people" else { return nil }
        var spec = PointSpec()
        spec.year = year
        return TimexMatch(range: i..<end, parse: .point(spec), confidence: 0.7)
    }

    /// "the 1990s", "1990s", "the '90s", "the nineties", "the 1800s" (a century).
    func decade(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        var j = i
        let hasThe = w(j) == "the"
        if hasThe { j += 1 }
        var apostrophe = false
        if isApostrophe(j) {
            apostrophe = true
            j += 1
        }
        let word = w(j)
        var spec = PointSpec()
        if j < p.count, p[j].classes.contains(.decadeWord), let d = TemporalLexicon.decadeWords[word] {
            guard hasThe || apostrophe else { return nil }
            spec.shortDecade = d
        } else {
            guard word.utf8.count == 3 || word.utf8.count == 5 else { return nil }
            let utf8 = Array(word.utf8)
            guard utf8.count == 3 || utf8.count == 5, utf8.last == UInt8(ascii: "s"),
                  utf8.dropLast().allSatisfy({ $0 >= 48 && $0 <= 57 }), utf8[utf8.count - 2] == UInt8(ascii: "0") else { return nil }
            let n = Int(String(decoding: utf8.dropLast(), as: UTF8.self)) ?? 0
            if utf8.count == 5 {
                guard (1000...2990).contains(n) else { return nil }
                if n % 100 == 0 && n != 2000 { spec.century = n / 100 } else { spec.decade = n / 10 }
            } else {
                guard hasThe || apostrophe || TemporalLexicon.dateCues.contains(w(i - 1)) else { return nil }
                spec.shortDecade = n / 10
            }
        }
        return TimexMatch(range: i..<(j + 1), parse: .point(spec), confidence: 0.9)
    }

    /// "the 20th century", "the twentieth century", "the 19th-century".
    func century(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        var j = i
        if w(j) == "the" { j += 1 }
        var n: Int?
        var k = j + 1
        if let o = numericOrdinalAt(j) { n = o } else if let o = ordinalWordAt(j) { n = o }
        else if (w(j) == "twenty" || w(j) == "nineteenth"), w(j + 1) == "-", let o = ordinalWordAt(j + 2) {
            n = 20 + o
            k = j + 3
        }
        guard let n, (1...30).contains(n) else { return nil }
        if w(k) == "-", attached(k) { k += 1 }
        guard w(k) == "century" else { return nil }
        var spec = PointSpec()
        spec.century = n - 1
        return TimexMatch(range: i..<(k + 1), parse: .point(spec), confidence: 0.9)
    }

    /// "spring 1998", "the spring of 1998", "in the fall", "summer".
    func season(at i: Int, cued: Bool) -> TimexMatch? {
        var j = i
        let hasThe = w(j) == "the"
        if hasThe { j += 1 }
        guard let season = TemporalLexicon.seasons[w(j)] else { return nil }
        var k = j + 1
        if w(k) == "of" { k += 1 }
        var spec = PointSpec()
        spec.season = season
        if let y = explicitYear(at: k) {
            spec.year = y.year
            spec.shortYear = y.short
            return TimexMatch(range: i..<y.end, parse: .point(spec), confidence: 0.92)
        }
        if let rel = yearRelativeSuffix(at: k) {
            spec.relativeYear = rel.offset
            return TimexMatch(range: i..<rel.end, parse: .point(spec), confidence: 0.88)
        }
        // Without a year, a season needs a temporal preposition and must not be "the fall of Rome".
        let before = w(i - 1)
        let isCued = cued || Self.seasonCues.contains(before)
        guard isCued, w(j + 1) != "of", w(j + 1) != "'s" else { return nil }
        if season == .fall && !hasThe && !cued { return nil }
        if !hasThe && !cued && !Self.seasonDeterminers.contains(before) && before != "in" && before != "into" && before != "during" && before != "since" && before != "until" && before != "by" { return nil }
        return TimexMatch(range: i..<(j + 1), parse: .point(spec), confidence: 0.8)
    }

    /// Quarters and halves: "the first quarter of 1998", "third-quarter", "the 1998 first quarter",
    /// "this year's third quarter", "Q1 1998", "the first half", "the quarter", "the latest quarter",
    /// "the year-earlier quarter", "the fiscal first quarter".
    func quarter(at i: Int) -> TimexMatch? {
        guard hasQuarterHead, i >= 0, i < p.count else { return nil }
        var j = i
        if w(j) == "the" { j += 1 }
        var spec = PointSpec()
        // A year or relative year in front.
        if let y = explicitYear(at: j), y.year != nil || y.short != nil {
            spec.year = y.year
            spec.shortYear = y.short
            j = y.end
        } else if Self.quarterYearDeictics.contains(w(j)), w(j + 1) == "year", p.indices.contains(j + 1), p[j + 1].isPossessive {
            spec.relativeYear = w(j) == "this" ? 0 : (w(j) == "last" ? -1 : 1)
            j += 2
        } else if w(j) == "year" || (Self.quarterYearComparisons.contains(w(j)) && w(j + 1) == "year"),
                  w(j + (w(j) == "year" ? 1 : 2)) == "-", Self.quarterYearBackwards.contains(w(j + (w(j) == "year" ? 2 : 3))) {
            // "the year-earlier quarter", "the comparable year-ago period"
            spec.relative = RelativeSpec(unit: .year, offset: -1, anchoring: .anaphoric)
            spec.quarterAware = true
            j += w(j) == "year" ? 3 : 4
        }
        // Fiscal quarters are written like calendar quarters ("the fiscal first quarter" → 1998-Q1).
        if w(j) == "fiscal" || w(j) == "financial" { j += 1 }
        // "Q1"
        let word = w(j)
        if word.utf8.count == 2, word.hasPrefix("q"), let q = Int(word.dropFirst()), (1...4).contains(q), p[j].isCapitalized {
            spec.quarter = q
            var end = j + 1
            if spec.year == nil, let y = explicitYear(at: end) {
                spec.year = y.year
                spec.shortYear = y.short
                end = y.end
            }
            return TimexMatch(range: i..<end, parse: .point(spec), confidence: 0.9)
        }
        let ordinal = smallOrdinal(at: j)
        var k = j
        if ordinal != nil {
            k += 1
        } else if Self.quarterDeterminers.contains(word) || (word == "most" && w(j + 1) == "recent") {
            if word == "most" { k += 1 }
            k += 1
        }
        if w(k) == "fiscal" { k += 1 }
        if w(k) == "-", attached(k) { k += 1 }
        var halfFromQuarters: Int?
        if w(k) == "two", w(k + 1) == "quarters", ordinal == 1 || Self.quarterLatterWords.contains(word) {
            // "the first two quarters", "the last two quarters": a half.
            halfFromQuarters = ordinal == 1 ? 1 : 2
            k += 1
        } else if w(k) == "half", Self.quarterLatterWords.contains(word), w(i) == "the" {
            halfFromQuarters = 2  // "the last half of 1989"
        }
        let head = halfFromQuarters != nil ? "half" : w(k)
        let contextWord = Self.quarterContextWords.contains(word)
        guard head == "quarter" || head == "half" || (head == "period" && (spec.relative != nil || spec.year != nil || (contextWord && w(i) == "the")))
        else { return nil }
        if w(k + 1) == "-", attached(k + 1) { return nil }  // "quarter-to-quarter"
        if head == "period", spec.relative == nil, spec.year == nil { spec.requiresQuarterContext = true }
        if head == "half" {
            if let h = halfFromQuarters {
                spec.half = h
            } else {
                guard let o = ordinal, o <= 2 else { return nil }
                spec.half = o
            }
        } else if head == "quarter" {
            if let o = ordinal {
                spec.quarter = o
            } else if spec.relative != nil || spec.year != nil || spec.relativeYear != nil {
                spec.contextQuarter = true
            } else {
                switch word {
                case "current":
                    // "the current quarter": the one under way at publication.
                    spec.relative = RelativeSpec(unit: .quarter, offset: 0, anchoring: .deictic)
                case "latest", "recent", "most", "same", "this", "that", "corresponding", "comparable":
                    guard word != "this" || i == j else { return nil }
                    spec.contextQuarter = true
                    spec.latestPeriod = word == "latest" || word == "recent" || word == "most"
                case "previous", "prior", "past", "last":
                    // "last quarter": the quarter before the current one.
                    guard i == j || w(i) == "the" else { return nil }
                    spec.relative = RelativeSpec(unit: .quarter, offset: -1, anchoring: w(i) == "the" ? .anaphoric : .deictic)
                default:
                    // "the quarter" on its own: the quarter under discussion.
                    guard w(i) == "the", j == i + 1, w(k + 1) != "of" || explicitYear(at: k + 2) != nil else { return nil }
                    spec.contextQuarter = true
                }
            }
        } else {
            spec.contextQuarter = true
            spec.latestPeriod = word == "latest" || word == "recent" || word == "most"
        }
        var end = k + 1
        // "of 1998", "of fiscal 1998", "of last year", "of the year"
        if w(end) == "of" {
            var m = end + 1
            if w(m) == "fiscal" { m += 1 }
            if spec.year == nil, spec.relativeYear == nil, let y = explicitYear(at: m) {
                spec.year = y.year
                spec.shortYear = y.short
                end = y.end
            } else if spec.year == nil, let rel = yearRelativeSuffix(at: m) {
                spec.relativeYear = rel.offset
                end = rel.end
            } else if w(m) == "the", w(m + 1) == "year" {
                spec.relative = RelativeSpec(unit: .year, offset: 0, anchoring: .anaphoric)
                end = m + 2
            }
        } else if spec.year == nil, spec.relativeYear == nil, let y = explicitYear(at: end), y.year != nil {
            // "the first quarter 1998"
            spec.year = y.year
            end = y.end
        }
        if spec.contextQuarter, spec.relative == nil, spec.year == nil, spec.relativeYear == nil {
            // "the corresponding period last year", "the quarter a year earlier": the quarter in focus,
            // a year before.
            if w(end) == "last", w(end + 1) == "year", !p[end + 1].isPossessive {
                spec.relative = RelativeSpec(unit: .year, offset: -1, anchoring: .anaphoric)
                end += 2
            } else if w(end) == "a" || w(end) == "one", w(end + 1) == "year", Self.backwardOffsetWords.contains(w(end + 2)) {
                spec.relative = RelativeSpec(unit: .year, offset: -1, anchoring: .anaphoric)
                end += 3
            }
            if spec.relative != nil { spec.latestPeriod = false }
        }
        if spec.relative == nil, spec.year == nil, spec.relativeYear == nil, head != "half",
           Self.periodEndWords.contains(w(end)), let date = monthFirst(at: end + 1, cued: true), case .point(let e) = date.parse,
           let month = e.month, e.hour == nil {
            // "the quarter ended Sept. 30": the quarter is the one that ends then (a numbered quarter
            // keeps its number and is known to be over); the date stays an expression of its own.
            spec.periodEnd = PeriodEnd(month: month, day: e.day, year: e.year, shortYear: e.shortYear)
            spec.latestPeriod = false
        }
        if spec.quarter == nil && spec.half == nil && !spec.contextQuarter && spec.relative == nil { return nil }
        if head == "half", halfFromQuarters == nil, spec.year == nil, spec.shortYear == nil, spec.relativeYear == nil, spec.relative == nil,
           isHalfOfMatch(at: i, end: end) {
            return nil
        }
        // "the last half" needs its year ("of 1989"); "the last half of the '80s" is a decade's.
        if halfFromQuarters != nil, spec.year == nil, spec.shortYear == nil, spec.relativeYear == nil, spec.relative == nil { return nil }
        return TimexMatch(range: i..<end, parse: .point(spec), confidence: spec.quarter != nil ? 0.9 : 0.75)
    }

    /// Whether "the first half" or "the second half" at `i`..<`end`, written without a year, is a half
    /// of a match: "of the match" or "of the game" follows, or a phrase of playing time comes before it
    /// ("midway through", "minutes into", "in the 30th minute of"), or "in", "during" or "the start of"
    /// comes before it in a sentence about scoring ("scored early in the second half"), as business
    /// news reports halves of the year with the same words.
    func isHalfOfMatch(at i: Int, end: Int) -> Bool {
        // (The match may start at the ordinal after "the".)
        let the = w(i) == "the" ? i : i - 1
        guard w(the) == "the" else { return false }
        if w(end) == "of", w(end + 1) == "the", Self.matchNouns.contains(w(end + 2)) { return true }
        let before = w(the - 1), twoBefore = w(the - 2)
        if before == "through", twoBefore == "midway" || twoBefore == "halfway" { return true }
        if before == "into" || before == "of", Self.playingTimeWords.contains(twoBefore) { return true }
        if before == "in" || before == "during" || (before == "of" && Self.halfBoundaryWords.contains(twoBefore)) {
            return p.contains { Self.scoringWords.contains($0.lower) }
        }
        return false
    }

    /// "the start of", "the end of" before a half.
    static let halfBoundaryWords: LexiconWordSet = ["start", "end", "beginning", "close"]

    /// Nouns of a match after "the first half of the".
    static let matchNouns: LexiconWordSet = ["match", "game", "contest", "tie", "final", "semifinal", "fixture"]

    /// Nouns of playing time before "into" or "of" and a half ("minutes into the second half").
    static let playingTimeWords: LexiconWordSet = ["minute", "minutes", "seconds", "stoppage", "injury", "stages", "added"]

    /// Words that show a sentence reports play in a match, not a business half-year.
    static let scoringWords: LexiconWordSet = [
        "goal", "goals", "scored", "scoring", "penalty", "equaliser", "equalizer", "equalised", "equalized", "touchdown",
        "touchdowns", "striker", "goalkeeper", "keeper", "referee", "header", "halftime", "opener",
        "midfielder", "defender", "substitute", "booked",
    ]

    // The word lists of `quarter(at:)`, built once (an array literal in the matcher is allocated per call).
    /// "this year's", "last year's", "next year's" before a quarter.
    static let quarterYearDeictics = ["this", "last", "next"]
    /// "the comparable year-ago quarter".
    static let quarterYearComparisons = ["comparable", "corresponding", "same"]
    /// "year-earlier", "year-ago".
    static let quarterYearBackwards = ["earlier", "ago"]
    /// Words that pick a quarter without an ordinal ("the latest quarter", "last quarter").
    static let quarterDeterminers = ["latest", "current", "recent", "previous", "prior", "past", "last", "same", "final", "this",
                                     "that", "corresponding", "comparable"]
    /// "the last two quarters", "the final half".
    static let quarterLatterWords = ["last", "final", "latter"]
    /// Words that make "the … period" a quarter of the context.
    static let quarterContextWords = ["latest", "current", "recent", "most", "same", "corresponding", "comparable"]

    /// A day name, optionally with a part of the day: "Tuesday", "Tuesday evening", "Tue.," before a date.
    func weekday(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        let word = w(i)
        guard isCapitalized(i) else { return nil }
        var spec = PointSpec()
        var end = i + 1
        if let d = weekdayAt(i) {
            // "The Sunday Telegraph", "Britain's Sunday Times": a newspaper named after its day.
            if i + 1 < p.count, isCapitalized(i + 1), Self.newspaperWords.contains(w(i + 1)), !p[i].isPossessive,
               i == 0 || !Self.dayPrepositions.contains(w(i - 1)) {
                return nil
            }
            spec.weekday = d
        } else if let d = TemporalLexicon.weekdayAbbreviations[word] {
            // Abbreviations only right before a date.
            var j = i + 1
            if w(j) == "." { j += 1 }
            if w(j) == "," { j += 1 }
            guard monthAt(j) != nil || dayOfMonth(at: j, allowWords: false) != nil else { return nil }
            spec.weekday = d
            end = w(i + 1) == "." ? i + 2 : i + 1
        } else {
            return nil
        }
        spec.isPossessive = p[i].isPossessive
        if !spec.isPossessive, end == i + 1, let weekday = spec.weekday, let part = Self.pluralPartsOfDay[w(end)] {
            // "on Tuesday nights", "Sunday mornings": every such part of that day.
            return TimexMatch(range: i..<(end + 1), parse: .set(value: "XXXX-WXX-\(weekday)T\(part)", quant: nil, freq: nil), confidence: 0.8)
        }
        if !spec.isPossessive { takePartOfDay(at: &end, into: &spec) }
        return TimexMatch(range: i..<end, parse: .point(spec), confidence: 0.85)
    }

    /// Second words of newspapers named after a day ("the Sunday Times", "the Sunday Telegraph").
    static let newspaperWords: LexiconWordSet = [
        "times", "telegraph", "express", "mirror", "herald", "independent", "tribune", "observer", "mail", "star",
        "gazette", "chronicle", "examiner", "argus", "sport",
    ]

    /// Words before a day name that make it a date whatever follows ("on Sunday Times Square was quiet").
    static let dayPrepositions: LexiconWordSet = [
        "on", "since", "by", "until", "till", "from", "through", "before", "after", "last", "next", "this", "that",
        "every", "each", "early", "late", "as", "of",
    ]

    /// Parts of the day in the plural, after a day name a set ("Tuesday nights").
    static let pluralPartsOfDay: [String: String] = ["mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"]

    /// Holidays: "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving", "Easter".
    func holiday(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        var best: (Holiday, Int)?
        func consider(_ key: [String], _ h: Holiday) {
            guard let end = words(key, at: i), isCapitalized(key.first == "the" ? i + 1 : i) else { return }
            if best == nil || end > best!.1 { best = (h, end) }
        }
        guard let candidates = TemporalLexicon.holidaysByFirstWord[w(i)] else { return nil }
        for (key, h) in candidates { consider(key, h) }
        guard let (h, end) = best else { return nil }
        // "Super Tuesday 2", "Super Tuesday II": a later round of primaries, not the first Tuesday of March.
        if w(i) == "super", p.indices.contains(end), p[end].kind == .number || w(end) == "ii" || w(end) == "iii" { return nil }
        var spec = PointSpec()
        spec.holiday = h
        var e = end
        if w(e) == "week", !p[e - 1].isPossessive {
            // "Easter week", "Thanksgiving week": the ISO week of the holiday.
            spec.weekOf = true
            e += 1
        }
        if let y = explicitYear(at: e) {
            spec.year = y.year
            spec.shortYear = y.short
            e = y.end
        }
        return TimexMatch(range: i..<e, parse: .point(spec), confidence: 0.85)
    }

    // MARK: - Relative dates

    /// "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "last week",
    /// "this year", "next Friday", "last March", "the next day", "the following year", "that day",
    /// "earlier this month", "year-earlier", "the year", "at the time".
    func deictic(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        let word = w(i)
        // "the" makes a relative date only before one of a few words.
        if word == "the", !(i + 1 < p.count && p[i + 1].form.facts.continuesDeicticThe) { return nil }
        var spec = PointSpec()
        switch word {
        case "today", "yesterday", "tomorrow", "tonight", "tonite":
            let offset = word == "yesterday" ? -1 : (word == "tomorrow" ? 1 : 0)
            spec.relative = RelativeSpec(unit: .day, offset: offset, anchoring: .deictic)
            var end = i + 1
            if word == "today", p[i].isPossessive, namesPresentEra(after: i) {
                // "today's teenagers", "today's world": the present, not the publication day.
                return TimexMatch(range: i..<end, parse: .reference("PRESENT_REF"), confidence: 0.7)
            }
            if word == "tonight" || word == "tonite" {
                spec.partOfDay = "NI"
            } else if !p[i].isPossessive {
                takePartOfDay(at: &end, into: &spec)
            }
            return TimexMatch(range: i..<end, parse: .point(spec), confidence: 0.95)
        case "overnight":
            return nil
        case "year":
            // "year-earlier", "year-ago"
            if w(i + 1) == "-", attached(i + 1), Self.yearBackwardWords.contains(w(i + 2)) {
                spec.relative = RelativeSpec(unit: .year, offset: -1, anchoring: .anaphoric)
                spec.quarterAware = true
                return TimexMatch(range: i..<(i + 3), parse: .point(spec), confidence: 0.8)
            }
            // "year-end", "year end", "year's end"
            let endIndex = w(i + 1) == "-" && attached(i + 1) ? i + 2 : i + 1
            if w(endIndex) == "end", !p[i].isPossessive || endIndex == i + 1 {
                // The close of the books, 31 December, placed like any date by the tense: "since
                // year-end" is the last one, "by year-end" the coming one.
                spec.holiday = .fixed(month: 12, day: 31)
                return TimexMatch(range: i..<(endIndex + 1), parse: .point(spec), confidence: 0.75)
            }
            return nil
        case "earlier", "later":
            // "earlier this month", "later that day"
            guard let inner = deictic(at: i + 1), case .point(let s) = inner.parse, s.relative != nil,
                  Self.deicticDeterminers.contains(w(i + 1)) || w(i + 1) == "today" || w(i + 1) == "tonight" else { return nil }
            return TimexMatch(range: i..<inner.range.upperBound, parse: inner.parse, confidence: inner.confidence)
        default:
            break
        }
        // Determiner + unit / day name / month / season / part of day.
        var j = i
        var offset = 0
        var anchoring = PointAnchoring.deictic
        var isPast = false
        switch word {
        case "this", "current":
            j += 1
            if w(j) == "coming" || w(j) == "past" {
                offset = w(j) == "coming" ? 1 : -1
                j += 1
            }
        case "last", "past": offset = -1; j += 1; isPast = true
        case "next", "coming": offset = 1; j += 1
        case "that":
            anchoring = .anaphoric
            j += 1
        case "the":
            switch w(i + 1) {
            case "next", "following", "succeeding", "subsequent": offset = 1; anchoring = .anaphoric
            case "previous", "preceding", "prior": offset = -1; anchoring = .anaphoric
            case "same": anchoring = .anaphoric
            case "current", "present": break
            case "coming": offset = 1
            case "past", "last": offset = -1; isPast = true
            case "day":
                // "the day before yesterday", "the day after tomorrow", "the day before", "the day after"
                if w(i + 2) == "before" || w(i + 2) == "after" {
                    let sign = w(i + 2) == "before" ? -1 : 1
                    if w(i + 3) == "yesterday" || w(i + 3) == "tomorrow" {
                        spec.relative = RelativeSpec(unit: .day, offset: w(i + 3) == "yesterday" ? -2 : 2, anchoring: .deictic)
                        return TimexMatch(range: i..<(i + 4), parse: .point(spec), confidence: 0.9)
                    }
                    guard endsPhrase(after: i + 2) else { return nil }
                    spec.relative = RelativeSpec(unit: .day, offset: sign, anchoring: .anaphoric)
                    return TimexMatch(range: i..<(i + 3), parse: .point(spec), confidence: 0.8)
                }
                return nil
            case "week", "month", "year":
                // "the week of March 6": the ISO week that contains the day.
                if w(i + 1) == "week", w(i + 2) == "of", let inner = point(at: i + 3, cued: true), case .point(var s) = inner.parse,
                   s.day != nil && s.month != nil || s.holiday != nil, s.hour == nil {
                    s.weekOf = true
                    return TimexMatch(range: i..<inner.range.upperBound, parse: .point(s), confidence: 0.85)
                }
                if w(i + 2) == "before" || w(i + 2) == "after", endsPhrase(after: i + 2) {
                    spec.relative = RelativeSpec(unit: unitAt(i + 1)!.0, offset: w(i + 2) == "before" ? -1 : 1, anchoring: .anaphoric)
                    return TimexMatch(range: i..<(i + 3), parse: .point(spec), confidence: 0.8)
                }
                if w(i + 1) == "year", !(w(i + 2) == "-") {
                    // "the year": the current year; "the year ended June 30" is a year-long period.
                    if Self.periodBoundWords.contains(w(i + 2)) {
                        return TimexMatch(range: i..<(i + 2), parse: .duration(value: "P1Y", mod: nil), confidence: 0.6)
                    }
                    spec.relative = RelativeSpec(unit: .year, offset: 0, anchoring: .deictic)
                    return TimexMatch(range: i..<(i + 2), parse: .point(spec), confidence: 0.6)
                }
                return nil
            case "weekend":
                spec.relative = RelativeSpec(unit: .weekend, offset: 0, anchoring: .deictic)
                return TimexMatch(range: i..<(i + 2), parse: .point(spec), confidence: 0.75)
            case "full", "whole", "entire":
                if w(i + 2) == "year" || (w(i + 2) == "fiscal" && w(i + 3) == "year") {
                    spec.relative = RelativeSpec(unit: .year, offset: 0, anchoring: .deictic)
                    return TimexMatch(range: i..<(w(i + 2) == "year" ? i + 3 : i + 4), parse: .point(spec), confidence: 0.6)
                }
                return nil
            case "fiscal", "financial":
                if w(i + 2) == "year" {
                    if Self.periodBoundWords.contains(w(i + 3)) {
                        return TimexMatch(range: i..<(i + 3), parse: .duration(value: "P1Y", mod: nil), confidence: 0.6)
                    }
                    spec.relative = RelativeSpec(unit: .year, offset: 0, anchoring: .deictic)
                    return TimexMatch(range: i..<(i + 3), parse: .point(spec), confidence: 0.7)
                }
                return nil
            case "time":
                // "at the time of the merger" names the time of the event after "of", which TimeML does
                // not annotate (and no day of the text gives it).
                guard Self.narrativeTimePrepositions.contains(w(i - 1)), endsPhrase(after: i + 1) else { return nil }
                spec.narrativeTime = true
                return TimexMatch(range: i..<(i + 2), parse: .point(spec), confidence: 0.5)
            default: return nil
            }
            j = i + 2
        default:
            return nil
        }
        if w(j) == "fiscal" || w(j) == "financial" { j += 1 }
        let head = w(j)
        // A title in capitals ("This Week", a programme) rather than a date.
        if i > 0, isCapitalized(i), isCapitalized(j), unitAt(j) != nil {
            let previous = p[i - 1]
            if previous.kind != .punctuation || Self.openingQuotes.contains(previous.lower) { return nil }
        }
        // "that time"
        if word == "that", head == "time" {
            guard Self.narrativeTimePrepositions.contains(w(i - 1)) else { return nil }
            spec.narrativeTime = true
            return TimexMatch(range: i..<(j + 1), parse: .point(spec), confidence: 0.5)
        }
        if let (u, plural) = unitAt(j), !plural {
            switch u {
            case .day:
                guard anchoring == .anaphoric else { return nil }
            case .week, .weekend, .month, .year, .decade, .century:
                break
            case .quarter:
                return nil  // quarters have their own matcher
            default:
                return nil
            }
            // "the past year" is the previous year; "the past week" etc. are durations (see `duration`).
            if word == "the", isPast, u != .year { return nil }
            if word == "that" || w(i + 1) == "same" { offset = 0 }
            spec.relative = RelativeSpec(unit: u, offset: offset, anchoring: anchoring)
            // "this past week": the week now ending (the previous one only when said on a weekday).
            spec.weekNowEnding = (word == "this" || word == "current") && w(i + 1) == "past" && (u == .week || u == .weekend)
            var end = j + 1
            if u == .day { takePartOfDay(at: &end, into: &spec) }
            return TimexMatch(range: i..<end, parse: .point(spec), confidence: 0.9)
        }
        if let part = TemporalLexicon.partsOfDay[head] {
            // "this morning", "last night", "that evening", "the next morning"
            switch word {
            case "this": break
            case "last":
                guard head == "night" || head == "evening" else { return nil }
                offset = -1
            case "that": offset = 0
            case "the": break
            default: return nil
            }
            spec.relative = RelativeSpec(unit: .day, offset: offset, anchoring: anchoring)
            spec.partOfDay = part
            return TimexMatch(range: i..<(j + 1), parse: .point(spec), confidence: 0.9)
        }
        if anchoring == .anaphoric, let d = weekdayAt(j), isCapitalized(j) {
            // "the previous Friday", "the following Monday", "on that Friday": counted from the day the
            // text is talking about. "that" must follow a preposition or open the clause ("said that
            // Friday …" is a conjunction before a day name).
            if word == "that" {
                let before = i > 0 ? p[i - 1] : nil
                guard before == nil || before!.kind == .punctuation
                        || Self.prepositionsBeforeThatDay.contains(before!.lower)
                else { return nil }
            }
            spec.weekday = d
            spec.anaphoricWeekday = offset
            var end = j + 1
            takePartOfDay(at: &end, into: &spec)
            return TimexMatch(range: i..<end, parse: .point(spec), confidence: 0.85)
        }
        guard anchoring == .deictic, word != "the" || w(i + 1) == "coming" else { return nil }
        let direction: PointDirection = offset < 0 ? .last : (offset > 0 ? .next : .this)
        if let d = weekdayAt(j), isCapitalized(j) {
            spec.weekday = d
            // "this coming Sunday", "coming Monday": the nearest such day ahead (the day of this week, or
            // of the next once it has gone); "next Sunday" is the Sunday of next week.
            spec.direction = offset > 0 && word != "next" ? .this : direction
            var end = j + 1
            takePartOfDay(at: &end, into: &spec)
            return TimexMatch(range: i..<end, parse: .point(spec), confidence: 0.9)
        }
        if let m = monthAt(j), isCapitalized(j), !TemporalLexicon.ambiguousMonths.contains(head) || head == "may" || head == "march" || head == "june" || head == "april" || head == "august" {
            guard head.utf8.count > 3 || head == "may" else { return nil }
            spec.month = m
            spec.direction = direction
            return TimexMatch(range: i..<(j + 1), parse: .point(spec), confidence: 0.9)
        }
        if let s = TemporalLexicon.seasons[head] {
            spec.season = s
            spec.direction = direction
            return TimexMatch(range: i..<(j + 1), parse: .point(spec), confidence: 0.88)
        }
        if head == "christmas" || head == "easter" || head == "thanksgiving", let h = holiday(at: j), case .point(var hs) = h.parse {
            hs.direction = direction
            return TimexMatch(range: i..<h.range.upperBound, parse: .point(hs), confidence: 0.85)
        }
        return nil
    }

    /// Whether a lower-case noun of the present era or of a present-day population follows "today's"
    /// at `i`, right after it or after one lower-case adjective ("today's teenagers", "today's young
    /// voters", "today's world"). Nouns that may name the day's events ("meeting", "market", "economy")
    /// are not among them.
    func namesPresentEra(after i: Int) -> Bool {
        var j = i + 1
        guard j < p.count, p[j].kind == .word, !p[j].isCapitalized else { return false }
        if Self.presentEraNouns.contains(w(j)) { return true }
        guard !p[j].isPossessive, p[j].classes.isEmpty else { return false }
        j += 1
        guard j < p.count, p[j].kind == .word, !p[j].isCapitalized, p[j].spaceBefore else { return false }
        return Self.presentEraNouns.contains(w(j)) || (Self.presentPeopleAfterAdjective.contains(w(j)))
    }

    /// Nouns after "today's" that name the present era or the people of the present day.
    static let presentEraNouns: LexiconWordSet = [
        "world", "society", "societies", "generation", "generations", "youth", "youngsters", "children", "kids",
        "teenagers", "teens", "version", "versions", "era", "age", "standards", "culture", "technology", "technologies",
        "adults", "parents", "consumers", "workforce",
    ]

    /// Nouns of a group that name the present-day population only after an adjective ("today's young
    /// voters"); alone they may be the day's voters ("today's voters in Iowa").
    static let presentPeopleAfterAdjective: LexiconWordSet = ["voters", "players", "students", "workers", "politicians"]

    // MARK: - Clock times

    /// "3 p.m.", "3pm", "15:30 GMT", "10:30 a.m. EST", "noon", "midnight", "3 o'clock".
    func clock(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        let word = w(i)
        var spec = PointSpec()
        var end = i + 1
        var confident = false
        if word == "noon" || word == "midday" {
            spec.hour = 12
            spec.minute = 0
            confident = true
        } else if word == "midnight" {
            spec.hour = 24
            spec.minute = 0
            confident = true
        } else if p[i].kind == .number {
            if p[i].form.numberHasColon {
                let parts = word.split(separator: ":")
                guard parts.count == 2, parts[1].count == 2, parts[0].count <= 2, let h = Int(parts[0]), let m = Int(parts[1]),
                      h <= 24, m <= 59 else { return nil }
                spec.hour = h
                spec.minute = m
            } else if let h = p[i].number, p[i].digitCount <= 2, h >= 1, h <= 12 {
                spec.hour = h
                spec.minute = 0
                if w(end) == "o'clock" {
                    end += 1
                    confident = true
                }
                if meridiem(w(end)) == nil, confident || Self.clockPrepositions.contains(w(i - 1)),
                   let part = partOfDayMeridiem(after: end, hour: h) {
                    // "5 in the morning", "9 o'clock in the evening", "11 at night".
                    spec.hour = part.hour
                    end = part.end
                    confident = true
                } else if !confident && meridiem(w(end)) == nil {
                    return nil
                }
            } else if p[i].form.numberHasPeriod, let dot = word.firstIndex(of: "."), let h = Int(word[..<dot]), let m = Int(word[word.index(after: dot)...]),
                      word[word.index(after: dot)...].count == 2, h <= 12, m <= 59, meridiem(w(end)) != nil {
                spec.hour = h
                spec.minute = m
            } else if p[i].digitCount == 4, let n = p[i].number, n / 100 <= 23, n % 100 <= 59,
                      TemporalLexicon.zones[w(end)] != nil, end < p.count, p[end].isCapitalized {
                // The wire services' clock, "0900 GMT", "1430 EST": four digits only with a zone after them.
                spec.hour = n / 100
                spec.minute = n % 100
            } else {
                return nil
            }
            if let pm = meridiem(w(end)) {
                guard let h = spec.hour, h >= 1, h <= 12 else { return nil }
                spec.hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
                end += 1
                confident = true
            }
        } else if let (h, m, pm) = gluedClock(word) {
            spec.hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
            spec.minute = m
            confident = true
        } else {
            return nil
        }
        if let zone = TemporalLexicon.zones[w(end)], end < p.count, p[end].isCapitalized {
            spec.zone = zone
            end += 1
            confident = true
        }
        if !confident {
            // A bare "15:30" right after a name is a reference ("Exodus 18:21", "Chapter 12:30"), not a time.
            if i > 0, p[i - 1].kind == .word, isCapitalized(i - 1), !Self.clockPrepositions.contains(w(i - 1)),
               weekdayAt(i - 1) == nil, monthAt(i - 1) == nil, TemporalLexicon.zones[w(i - 1)] == nil {
                return nil
            }
            // A bare "15:30" needs a preposition or a 24-hour clock reading.
            let before = w(i - 1)
            guard Self.clockPrepositions.contains(before) || (spec.hour ?? 0) >= 13 else { return nil }
        }
        return TimexMatch(range: i..<end, parse: .point(spec), confidence: confident ? 0.9 : 0.7)
    }

    /// The 24-hour clock of `hour` (1-12) when a part of the day follows at `k` ("in the morning", "in the
    /// afternoon", "in the evening", "at night"), and where that phrase ends.
    func partOfDayMeridiem(after k: Int, hour: Int) -> (hour: Int, end: Int)? {
        if w(k) == "in", w(k + 1) == "the" {
            switch w(k + 2) {
            case "morning": return (hour == 12 ? 0 : hour, k + 3)
            case "afternoon": return (hour == 12 ? 12 : hour + 12, k + 3)
            case "evening": return hour >= 5 && hour < 12 ? (hour + 12, k + 3) : nil
            default: return nil
            }
        }
        if w(k) == "at", w(k + 1) == "night" {
            // "11 at night" is 23:00, "2 at night" 02:00 (after midnight), "12 at night" midnight.
            if hour == 12 { return (24, k + 2) }
            return (hour >= 6 ? hour + 12 : hour, k + 2)
        }
        return nil
    }

    /// `true` for p.m., `false` for a.m., `nil` otherwise.
    func meridiem(_ word: String) -> Bool? {
        switch word {
        case "p.m.", "pm", "p.m", "p": return true
        case "a.m.", "am", "a.m": return false
        default: return nil
        }
    }

    /// "3pm", "10am", "3.30pm", "10:30am".
    func gluedClock(_ word: String) -> (Int, Int, Bool)? {
        let pm: Bool
        var body = Substring(word)
        if word.hasSuffix("pm") { pm = true } else if word.hasSuffix("am") { pm = false } else { return nil }
        body = body.dropLast(2)
        if body.hasSuffix(".") { body = body.dropLast() }
        var hour = body
        var minute: Substring = "0"
        if let sep = body.firstIndex(where: { $0 == ":" || $0 == "." }) {
            hour = body[..<sep]
            minute = body[body.index(after: sep)...]
            guard minute.count == 2 else { return nil }
        }
        guard let h = Int(hour), let m = Int(minute), (1...12).contains(h), (0...59).contains(m) else { return nil }
        return (h, m, pm)
    }

    // MARK: - Durations and relative offsets

    /// "two weeks", "two-week", "more than 10 years", "the past three months", "the first nine months",
    /// "decades", "a year and a half", "8-month-old"; and offsets: "two days ago", "a year earlier",
    /// "three weeks later", "two years from now".
    func duration(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        var j = i
        var hasThe = false
        var qualifier = ""
        if w(j) == "the" || w(j) == "those" || w(j) == "these" {
            hasThe = true
            j += 1
        }
        if Self.durationQualifiers.contains(w(j)) {
            guard hasThe || Self.bareDurationQualifiers.contains(w(j)) else { return nil }
            qualifier = w(j)
            j += 1
        }
        // "the last several years", "the past few months"
        var countValue: Double?
        var unitIndex = j
        var hyphenated = false
        var counted = false
        if let c = count(at: j) {
            countValue = c.value
            unitIndex = c.end
            counted = true
            // "2 1/2 years"
            if let v = countValue, w(unitIndex) == "1", w(unitIndex + 1) == "/", w(unitIndex + 2) == "2", attached(unitIndex + 1) {
                countValue = v + 0.5
                unitIndex += 3
            }
            while TemporalLexicon.unitAdjectives.contains(w(unitIndex)) { unitIndex += 1 }
            if w(unitIndex) == "-", attached(unitIndex) {
                unitIndex += 1
                hyphenated = true
            }
        }
        // "two or more years": an open-ended count.
        var orMore = false
        if counted, !hyphenated, w(unitIndex) == "or", w(unitIndex + 1) == "more", unitAt(unitIndex + 2) != nil {
            orMore = true
            unitIndex += 2
        }
        if counted, let first = countValue, let shared = rangeUnit(after: unitIndex), p[j].kind == .number || numberWordAt(j) != nil {
            // "two to three weeks", "12 to 18 months", "one or two days": the first number is a duration
            // of its own in the unit the second names (TimeML annotates the two ends separately).
            return TimexMatch(range: i..<unitIndex, parse: .duration(value: durationValue(first, shared), mod: nil), confidence: 0.75)
        }
        guard let (u, plural) = unit(at: unitIndex) else { return nil }
        // "a second term", "a second time": the ordinal before a noun, not a unit of time ("a second
        // later", "for a second in the dark").
        if u == .second, !plural, !hyphenated, w(unitIndex) == "second", unitIndex + 1 < p.count, p[unitIndex + 1].kind == .word,
           !Self.wordsAfterASecond.contains(w(unitIndex + 1)) {
            return nil
        }
        if w(unitIndex).hasPrefix("fortnight"), let v = countValue { countValue = v * 2 }  // a fortnight is two weeks
        // Fractions: "three-quarters", "a quarter of", "three quarters of the vote".
        if u == .quarter, counted, hyphenated || w(unitIndex + 1) == "of" || ((w(j) == "a" || w(j) == "an") && !hasThe) { return nil }
        var end = unitIndex + 1
        if counted, !hyphenated, w(end) == "old" { return nil }  // ages: "37 years old"
        // "the 1988 quarter" is a quarter of 1988, not 1,988 quarters.
        if counted, !plural, !hyphenated, let v = countValue, v >= 1000 { return nil }
        // "a year-earlier loss": the adjective "year-earlier" is the expression, not "a year".
        if counted, !hyphenated, w(end) == "-", attached(end), Self.yearBackwardWords.contains(w(end + 1)) { return nil }
        if !counted, !plural, unitIndex == i, w(end) == "-", attached(end), w(end + 1) == "long", attached(end + 1), u != .weekend {
            // "a day-long meeting", "the month-long strike": one unit, as "a year-long" is.
            return TimexMatch(range: i..<(end + 2), parse: .duration(value: durationValue(1, u), mod: nil), confidence: 0.8)
        }
        if !counted {
            // No count: "years", "decades", "the past year" (handled by deictic), "the past week" (a week).
            if plural {
                let before = w(i - 1)
                if i > 0, p[i - 1].kind == .number || numberWordAt(i - 1) != nil { return nil }
                let allowed: Bool
                switch u {
                case .decade, .century, .millennium, .year, .month, .week: allowed = true
                case .quarter: allowed = qualifier == "coming" || qualifier == "next" || qualifier == "past" || qualifier == "last"
                case .day, .hour, .minute:
                    allowed = Self.shortUnitDurationCues.contains(before) || hasThe
                default: allowed = false
                }
                guard allowed else { return nil }
                // "years ago", "decades later": vague past or future.
                if Self.backwardOffsetWords.contains(w(end)), !hasThe {
                    return TimexMatch(range: i..<(end + 1), parse: .reference("PAST_REF"), confidence: 0.6)
                }
                // "the weeks ahead", "the coming months": a stretch of unknown length, as TimeML
                // annotates them (`PXW`, `PXM`).
                if w(end) == "ahead" && hasThe {
                    return TimexMatch(range: i..<(end + 1), parse: .duration(value: durationValue(nil, u), mod: nil), confidence: 0.6)
                }
                if qualifier == "coming" {
                    return TimexMatch(range: i..<end, parse: .duration(value: durationValue(nil, u), mod: nil), confidence: 0.6)
                }
                if qualifier == "next" && !hasThe {
                    return TimexMatch(range: i..<end, parse: .reference("FUTURE_REF"), confidence: 0.6)
                }
                if !qualifier.isEmpty && qualifier != "past" && qualifier != "last" && qualifier != "next" && qualifier != "first" && qualifier != "previous" {
                    return nil
                }
                if u == .weekend { return nil }
                return TimexMatch(range: i..<end, parse: .duration(value: durationValue(nil, u), mod: nil), confidence: 0.6)
            }
            // "the past year and a half": a stretch, not the year.
            if hasThe, Self.singularDurationQualifiers.contains(qualifier), w(end) == "and", w(end + 1) == "a", w(end + 2) == "half",
               qualifier != "first", qualifier != "full" {
                return TimexMatch(range: i..<(end + 3), parse: .duration(value: durationValue(1.5, u), mod: nil), confidence: 0.7)
            }
            // Singular with a qualifier: "the past week" → P1W ("the past year" is a date: deictic).
            guard hasThe, Self.singularDurationQualifiers.contains(qualifier), u != .year, u != .quarter,
                  u != .day || qualifier != "previous" else { return nil }
            if qualifier == "previous" || qualifier == "first" || qualifier == "full" { return nil }
            return TimexMatch(range: i..<end, parse: .duration(value: durationValue(1, u), mod: nil), confidence: 0.7)
        }
        // "3 hours 41 mins 9 seconds", "1 hour, 40 minutes and 15 seconds": one duration.
        if counted, !hyphenated, !orMore, let v = countValue, v == v.rounded(), let compound = compoundClockDuration(Int(v), u, after: end),
           !Self.deicticOffsetWords.contains(w(compound.end)) {
            return TimexMatch(range: i..<compound.end, parse: .duration(value: compound.value, mod: nil), confidence: 0.85)
        }
        if hyphenated {
            // Ages ("a 6-year-old") are not temporal expressions in TimeML; "a year-long" is a duration.
            if w(end) == "-", attached(end), w(end + 1) == "old" { return nil }
            if w(end) == "-", attached(end), w(end + 1) == "long" { end += 2 }
        } else if w(end) == "and", w(end + 1) == "a", w(end + 2) == "half", let v = countValue {
            countValue = v + 0.5
            end += 3
        } else if w(end) == "-", attached(end), w(end + 1) == "long", attached(end + 1) {
            // "a month-long strike": the compound is the expression, the article belongs to the noun.
            end += 2
            if !hasThe, w(i) == "a" || w(i) == "an" {
                // "a weeks-long strike": an unknown number of weeks.
                return TimexMatch(range: unitIndex..<end, parse: .duration(value: durationValue(plural ? nil : countValue, u), mod: nil),
                                  confidence: 0.85)
            }
        }
        // "three years or more", "five years or longer".
        if counted, !hyphenated, !orMore, w(end) == "or", w(end + 1) == "more" || w(end + 1) == "longer", w(end + 2) != "than" {
            orMore = true
            end += 2
        }
        if orMore, w(end) == "old" { return nil }  // an age: "bridges a century or more old"
        if !hyphenated, !hasThe, qualifier.isEmpty {
            // Offsets: "two days ago", "a year earlier", "three weeks later", "two years from now".
            if w(end) == "or", w(end + 1) == "so" { end += 2 }
            let next = w(end)
            var anchoring: PointAnchoring?
            var sign = 0
            var offsetEnd = end + 1
            switch next {
            case "ago": anchoring = .deictic; sign = -1
            case "hence": anchoring = .deictic; sign = 1
            case "back":
                // "three weeks back", "a few months back, when …": "ago", where "back" ends the phrase
                // ("back to", "back home" go somewhere) and no verb of moving comes before the count
                // ("pushed the launch two weeks back").
                if endsPhrase(after: end), !Self.verbsMovingBack.contains(w(i - 1)), !Self.verbsMovingBack.contains(w(i - 2)) {
                    anchoring = .deictic
                    sign = -1
                }
            case "earlier": anchoring = .anaphoric; sign = -1
            case "later": anchoring = .anaphoric; sign = 1
            case "before", "after":
                if endsPhrase(after: end) {
                    anchoring = .anaphoric
                    sign = next == "before" ? -1 : 1
                }
            case "from":
                if w(end + 1) == "now" {
                    anchoring = .deictic
                    sign = 1
                    offsetEnd = end + 2
                }
            default: break
            }
            if let anchoring {
                // "two or more years ago" says no time; "years ago" is matched on its own.
                if orMore { return nil }
                guard let v = countValue else {
                    // "a few days later": no day can be computed; the stretch is a duration of unknown
                    // length and "later" the signal, as TimeML annotates it. "several years ago" is the past.
                    if anchoring == .anaphoric {
                        return TimexMatch(range: i..<end, parse: .duration(value: durationValue(nil, u), mod: nil), confidence: 0.6)
                    }
                    return TimexMatch(range: i..<offsetEnd, parse: .reference(sign < 0 ? "PAST_REF" : "FUTURE_REF"), confidence: 0.6)
                }
                if anchoring == .anaphoric, !isComparisonOffset(count: v, unit: u, sign: sign, at: i) {
                    // "three days later", "two and a half hours later", "two weeks after": the offset counts
                    // from an event, not from a date we know, so TimeML annotates the stretch as a
                    // duration and leaves the signal word out.
                    return TimexMatch(range: i..<end, parse: .duration(value: durationValue(v, u), mod: nil), confidence: 0.8)
                }
                var n = v
                var offsetUnit = u
                if anchoring == .deictic, offsetUnit == .year, n != n.rounded(), (n * 12) == (n * 12).rounded() {
                    // "a year and a half ago": eighteen months back, a month.
                    n *= 12
                    offsetUnit = .month
                }
                guard n == n.rounded() || offsetUnit < .day, n <= 100_000 else { return nil }
                var spec = PointSpec()
                var unitForOffset = offsetUnit
                var amount = Int(n) * sign
                switch offsetUnit {
                case .second, .minute, .hour, .partOfDay:
                    unitForOffset = .day
                    amount = 0
                    if offsetUnit == .hour && Int(n) >= 24 {
                        unitForOffset = .day
                        amount = sign * Int(n) / 24
                    }
                case .millennium:
                    unitForOffset = .century
                    amount *= 10
                default: break
                }
                spec.relative = RelativeSpec(unit: unitForOffset, offset: amount, anchoring: anchoring)
                spec.quarterAware = offsetUnit == .year && Int(n) == 1 && sign < 0
                return TimexMatch(range: i..<offsetEnd, parse: .point(spec), confidence: 0.88)
            }
        }
        if hasThe, !counted { return nil }
        // "the next/coming N units" etc. stay durations.
        let value = durationValue(countValue, u)
        return TimexMatch(range: i..<end, parse: .duration(value: value, mod: orMore ? "EQUAL_OR_MORE" : nil), confidence: 0.85)
    }

    /// Whether a counted offset from the narrative ("a year earlier", "from $2 a week earlier") compares a
    /// figure with the one of an earlier period: results reporting names that period as a date ("a
    /// year earlier" is the year-ago quarter or year), unlike the stretch between two events ("three
    /// days later").
    func isComparisonOffset(count: Double, unit: TimexUnit, sign: Int, at i: Int) -> Bool {
        if unit == .year, count == 1, sign < 0 { return true }
        // "more than an hour later" is a quantity, not a comparison with a period.
        if w(i - 1) == "than", ["more", "less", "fewer", "little"].contains(w(i - 2)) { return false }
        return Self.comparisonWords.contains(w(i - 1))
    }

    /// Words before an offset that make it the period of a comparison ("up from", "higher than").
    static let comparisonWords: Set<String> = ["from", "than", "with", "versus", "vs", "vs."]

    /// The unit of a counted duration that closes a range after `k` ("to three weeks", "or two days",
    /// "-15 years"); `nil` when the range is an offset or an age ("two to three years ago", "old").
    func rangeUnit(after k: Int) -> TimexUnit? {
        guard Self.rangeWords.contains(w(k)) || isRangeDash(k), let c = count(at: k + 1), c.value != nil,
              p[k + 1].kind == .number || numberWordAt(k + 1) != nil else { return nil }
        var m = c.end
        while TemporalLexicon.unitAdjectives.contains(w(m)) { m += 1 }
        guard let (u, _) = unit(at: m), u != .weekend, u != .quarter else { return nil }
        if Self.offsetOrAgeWords.contains(w(m + 1)) { return nil }
        return u
    }

    /// The TIMEX3 duration for `count` units (`nil`: an unknown count, `PXY`). Exact decades and
    /// centuries are given in years (`P10Y`, `P20Y`); unknown counts keep the unit (`PXE`, `PXC`).
    func durationValue(_ count: Double?, _ unit: TimexUnit) -> String {
        let (letter, isTime, multiplier) = unit.durationLetter
        let t = isTime ? "T" : ""
        guard let count else {
            switch unit {
            case .decade: return "PXE"
            case .century, .millennium: return "PXC"
            case .quarter, .season, .half: return "PXM"
            case .weekend: return "PXW"
            default: return "P\(t)X\(letter)"
            }
        }
        var years = 0.0
        switch unit {
        case .decade: years = count * 10
        case .century: years = count * 100
        case .millennium: years = count * 1000
        default: break
        }
        if years > 0 { return "P\(number(years))Y" }
        let total = count * Double(multiplier)
        if total != total.rounded(), total * 2 == (total * 2).rounded() {
            let whole = Int(total.rounded(.down))
            switch unit {
            case .year: return whole > 0 ? "P\(whole)Y6M" : "P6M"
            case .day: return whole > 0 ? "P\(whole)DT12H" : "PT12H"
            case .hour: return whole > 0 ? "PT\(whole)H30M" : "PT30M"
            case .minute: return whole > 0 ? "PT\(whole)M30S" : "PT30S"
            case .week: return whole > 0 ? "P\(whole)W3DT12H" : "P3DT12H"
            case .month: return whole > 0 ? "P\(whole)M15D" : "P15D"
            default: break
            }
        }
        return "P\(t)\(number(total))\(letter)"
    }

    func number(_ v: Double) -> String {
        if v == v.rounded() { return String(Int(v)) }
        var s = String(v)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    /// A duration in clock units that descend after `count` `unit` (days, hours, minutes, seconds), each
    /// part a count in digits or words, joined by nothing, a comma or "and" ("3 hours 41 mins 9
    /// seconds", "2 days 6 hours", "1 hour, 40 minutes and 15 seconds"): its value and the piece after
    /// it; `nil` with no second part. A part after a comma does not join when the figure is a gap
    /// ("finished 2 hours, 5 minutes ahead of her rival" may name two margins).
    func compoundClockDuration(_ count: Int, _ unit: TimexUnit, after start: Int) -> (value: String, end: Int)? {
        guard var rank = Self.clockUnitRank(unit) else { return nil }
        var amounts: [Double] = [0, 0, 0, 0]
        amounts[rank] = Double(count)
        var k = start
        var parts = 1
        var commaJoined = false
        while parts < 4 {
            var j = k
            let comma = w(j) == ","
            if comma { j += 1 }
            if w(j) == "and" { j += 1 }
            guard p.indices.contains(j), p[j].kind == .number || numberWordAt(j) != nil, let c = self.count(at: j), let v = c.value,
                  v < 1000, let (next, _) = unitAt(c.end), let nextRank = Self.clockUnitRank(next), nextRank > rank,
                  v == v.rounded() || nextRank == 3  // a race time ends in fractions of a second: "4 minutes 6.87 seconds"
            else { break }
            amounts[nextRank] = v
            rank = nextRank
            commaJoined = commaJoined || comma
            parts += 1
            k = c.end + 1
        }
        guard parts > 1 else { return nil }
        if commaJoined, Self.gapWords.contains(w(k)) { return nil }
        var value = "P"
        if amounts[0] > 0 { value += "\(number(amounts[0]))D" }
        if amounts[1] > 0 || amounts[2] > 0 || amounts[3] > 0 {
            value += "T"
            for (index, letter) in ["H", "M", "S"].enumerated() where amounts[index + 1] > 0 { value += "\(number(amounts[index + 1]))\(letter)" }
        }
        guard value.utf8.count > 1 else { return nil }
        return (value, k)
    }

    /// The place of a clock unit in a compound duration (days 0 to seconds 3).
    static func clockUnitRank(_ unit: TimexUnit) -> Int? {
        switch unit {
        case .day: return 0
        case .hour: return 1
        case .minute: return 2
        case .second: return 3
        default: return nil
        }
    }

    /// Words after a duration that make it an offset from the time of writing.
    static let deicticOffsetWords: LexiconWordSet = ["ago", "hence", "from", "back"]

    /// Words after a time that make it a margin between competitors or a gap.
    static let gapWords: LexiconWordSet = [
        "ahead", "behind", "faster", "slower", "longer", "shorter", "off", "later", "earlier", "before", "after", "ago", "back",
        "clear", "adrift",
    ]

    // MARK: - Sets

    /// "every Monday", "each year", "every two weeks", "annually", "twice a week", "three times a
    /// year", "on Mondays", "$5 a day".
    func set(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        let word = w(i)
        if let value = TemporalLexicon.frequencyAdverbs[word] {
            if Self.adjectivalFrequencies.contains(word), i + 1 < p.count, p[i + 1].kind == .word { return nil }
            // "the party daily Tribuna", "the news weekly Der Spiegel": a newspaper before its name.
            if i + 1 < p.count, p[i + 1].kind == .word, p[i + 1].isCapitalized, p[i + 1].classes.subtracting(.notStarting).isEmpty,
               i > 0, p[i - 1].kind == .word {
                return nil
            }
            return TimexMatch(range: i..<(i + 1), parse: .set(value: value, quant: nil, freq: nil), confidence: 0.85)
        }
        if word == "every" || word == "each" {
            var j = i + 1
            var multiplier = 1.0
            if w(j) == "other" {
                multiplier = 2
                j += 1
            }
            if let d = weekdayAt(j) {
                var value = "XXXX-WXX-\(d)"
                var end = j + 1
                if let part = TemporalLexicon.partsOfDay[w(end)] {
                    value += "T\(part)"
                    end += 1
                }
                return TimexMatch(range: i..<end, parse: .set(value: value, quant: "EVERY", freq: nil), confidence: 0.9)
            }
            if let m = monthAt(j), isCapitalized(j), w(j).utf8.count > 3 {
                return TimexMatch(range: i..<(j + 1), parse: .set(value: "XXXX-\(TimexFormat.two(m))", quant: "EVERY", freq: nil), confidence: 0.85)
            }
            if let s = TemporalLexicon.seasons[w(j)] {
                return TimexMatch(range: i..<(j + 1), parse: .set(value: "XXXX-\(s.rawValue)", quant: "EVERY", freq: nil), confidence: 0.85)
            }
            if let part = TemporalLexicon.partsOfDay[w(j)] {
                return TimexMatch(range: i..<(j + 1), parse: .set(value: "XXXX-XX-XXT\(part)", quant: "EVERY", freq: nil), confidence: 0.85)
            }
            var n = 1.0
            if let c = count(at: j), let v = c.value, unit(at: c.end) != nil {
                n = v
                j = c.end
            }
            guard let (u, _) = unit(at: j) else { return nil }
            return TimexMatch(range: i..<(j + 1), parse: .set(value: durationValue(n * multiplier, u), quant: "EVERY", freq: nil), confidence: 0.88)
        }
        // "twice a week", "three times a year", "once a month"
        var freq: Int?
        var j = i
        switch word {
        case "once": freq = 1; j += 1
        case "twice": freq = 2; j += 1
        case "thrice": freq = 3; j += 1
        default:
            if let c = count(at: i), let v = c.value, v >= 1, v == v.rounded(), w(c.end) == "times" {
                freq = Int(v)
                j = c.end + 1
            }
        }
        if let freq {
            guard Self.frequencyDistributors.contains(w(j)), let (u, plural) = unit(at: j + 1), !plural else { return nil }
            return TimexMatch(range: i..<(j + 2), parse: .set(value: durationValue(1, u), quant: nil, freq: "\(freq)X"), confidence: 0.85)
        }
        // "$5 a day", "10% a year", "per year", "per annum"
        if word == "per" {
            // "200 miles per hour", "40 kilometres per hour": a speed, not a repetition.
            if Self.distanceUnits.contains(w(i - 1)) { return nil }
            if w(i + 1) == "annum" { return TimexMatch(range: i..<(i + 2), parse: .set(value: "P1Y", quant: nil, freq: nil), confidence: 0.8) }
            if let (u, plural) = unit(at: i + 1), !plural, u >= .hour {
                return TimexMatch(range: i..<(i + 2), parse: .set(value: durationValue(1, u), quant: nil, freq: nil), confidence: 0.8)
            }
        }
        if word == "a" || word == "an", let (u, plural) = unit(at: i + 1), !plural, u >= .hour, u != .weekend {
            let before = i > 0 ? p[i - 1] : nil
            let quantity = before.map { $0.kind == .number || Self.ratedQuantities.contains($0.lower) } ?? false
            if quantity {
                return TimexMatch(range: i..<(i + 2), parse: .set(value: durationValue(1, u), quant: nil, freq: nil), confidence: 0.75)
            }
        }
        // "on Mondays"
        if let d = TemporalLexicon.weekdayPlurals[word], isCapitalized(i) {
            var value = "XXXX-WXX-\(d)"
            var end = i + 1
            if let part = TemporalLexicon.partsOfDay[w(end)] ?? (w(end) == "nights" ? "NI" : nil) ?? (w(end) == "mornings" ? "MO" : nil) {
                value += "T\(part)"
                end += 1
            }
            return TimexMatch(range: i..<end, parse: .set(value: value, quant: nil, freq: nil), confidence: 0.8)
        }
        return nil
    }

    // MARK: - Vague references

    /// "now", "currently", "recently", "the past", "the future", "soon", "in recent years".
    func vague(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        let word = w(i)
        switch word {
        case "now", "currently", "presently", "nowadays":
            // "Now, like every scandal before it, …": a sentence that opens with "Now," uses it to turn
            // the argument, not to say when (TimeML gold leaves it out).
            if word == "now", i == 0 || (i == 1 && p[0].kind == .punctuation) || Self.titleOpeningQuotes.contains(w(i - 1)),
               w(i + 1) == "," { return nil }
            return TimexMatch(range: i..<(i + 1), parse: .reference("PRESENT_REF"), confidence: 0.8)
        case "current":
            // "the then current price": the time the text talks about, in the past.
            if w(i - 1) == "then" { return TimexMatch(range: i..<(i + 1), parse: .reference("PAST_REF"), confidence: 0.5) }
            if Self.nonTemporalCurrentNouns.contains(w(i + 1)) { return nil }
            // "a strong current of anger": the noun.
            if w(i + 1) == "of" { return nil }
            return TimexMatch(range: i..<(i + 1), parse: .reference("PRESENT_REF"), confidence: 0.6)
        case "present":
            guard w(i - 1) == "at" else { return nil }
            return TimexMatch(range: i..<(i + 1), parse: .reference("PRESENT_REF"), confidence: 0.7)
        case "these":
            guard w(i + 1) == "days" else { return nil }
            return TimexMatch(range: i..<(i + 2), parse: .reference("PRESENT_REF"), confidence: 0.7)
        case "recently", "lately":
            return TimexMatch(range: i..<(i + 1), parse: .reference("PAST_REF"), confidence: 0.8)
        case "recent":
            // "in recent weeks": a stretch of unknown length up to now (`PXW`), as TimeML annotates it;
            // "recent years" and "recent decades" are the vague past.
            if let (u, plural) = unit(at: i + 1), plural {
                if u >= .year { return TimexMatch(range: i..<(i + 2), parse: .reference("PAST_REF"), confidence: 0.75) }
                return TimexMatch(range: i..<(i + 2), parse: .duration(value: durationValue(nil, u), mod: nil), confidence: 0.75)
            }
            return TimexMatch(range: i..<(i + 1), parse: .reference("PAST_REF"), confidence: 0.7)
        case "future":
            // "in future"; the adjective ("future losses") is not an expression of time.
            guard w(i - 1) == "in" else { return nil }
            return TimexMatch(range: i..<(i + 1), parse: .reference("FUTURE_REF"), confidence: 0.6)
        case "one", "some":
            guard w(i + 1) == "day", Self.modalsBeforeOneDay.contains(w(i - 1)) else { return nil }
            return TimexMatch(range: i..<(i + 2), parse: .reference("FUTURE_REF"), confidence: 0.6)
        case "the":
            var j = i + 1
            if Self.futureAdjectives.contains(w(j)) { j += 1 }
            if w(j) == "future" {
                return TimexMatch(range: i..<(j + 1), parse: .reference("FUTURE_REF"), confidence: 0.8)
            }
            // "in the near term", "over the short term" (not the adjective "short-term").
            if w(i + 1) == "near" || w(i + 1) == "short", w(i + 2) == "term", !p[i + 2].isPossessive {
                return TimexMatch(range: i..<(i + 3), parse: .reference("FUTURE_REF"), confidence: 0.6)
            }
            if w(j) == "past", j == i + 1 || w(i + 1) == "recent" {
                // "in the past", "the recent past"; not "the past year" (a duration or date).
                let next = w(j + 1)
                if unitAt(j + 1) != nil || count(at: j + 1) != nil { return nil }
                return TimexMatch(range: i..<(j + 1), parse: .reference("PAST_REF"), confidence: 0.75)
            }
            return nil
        default:
            return nil
        }
    }

    // MARK: - Modifiers

    /// A point or duration with a modifier in front: "early 1998", "mid-1998", "the late 1990s",
    /// "the end of May", "more than 10 years", "about two years ago".
    func modified(at i: Int) -> TimexMatch? {
        guard i >= 0, i < p.count else { return nil }
        let word = w(i)
        guard p[i].classes.contains(.modifierStart) else { return nil }
        var best: TimexMatch?
        for (key, mod) in TemporalLexicon.pointModifiersByFirstWord[word] ?? [] {
            guard var j = words(key, at: i) else { continue }
            if w(j) == "-", attached(j) { j += 1 }
            var inner = point(at: j, cued: true)
            if inner == nil, j > i + 1 || word != "the", w(j) == "the" || w(j) == "this" || w(j) == "next" || w(j) == "last" { inner = deictic(at: j) }
            if inner == nil, key.last == "of", w(j) == "the", let (u, plural) = unit(at: j + 1), !plural, [.week, .month, .year].contains(u) {
                // "the end of the month": the current one.
                var spec = PointSpec()
                spec.relative = RelativeSpec(unit: u, offset: 0, anchoring: .deictic)
                inner = TimexMatch(range: j..<(j + 2), parse: .point(spec), confidence: 0.7)
            }
            if inner == nil, let part = TemporalLexicon.partsOfDay[w(j)], let day = point(at: j + 1, cued: true),
               case .point(var daySpec) = day.parse, daySpec.partOfDay == nil, daySpec.hour == nil,
               daySpec.weekday != nil || daySpec.relative?.unit == .day || daySpec.day != nil {
                // "mid-afternoon yesterday", "late evening Tuesday": the part of that day.
                daySpec.partOfDay = part
                inner = TimexMatch(range: j..<day.range.upperBound, parse: .point(daySpec), confidence: day.confidence)
            }
            if inner == nil { inner = clock(at: j) }
            if inner == nil, mod == "APPROX" { inner = duration(at: j) }
            guard let m = inner else { continue }
            var parse = m.parse
            switch parse {
            case .point(var spec):
                // "around 1998", "about 3 p.m."; not "around Wednesday's ruling" (a preposition).
                if mod == "APPROX", spec.hour == nil, spec.decade == nil, !(spec.year != nil && spec.month == nil && spec.season == nil) { continue }
                // "the second half of July"; "the second half of 1998" is the half-year.
                if key.contains("half"), spec.month == nil || spec.day != nil || spec.relative != nil { continue }
                if spec.mod == nil { spec.mod = mod }
                parse = .point(spec)
            case .duration(let value, let existing):
                parse = .duration(value: value, mod: existing ?? mod)
            default: continue
            }
            let candidate = TimexMatch(range: i..<m.range.upperBound, parse: parse, confidence: m.confidence)
            if best == nil || candidate.range.upperBound > best!.range.upperBound { best = candidate }
        }
        for (key, mod) in TemporalLexicon.quantityModifiersByFirstWord[word] ?? [] {
            guard let j = words(key, at: i), w(j) != "the" else { continue }
            guard let m = duration(at: j) ?? clock(at: j) else { continue }
            var parse = m.parse
            switch parse {
            case .duration(let value, let existing): parse = .duration(value: value, mod: existing ?? mod)
            case .point(var spec):
                if spec.mod == nil { spec.mod = mod == "APPROX" ? "APPROX" : (mod == "MORE_THAN" ? "BEFORE" : (mod == "LESS_THAN" ? "AFTER" : nil)) }
                parse = .point(spec)
            default: continue
            }
            let candidate = TimexMatch(range: i..<m.range.upperBound, parse: parse, confidence: m.confidence)
            if best == nil || candidate.range.upperBound > best!.range.upperBound { best = candidate }
        }
        return best
    }

    // MARK: - Merging

    /// Joins a day name with the date after it ("Tuesday, May 19") and a clock time with an adjacent
    /// day ("3 p.m. Tuesday", "Tuesday 3 p.m.").
    func merged(_ matches: [TimexMatch]) -> [TimexMatch] {
        guard matches.count > 1 else { return matches }
        var result: [TimexMatch] = []
        var k = 0
        while k < matches.count {
            var current = matches[k]
            while k + 1 < matches.count {
                let next = matches[k + 1]
                let gap = current.range.upperBound..<next.range.lowerBound
                let gapOK = gap.isEmpty || (gap.count == 1 && w(gap.lowerBound) == ",")
                guard gapOK, case .point(let a) = current.parse, case .point(let b) = next.parse else { break }
                var combined: PointSpec?
                if a.weekday != nil, a.month == nil, a.relative == nil, a.hour == nil, b.month != nil, b.day != nil {
                    combined = b
                    combined!.weekday = a.weekday  // picks the year in which the day names agree
                    if combined!.partOfDay == nil { combined!.partOfDay = a.partOfDay }
                } else if a.isClockOnly, b.hasDatePart, b.hour == nil, b.partOfDay == nil || b.weekday != nil {
                    combined = b
                    combined!.hour = a.hour
                    combined!.minute = a.minute
                    combined!.zone = a.zone
                    combined!.partOfDay = nil
                    if combined!.mod == nil { combined!.mod = a.mod }
                } else if b.isClockOnly, a.hasDatePart, a.hour == nil, gap.isEmpty {
                    combined = a
                    combined!.hour = b.hour
                    combined!.minute = b.minute
                    combined!.zone = b.zone
                    combined!.partOfDay = nil
                }
                guard let combined else { break }
                current = TimexMatch(range: current.range.lowerBound..<next.range.upperBound, parse: .point(combined),
                                     confidence: max(current.confidence, next.confidence))
                k += 1
            }
            result.append(current)
            k += 1
        }
        return result
    }
}
