/// The word tables of the date annotator: month and day names, number words, calendar units, seasons,
/// parts of the day, holidays and the cue words around them. All keys are lower-case.
enum TemporalLexicon {
    /// Month names and their abbreviations.
    static let months: LexiconWordMap<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    /// Month words that are also ordinary words or names, and so need a date context to count as months.
    static let ambiguousMonths: LexiconWordSet = ["may", "march", "june", "april", "august", "jan", "mar", "jun", "dec", "sep"]

    /// Words after a month that make it the delivery month of a futures contract ("December bonds",
    /// "September heating oil", "the March contract").
    static let contractWords: LexiconWordSet = [
        "contract", "contracts", "futures", "delivery", "deliveries", "expiry", "expiration", "option",
        "options", "puts", "calls", "bond", "bonds", "t", "treasuries", "bund", "bunds", "gilt", "gilts", "btp",
        "eurodollar", "eurodollars", "euromark", "crude", "brent", "wti", "heating", "gasoline", "unleaded", "gasoil",
        "natural", "gold", "silver", "platinum", "palladium", "copper", "aluminium", "aluminum", "nickel", "zinc",
        "wheat", "corn", "maize", "soybeans", "soybean", "soymeal", "soyoil", "oats", "barley", "canola", "rapeseed",
        "cotton", "sugar", "coffee", "cocoa", "cattle", "hogs", "pork", "lumber", "rubber", "palm",
    ]

    /// Full day names (ISO weekday numbers).
    static let weekdays: LexiconWordMap<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Abbreviated day names, accepted only right before a date ("Tue., May 19").
    static let weekdayAbbreviations: LexiconWordMap<Int> = [
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    /// Plural day names: "on Mondays" is a set.
    static let weekdayPlurals: LexiconWordMap<Int> = [
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ]

    /// Cardinal number words.
    static let numberWords: LexiconWordMap<Int> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Ordinal words.
    static let ordinalWords: LexiconWordMap<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
        "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    ]

    /// Decade words ("the nineties").
    static let decadeWords: LexiconWordMap<Int> = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
        "nineties": 9,
    ]

    /// Calendar units, singular and plural; the flag says whether the word is plural.
    static let units: LexiconWordMap<(TimexUnit, Bool)> = [
        "second": (.second, false), "seconds": (.second, true), "sec": (.second, false), "secs": (.second, true),
        "minute": (.minute, false), "minutes": (.minute, true), "min": (.minute, false), "mins": (.minute, true),
        "hour": (.hour, false), "hours": (.hour, true), "hr": (.hour, false), "hrs": (.hour, true),
        "day": (.day, false), "days": (.day, true),
        "week": (.week, false), "weeks": (.week, true), "fortnight": (.week, false), "fortnights": (.week, true),
        "weekend": (.weekend, false), "weekends": (.weekend, true),
        "month": (.month, false), "months": (.month, true),
        "quarter": (.quarter, false), "quarters": (.quarter, true),
        "year": (.year, false), "years": (.year, true), "yr": (.year, false), "yrs": (.year, true),
        "decade": (.decade, false), "decades": (.decade, true),
        "century": (.century, false), "centuries": (.century, true),
        "millennium": (.millennium, false), "millennia": (.millennium, true), "millenniums": (.millennium, true),
    ]

    /// Seasons.
    static let seasons: LexiconWordMap<TimexSeason> = [
        "spring": .spring, "summer": .summer, "autumn": .fall, "fall": .fall, "winter": .winter,
    ]

    /// Parts of the day and their TIMEX3 codes.
    static let partsOfDay: LexiconWordMap<String> = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "midday": "MI", "daytime": "DT",
    ]

    /// Adverbs of frequency that are sets on their own.
    static let frequencyAdverbs: LexiconWordMap<String> = [
        "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "fortnightly": "P2W", "monthly": "P1M",
        "bimonthly": "P2M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "semiannually": "P6M",
        "hourly": "PT1H",
    ]

    /// Time zones and their offsets from UTC (`Z` for UTC itself).
    static let zones: LexiconWordMap<String> = [
        "gmt": "Z", "utc": "Z", "z": "Z", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00", "eet": "+02:00",
        "eest": "+03:00", "msk": "+03:00", "ist": "+05:30", "jst": "+09:00", "hkt": "+08:00", "sgt": "+08:00",
        "aest": "+10:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00",
        "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
    ]

    /// Modifiers before a duration or quantity and their TIMEX3 `mod`.
    static let quantityModifiers: [[String]: String] = [
        ["about"]: "APPROX", ["around"]: "APPROX", ["roughly"]: "APPROX", ["approximately"]: "APPROX",
        ["some"]: "APPROX", ["nearly"]: "APPROX", ["almost"]: "APPROX", ["an", "estimated"]: "APPROX",
        ["more", "than"]: "MORE_THAN", ["over"]: "MORE_THAN", ["just", "over"]: "MORE_THAN",
        ["well", "over"]: "MORE_THAN", ["upwards", "of"]: "MORE_THAN",
        ["less", "than"]: "LESS_THAN", ["fewer", "than"]: "LESS_THAN", ["under"]: "LESS_THAN",
        ["just", "under"]: "LESS_THAN",
        ["at", "least"]: "EQUAL_OR_MORE", ["no", "less", "than"]: "EQUAL_OR_MORE",
        ["no", "fewer", "than"]: "EQUAL_OR_MORE",
        ["at", "most"]: "EQUAL_OR_LESS", ["no", "more", "than"]: "EQUAL_OR_LESS", ["up", "to"]: "EQUAL_OR_LESS",
    ]

    /// Modifiers before a date and their TIMEX3 `mod` ("early 1998", "the end of May").
    static let pointModifiers: [[String]: String] = [
        ["early"]: "START", ["late"]: "END", ["mid"]: "MID", ["the", "end", "of"]: "END",
        ["the", "beginning", "of"]: "START", ["the", "start", "of"]: "START", ["the", "middle", "of"]: "MID",
        ["the", "early", "part", "of"]: "START", ["the", "latter", "part", "of"]: "END",
        ["the", "close", "of"]: "END", ["end"]: "END", ["mid", "to", "late"]: "END",
        ["around"]: "APPROX", ["about"]: "APPROX", ["sometime", "in"]: "APPROX",
        // Halves of a month ("the second half of July"); halves of a year are half-years (`1998-H2`).
        ["the", "first", "half", "of"]: "START", ["the", "second", "half", "of"]: "END", ["the", "latter", "half", "of"]: "END",
    ]

    /// Fixed-date holidays: month and day.
    static let fixedHolidays: [[String]: (month: Int, day: Int)] = [
        ["christmas"]: (12, 25), ["christmas", "day"]: (12, 25), ["christmas", "eve"]: (12, 24),
        ["new", "year", "day"]: (1, 1), ["new", "year", "eve"]: (12, 31), ["halloween"]: (10, 31),
        ["valentine", "day"]: (2, 14), ["independence", "day"]: (7, 4), ["the", "fourth", "of", "july"]: (7, 4),
        ["veterans", "day"]: (11, 11), ["armistice", "day"]: (11, 11), ["boxing", "day"]: (12, 26),
        ["bastille", "day"]: (7, 14), ["may", "day"]: (5, 1), ["groundhog", "day"]: (2, 2),
    ]

    /// Holidays defined by a weekday of a month: (nth, weekday, month); nth -1 is the last.
    static let weekdayHolidays: [[String]: (nth: Int, weekday: Int, month: Int)] = [
        ["thanksgiving"]: (4, 4, 11), ["thanksgiving", "day"]: (4, 4, 11), ["labor", "day"]: (1, 1, 9),
        ["memorial", "day"]: (-1, 1, 5), ["mother", "day"]: (2, 7, 5), ["father", "day"]: (3, 7, 6),
        ["martin", "luther", "king", "day"]: (3, 1, 1), ["presidents", "day"]: (3, 1, 2), ["columbus", "day"]: (2, 1, 10),
        // The day of the most United States primaries: the first Tuesday of March since 2012.
        ["super", "tuesday"]: (1, 2, 3),
    ]

    /// Days counted from a holiday of the weekday table: (days after it, nth, weekday, month). The
    /// shopping days after United States Thanksgiving.
    static let daysAfterWeekdayHolidays: [[String]: (days: Int, nth: Int, weekday: Int, month: Int)] = [
        ["black", "friday"]: (1, 4, 4, 11), ["cyber", "monday"]: (4, 4, 4, 11),
    ]

    /// Holidays computed from Easter: days after Easter Sunday.
    static let easterHolidays: [[String]: Int] = [
        ["easter"]: 0, ["easter", "sunday"]: 0, ["easter", "monday"]: 1, ["good", "friday"]: -2,
        ["palm", "sunday"]: -7, ["ash", "wednesday"]: -46,
    ]

    /// Words right before a bare year or month that make it a date ("in 1998", "since May").
    static let dateCues: LexiconWordSet = [
        "in", "since", "from", "until", "till", "by", "of", "during", "before", "after", "to", "between", "and",
        "through", "throughout", "early", "late", "mid", "last", "next", "this", "that", "year", "fiscal",
        "spring", "summer", "autumn", "fall", "winter", "around", "circa", "or", "as", "for", "on", "past",
        "end", "beginning", "start", "middle", "within", "ending", "ended", "starting", "late", "earlier", "later",
    ]

    /// Words that may follow a bare year without making it a quantity ("in 1998 elections" is still a
    /// year, "1998 people" is not): function words and verbs that follow a sentence subject.
    static let yearFollowers: LexiconWordSet = [
        "and", "or", "to", "when", "as", "the", "a", "an", "after", "before", "was", "is", "were", "had", "has",
        "have", "will", "would", "could", "saw", "brought", "that", "which", "with", "in", "on", "at", "for",
        "from", "until", "through", "but", "while", "if", "because", "since", "compared", "versus", "vs",
        "levels", "level", "figures", "figure", "election", "elections", "budget", "season", "census", "report",
        "results", "earnings", "profit", "profits", "sales", "revenue", "period", "quarter", "fiscal", "high",
        "low", "peak", "average", "first", "second", "third", "fourth", "half", "alone", "onward", "onwards",
        "so", "then", "also", "he", "she", "it", "they", "we", "i", "there", "of", "by", "than", "-", "was", "are",
        "olympics", "games", "world", "cup", "model", "models", "campaign", "war", "crisis", "agreement",
        "accord", "accords", "law", "act", "treaty", "deal", "ceasefire", "summit", "vote", "referendum",
        "presidential", "general", "parliamentary", "legislative", "local", "municipal", "congressional",
        "ago", "earlier", "later",
    ]

    /// Words before a number that make it something other than a year ("No. 1998", "Flight 2000").
    static let nonYearPrecursors: LexiconWordSet = [
        "no", "number", "nos", "flight", "route", "room", "page", "pages", "channel", "highway", "interstate",
        "model", "version", "windows", "office", "article", "section", "paragraph", "resolution", "bill", "hr",
        "rule", "code", "box", "suite", "apartment", "unit", "platform", "gate", "bus", "train", "track", "pp",
        "p", "vol", "volume", "chapter", "exit", "about", "nearly", "almost", "over", "than", "some", "approximately",
        "roughly", "around", "only", "just", "least", "most", "top", "opec",
    ]

    /// Words that place a partial date in the future ("will", "next", "scheduled").
    static let futureCues: LexiconWordSet = [
        "will", "shall", "'ll", "’ll", "wo", "won't", "shan't", "gonna", "plans", "plan", "planning",
        "expects", "expect", "upcoming", "intends", "intend", "aims", "hopes", "hope",
        "slated", "going", "ahead", "coming", "forthcoming", "begins", "starts", "opens", "must", "should",
        "proposes", "promises", "tomorrow", "next", "soon",
    ]

    /// Words that place a partial date in the past: past forms of common verbs and auxiliaries.
    static let pastCues: LexiconWordSet = [
        "was", "were", "had", "did", "said", "told", "went", "came", "took", "made", "met", "saw", "gave", "began",
        "became", "left", "held", "found", "got", "knew", "thought", "brought", "sent", "spent", "won", "lost",
        "fell", "rose", "paid", "sold", "bought", "led", "ran", "wrote", "spoke", "broke", "chose", "drove",
        "flew", "grew", "kept", "meant", "stood", "struck", "taught", "understood", "wore", "ate", "fought",
        "caught", "felt", "heard", "built", "dealt", "drew", "forgot", "hung", "lay", "lent", "rode", "rang",
        "sang", "sank", "shot", "shook", "slid", "swore", "threw", "woke", "wound", "bore", "beat", "bit",
        "arose", "sought", "fled", "froze", "hid", "overtook", "withdrew", "undertook", "ago", "last", "since",
        "earlier", "previously", "recently", "announced", "reported", "killed", "died", "arrived",
        "returned", "signed", "agreed", "voted", "declined", "closed", "ended", "launched", "joined", "released",
        "confirmed", "denied", "rejected", "approved", "elected", "named", "published", "issued", "filed",
        // Contractions, which the tokenizer keeps whole ("couldn't" is a negated "could": an attempt that failed).
        "didn't", "wasn't", "weren't", "hadn't", "couldn't",
    ]

    /// Present-tense verbs of scheduled events: as the finite verb of a clause they put a date ahead,
    /// as news writes timetables ("the council meets Tuesday", "ministers arrive on Friday"). Forms that
    /// are often nouns or adjectives ("votes", "visits", "open") are left out.
    static let schedulingVerbs = LexiconWordSet([
        "meets", "meet", "begins", "begin", "starts", "opens", "resumes", "resume", "arrives", "arrive", "leaves",
        "leave", "travels", "travel", "convenes", "convene", "reconvenes", "reconvene", "testifies", "testify",
        "expires", "expire", "decides", "flies", "fly", "attends", "goes", "go", "takes", "closes", "unveils",
        "launches", "kicks", "returns", "return", "hold", "heads", "departs", "depart", "lands",
        "wraps", "concludes", "debuts", "premieres", "airs", "comes", "come", "gathers",
    ] + fixtureVerbWords)

    /// Plural present verbs of sports fixtures ("England face Moldova on Sunday", "the two sides play on
    /// Sunday", "City take on Porto"): scheduling verbs only after a subject (see
    /// ``ClauseTense/hasFixtureSubject(_:_:)``), as most of them are nouns as often.
    static let fixtureVerbWords = ["face", "play", "host", "visit", "welcome", "take"]
    static let fixtureVerbs = LexiconWordSet(fixtureVerbWords)

    /// Auxiliaries and particles that make a following scheduling verb non-finite or past ("did not
    /// meet", "to meet", "will meet"): the cue further out decides.
    static let verbGroupHeads: LexiconWordSet = [
        "to", "did", "do", "does", "didn't", "not", "n't", "never", "will", "would", "could", "can", "may", "might",
        "must", "should", "shall", "'ll", "’ll", "'d", "had", "has", "have", "was", "were", "is", "are", "be", "been",
        "and", "or", "who", "which", "that", "don't", "doesn't", "won't", "wouldn't", "couldn't", "can't", "isn't",
        "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't", "mustn't",
    ]

    /// Determiners and possessives before an adjectival year or month ("the 1990 invasion", "a June
    /// agreement").
    static let determiners: LexiconWordSet = ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your"]

    /// Adjectives that may stand between a count and its unit ("five trading days", "20 more years").
    static let unitAdjectives: LexiconWordSet = [
        "more", "additional", "extra", "further", "full", "consecutive", "straight", "successive", "trading",
        "business", "working", "calendar", "long", "short", "whole", "entire",
    ]

    /// Participles that point to the future after a form of "be" ("is scheduled", "are expected").
    static let futureParticiples: LexiconWordSet = ["scheduled", "planned", "expected", "slated", "due", "set", "poised", "proposed", "supposed"]

    /// Modals that put the verb after them in the future ("will be paid").
    static let futureModals: LexiconWordSet = ["will", "'ll", "’ll", "shall", "wo", "won't", "shan't"]

    /// Modals of the future in the past and of possibility ("would travel", "could come"): the verb
    /// after them is read as ahead of the publication date.
    static let conditionalModals: LexiconWordSet = ["would", "could", "might", "'d", "’d", "wouldn't"]

    /// Modals that say nothing about when ("would be held", "could be signed").
    static let otherModals: LexiconWordSet = ["would", "could", "might", "may", "should", "must", "can", "'d", "’d"]

    /// Words that may stand inside a verb group between a modal and its verb ("will not be paid").
    static let verbGroupAdverbs: LexiconWordSet = [
        "not", "n't", "never", "also", "still", "then", "probably", "likely", "now", "soon", "only", "already", "just",
        "be", "have", "been", "certainly", "again", "finally", "eventually", "formally", "officially", "definitely",
        "possibly", "perhaps", "ultimately", "even", "actually", "quickly", "immediately",
    ]

    /// Past cues that are adverbs, not verbs: a verb group does not change them.
    static let pastAdverbs: LexiconWordSet = ["ago", "last", "since", "earlier", "previously", "recently"]

    /// Forms of "be" in the present.
    static let presentBe: LexiconWordSet = ["is", "are", "am", "'s", "be", "been", "being"]

    /// Present-tense auxiliaries.
    static let presentCues: LexiconWordSet = ["is", "are", "am", "does", "do", "'s", "'re", "isn't", "aren't", "doesn't", "don't"]

    /// Words that begin a modified expression ("early 1998", "more than 10 years").
    static let modifierStarts: LexiconWordSet = [
        "early", "late", "mid", "the", "around", "about", "sometime", "end", "more", "over", "less", "fewer", "under",
        "at", "no", "up", "just", "well", "roughly", "approximately", "some", "nearly", "almost", "an", "upwards",
        "earlier", "later",
    ]

    /// Holidays by their first word.
    static let holidaysByFirstWord: LexiconWordMap<[([String], Holiday)]> = {
        var table: [String: [([String], Holiday)]] = [:]
        for (key, v) in fixedHolidays { table[key[0], default: []].append((key, .fixed(month: v.month, day: v.day))) }
        for (key, v) in weekdayHolidays {
            table[key[0], default: []].append((key, .nthWeekday(nth: v.nth, weekday: v.weekday, month: v.month)))
        }
        for (key, v) in easterHolidays { table[key[0], default: []].append((key, .easter(offset: v))) }
        for (key, v) in daysAfterWeekdayHolidays {
            table[key[0], default: []].append((key, .daysAfterNthWeekday(days: v.days, nth: v.nth, weekday: v.weekday, month: v.month)))
        }
        table["election", default: []].append((["election", "day"], .usElection))
        return LexiconWordMap(table)
    }()

    /// Point modifiers by their first word.
    static let pointModifiersByFirstWord: LexiconWordMap<[([String], String)]> = {
        var table: [String: [([String], String)]] = [:]
        for (key, mod) in pointModifiers { table[key[0], default: []].append((key, mod)) }
        // "the early 1990s", "the late 1980s", "the mid-1990s"
        for word in ["early", "late", "mid"] { table["the", default: []].append((["the", word], pointModifiers[[word]]!)) }
        return LexiconWordMap(table)
    }()

    /// Quantity modifiers by their first word.
    static let quantityModifiersByFirstWord: LexiconWordMap<[([String], String)]> = {
        var table: [String: [([String], String)]] = [:]
        for (key, mod) in quantityModifiers { table[key[0], default: []].append((key, mod)) }
        return LexiconWordMap(table)
    }()

    /// The classes of every word the matchers know, looked up once per piece.
    static let wordClasses: [String: TemporalWordClass] = {
        var table: [String: TemporalWordClass] = [:]
        func add<S: Sequence>(_ words: S, _ c: TemporalWordClass) where S.Element == String {
            for word in words { table[word, default: []].insert(c) }
        }
        add(months.keys, .month)
        add(weekdays.keys, .weekday)
        add(weekdayAbbreviations.keys, .weekday)
        add(weekdayPlurals.keys, .weekdayPlural)
        add(numberWords.keys, [.numberWord, .countStart])
        add(ordinalWords.keys, .ordinal)
        add(decadeWords.keys, .decadeWord)
        add(units.keys, .unit)
        add(seasons.keys, .season)
        add(partsOfDay.keys, .partOfDay)
        add(frequencyAdverbs.keys, .setStart)
        add(modifierStarts, .modifierStart)
        add(holidaysByFirstWord.keys, .holidayStart)
        add(["a", "an", "half", "several", "few", "many", "numerous", "countless", "some", "various", "dozens",
             "hundreds", "thousands", "couple", "dozen"], .countStart)
        add(["the", "those", "these", "past", "next", "coming"], .durationStart)
        add(["every", "each", "once", "twice", "thrice", "per", "a", "an"], .setStart)
        add(["now", "currently", "presently", "nowadays", "current", "present", "these", "recently", "lately",
             "previously", "formerly", "recent", "soon", "future", "one", "some", "the"], .vagueStart)
        add(["today", "yesterday", "tomorrow", "tonight", "tonite", "year", "earlier", "later", "this", "current",
             "last", "past", "next", "coming", "that", "the"], .deicticStart)
        add(["the", "this", "last", "next", "year", "fiscal", "financial", "latest", "current", "recent", "previous",
             "prior", "past", "same", "final", "that", "most", "first", "second", "third", "fourth", "q1", "q2", "q3",
             "q4"], .quarterStart)
        add(["the", "fiscal", "financial", "calendar", "model", "year"], .fiscalStart)
        add(["noon", "midday", "midnight"], .clockWord)
        add(futureCues, .futureCue)
        add(conditionalModals, .futureCue)
        add(["can"], .futureCue)
        add(pastCues, .pastCue)
        add(presentCues, .presentCue)
        add(futureParticiples, .futureParticiple)
        add(ClauseTense.pastExceptions, .notPastForm)
        add(schedulingVerbs, .schedulingVerb)
        add(needsTemporalSuccessor, .needsSuccessor)
        add(successorWords, .successor)
        return table
    }()

    /// Function words that begin an expression only when the next word can continue it.
    static let needsTemporalSuccessor: LexiconWordSet = [
        "the", "a", "an", "at", "this", "that", "last", "next", "past", "coming", "these", "those", "some", "more",
        "over", "less", "fewer", "under", "no", "up", "just", "well", "about", "around", "early", "late", "every",
        "each", "per", "once", "twice", "thrice", "one", "half", "several", "few", "many", "numerous", "various",
        "countless", "sometime", "end", "upwards", "roughly", "approximately", "nearly", "almost",
        "earlier", "later",
    ]

    /// Words without a class of their own that may follow such a function word inside an expression.
    static let successorWords: LexiconWordSet = [
        "time", "near", "short", "distant", "foreseeable", "immediate", "not-too-distant", "latest", "most", "same", "full",
        "whole", "entire", "following", "previous", "preceding", "prior", "succeeding", "subsequent", "present",
        "beginning", "start", "middle", "close", "latter", "part", "other", "estimated", "than", "least", "to",
        "of", "over", "under", "couple", "dozen", "few", "fiscal", "financial", "future", "past", "days",
        "trading", "business", "working", "additional", "extra", "further", "consecutive", "straight", "successive",
        "calendar", "initial", "remaining", "intervening", "ensuing", "year-earlier", "early", "late", "mid",
        "more", "less", "fewer", "upwards", "just", "well", "corresponding", "comparable",
    ]
}

/// What a word can be in a temporal expression; the matchers run only where a class fits.
struct TemporalWordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    static let month = TemporalWordClass(rawValue: 1 << 0)
    static let weekday = TemporalWordClass(rawValue: 1 << 1)
    static let weekdayPlural = TemporalWordClass(rawValue: 1 << 2)
    static let numberWord = TemporalWordClass(rawValue: 1 << 3)
    static let ordinal = TemporalWordClass(rawValue: 1 << 4)
    static let decadeWord = TemporalWordClass(rawValue: 1 << 5)
    static let unit = TemporalWordClass(rawValue: 1 << 6)
    static let season = TemporalWordClass(rawValue: 1 << 7)
    static let partOfDay = TemporalWordClass(rawValue: 1 << 8)
    static let modifierStart = TemporalWordClass(rawValue: 1 << 9)
    static let holidayStart = TemporalWordClass(rawValue: 1 << 10)
    static let countStart = TemporalWordClass(rawValue: 1 << 11)
    static let durationStart = TemporalWordClass(rawValue: 1 << 12)
    static let setStart = TemporalWordClass(rawValue: 1 << 13)
    static let vagueStart = TemporalWordClass(rawValue: 1 << 14)
    static let deicticStart = TemporalWordClass(rawValue: 1 << 15)
    static let quarterStart = TemporalWordClass(rawValue: 1 << 16)
    static let fiscalStart = TemporalWordClass(rawValue: 1 << 17)
    static let clockWord = TemporalWordClass(rawValue: 1 << 18)
    static let futureCue = TemporalWordClass(rawValue: 1 << 19)
    static let pastCue = TemporalWordClass(rawValue: 1 << 20)
    static let presentCue = TemporalWordClass(rawValue: 1 << 21)
    static let futureParticiple = TemporalWordClass(rawValue: 1 << 22)
    /// A word in "-ed" that is not a past form ("need", "hundred").
    static let notPastForm = TemporalWordClass(rawValue: 1 << 23)
    /// A word of five or more letters in "-ed" (set when the piece is built).
    static let edForm = TemporalWordClass(rawValue: 1 << 24)
    /// A present-tense verb of a scheduled event ("meets", "arrive").
    static let schedulingVerb = TemporalWordClass(rawValue: 1 << 25)
    /// A function word that starts an expression only before a word that can continue one
    /// (``TemporalLexicon/needsTemporalSuccessor``).
    static let needsSuccessor = TemporalWordClass(rawValue: 1 << 26)
    /// A word without a class of its own that may continue an expression after such a function word
    /// (``TemporalLexicon/successorWords``).
    static let successor = TemporalWordClass(rawValue: 1 << 27)
    /// The classes that make a word a tense cue.
    static let tenseCues: TemporalWordClass = [.futureCue, .pastCue, .presentCue, .futureParticiple, .edForm, .schedulingVerb]
    /// The classes that say nothing about starting an expression.
    static let notStarting: TemporalWordClass = [.futureCue, .pastCue, .presentCue, .futureParticiple, .edForm, .notPastForm, .schedulingVerb,
                                                 .needsSuccessor, .successor]
}
