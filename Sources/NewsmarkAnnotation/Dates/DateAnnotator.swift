import NewsmarkModel

/// Finds date and time expressions and normalizes them to TIMEX3 values anchored to the publication date.
///
/// Each sentence is cut into pieces (tokens, with hyphenated words split), hand-written matchers find
/// the expressions (see ``TemporalMatcher``), and ``TimexResolver`` computes their values:
/// - deictic expressions ("yesterday", "last week", "two days ago") count from the publication date,
///   or, inside a direct quotation, from the day the sentence says the words were spoken;
/// - anaphoric ones ("the next day", "a year earlier", "that week") count from the latest date the
///   text talked about, and name it in `anchorID`;
/// - partial dates ("May 18", "Tuesday") take their year or week from the publication date and the
///   tense of their clause.
///
/// Without a publication date, deictic expressions are skipped and partial dates get unknown parts
/// (`XXXX-05-18`). Every value is checked with ``TimexValue/problem(in:type:)`` before it is added.
public struct DateAnnotator: ArticleAnnotator {
    public let annotator = Annotator(
        id: "newsmark-dates", kind: .tool, name: "newsmark-dates", version: AnnotationPipeline.toolVersion, mode: .automatic)

    public init() {}

    public func annotate(_ article: inout Article, analysis: TextAnalysis) throws {
        let resolver = TimexResolver(anchor: PublicationAnchor(article.metadata.published))
        let regions = TemporalPieceBuilder.quoteRegions(text: analysis.text, tokens: analysis.tokens, sentences: analysis.sentences)
        var ids = IDAllocator(article: article)
        let existing = article.temporalExpressions.map(\.span)
        var context = TimexResolver.Context()
        var added: [TemporalExpression] = []
        // Days the text has written with their year ("March 14, 2009"), by month and day.
        var daysWithYear: [Int: CivilDate] = [:]
        var forms = TemporalPieceForms.pool.take { TemporalPieceForms() }
        defer { TemporalPieceForms.pool.giveBack(forms) }
        // One piece buffer for all sentences: most sentences hold no expression, so their pieces are
        // built, scanned and dropped without allocating.
        var buffer: [TemporalPiece] = []
        // Per-match answers of a sentence, by match number (the first `matches.count` elements); their
        // storage is kept for the next sentence.
        var independent: [ResolvedTimex?] = []
        var tenses: [ClauseTense?] = []
        var idOf: [String?] = []

        for (sentenceIndex, tokenRange) in segments(analysis).enumerated() {
            TemporalPieceBuilder.fill(&buffer, text: analysis.text, tokens: analysis.tokens, range: tokenRange, regions: regions,
                                      forms: &forms)
            let pieces = buffer
            let matches = TemporalMatcher(pieces: pieces).matches()
            guard !matches.isEmpty else { continue }
            context.sentence = sentenceIndex

            // First pass: values that need nothing but the publication date, so that a day named
            // anywhere in the sentence can anchor a clock time or a quotation.
            var sentenceContext = context
            sentenceContext.speechTime = nil
            sentenceContext.sentenceDay = nil
            Self.reset(&independent, count: matches.count)
            Self.reset(&tenses, count: matches.count)
            // The per-match state goes to the local functions as arguments rather than captures, so that
            // it stays on the stack without dynamic exclusivity checks.
            func tense(_ k: Int, _ tenses: inout [ClauseTense?]) -> ClauseTense {
                if let t = tenses[k] { return t }
                let t = tenseAround(matches[k].range, in: pieces)
                tenses[k] = t
                return t
            }
            for (k, match) in matches.enumerated() {
                guard case .point(let spec) = match.parse, !spec.isClockOnly,
                      spec.relative?.anchoring != .anaphoric, !spec.contextQuarter, !spec.quarterAware, !spec.narrativeTime else { continue }
                if let r = resolver.resolve(spec, tense: spec.relative == nil || spec.relative?.unit == .weekend ? tense(k, &tenses) : .unknown, context: sentenceContext), r.isIndependent,
                   TimexValue.problem(in: r.value, type: r.type) == nil {
                    independent[k] = r
                }
            }
            Self.reset(&idOf, count: matches.count)
            func id(for k: Int, _ ids: inout IDAllocator, _ idOf: inout [String?]) -> String {
                if let id = idOf[k] { return id }
                let id = ids.next("t")
                idOf[k] = id
                return id
            }
            func dayReference(_ ids: inout IDAllocator, _ idOf: inout [String?], _ independent: [ResolvedTimex?],
                              where include: (Int) -> Bool) -> TimexReference? {
                for k in matches.indices where include(k) {
                    if let r = independent[k], let p = r.point, p.unit == .day {
                        return TimexReference(point: p, id: id(for: k, &ids, &idOf), sentence: sentenceIndex)
                    }
                }
                return nil
            }

            for (k, match) in matches.enumerated() {
                let span = Self.span(of: match, in: pieces, text: analysis.text)
                if existing.contains(where: { $0.overlaps(span) }) { continue }
                var expression: TemporalExpression?
                let provenance = Provenance(annotatorID: annotator.id, confidence: match.confidence)
                switch match.parse {
                case .duration(let value, let mod):
                    guard TimexValue.problem(in: value, type: .duration) == nil else { continue }
                    expression = TemporalExpression(id: id(for: k, &ids, &idOf), span: span, type: .duration, value: value, mod: mod, provenance: provenance)
                case .set(let value, let quant, let freq):
                    guard TimexValue.problem(in: value, type: .set) == nil else { continue }
                    expression = TemporalExpression(id: id(for: k, &ids, &idOf), span: span, type: .set, value: value, quant: quant, freq: freq, provenance: provenance)
                case .reference(let value):
                    expression = TemporalExpression(id: id(for: k, &ids, &idOf), span: span, type: .date, value: value, provenance: provenance)
                case .point(let spec):
                    var resolved = independent[k]
                    var validated = resolved != nil
                    if resolved == nil {
                        var local = context
                        let region = pieces[match.range.lowerBound].quoteRegion
                        if region != 0, spec.relative?.anchoring == .deictic {
                            local.speechTime = dayReference(&ids, &idOf, independent) { pieces[matches[$0].range.lowerBound].quoteRegion == 0 }
                        }
                        if spec.isClockOnly || (spec.partOfDay != nil && spec.relative == nil && spec.weekday == nil) {
                            // The day right after the time ("15:30 GMT on Wednesday"), else a day named in the
                            // sentence, else one named in the sentence before: "The blast came on Friday. It
                            // went off at 10:35 a.m." is Friday's 10:35.
                            let end = match.range.upperBound
                            let dayFollows = k + 1 < matches.count
                                && (matches[k + 1].range.lowerBound == end
                                    || (matches[k + 1].range.lowerBound == end + 1 && pieces[end].lower == "on"))
                            // A story about an earlier day names the event again: "the barn burned down at 4 a.m."
                            // is the day of "burned down … on June 9", however far back that was.
                            local.sentenceDay = (dayFollows ? dayReference(&ids, &idOf, independent) { $0 == k + 1 } : nil)
                                ?? dayReference(&ids, &idOf, independent) { $0 != k }
                                ?? Self.eventDay(of: match.range, in: pieces, narrative: context.narrative)
                                ?? context.narrative.last(where: { $0.point.unit == .day && sentenceIndex - $0.sentence <= 1 })
                        }
                        resolved = resolver.resolve(spec, tense: tense(k, &tenses), context: local)
                    } else if pieces[match.range.lowerBound].quoteRegion != 0, spec.relative?.anchoring == .deictic,
                              let speech = dayReference(&ids, &idOf, independent, where: { pieces[matches[$0].range.lowerBound].quoteRegion == 0 }) {
                        var local = context
                        local.speechTime = speech
                        resolved = resolver.resolve(spec, tense: tense(k, &tenses), context: local)
                        validated = false
                    }
                    if let r = resolved, spec.day != nil, spec.month != nil, spec.year == nil, tense(k, &tenses) == .unknown {
                        let kept = resolver.keepingSequence(r, spec: spec, tense: tense(k, &tenses), context: context)
                        if kept.value != r.value {
                            resolved = kept
                            validated = false
                        }
                    }
                    if let r = resolved, let month = spec.month, let day = spec.day, spec.year == nil, spec.shortYear == nil,
                       spec.relativeYear == nil, spec.relative == nil, spec.holiday == nil, tense(k, &tenses) != .future,
                       let earlier = daysWithYear[month * 32 + day], r.point?.dayValue?.year != earlier.year,
                       !Self.mentionsAnniversary(in: pieces) {
                        // "the flood of March 14, 2009 … the March 14 flood": the day named again
                        // keeps the year the text gave it (not in a story about an anniversary).
                        var again = r
                        again.point = .day(earlier)
                        again.value = TimexPoint.day(earlier).value
                        resolved = again
                        validated = false
                    }
                    if let month = spec.month, let day = spec.day, let year = spec.year, let date = CivilDate(year: year, month: month, day: day) {
                        daysWithYear[month * 32 + day] = date
                    }
                    guard let r = resolved, validated || TimexValue.problem(in: r.value, type: r.type) == nil else { continue }
                    expression = TemporalExpression(id: id(for: k, &ids, &idOf), span: span, type: r.type, value: r.value, mod: r.mod,
                                                    anchorID: r.anchorID, provenance: provenance)
                    if let point = r.point, TimexValue.referenceValues.contains(r.value) == false {
                        // Results reporting talks about quarters that are over; one still to come ("the
                        // third quarter of next year") or under way ("a fourth-quarter charge" in November)
                        // is a forecast, not the period the figures are for, unless the text says it ended.
                        if spec.quarter != nil || spec.half != nil || spec.periodEnd != nil, spec.relative == nil,
                           spec.periodEnd != nil || Self.isReported(point, tense: tense(k, &tenses), anchor: resolver.anchor),
                           spec.periodEnd != nil || !Self.looksBack(at: point, from: context.quarterInFocus, sentence: sentenceIndex) {
                            context.quarterInFocus = TimexReference(point: point, id: expression!.id, sentence: sentenceIndex,
                                                                    isComplete: spec.periodEnd != nil)
                        }
                        if spec.contextQuarter, let focus = context.quarterInFocus, r.anchorID == focus.id {
                            // "the latest quarter", "the quarter": the quarter in focus, named again.
                            context.quarterInFocus?.sentence = sentenceIndex
                        }
                        context.narrative.append(TimexReference(point: point, id: expression!.id, sentence: sentenceIndex,
                                                                isYearComparison: spec.quarterAware || spec.contextQuarter,
                                                                events: point.unit == .day && spec.hour == nil
                                                                    ? Self.eventWords(around: match.range, in: pieces) : []))
                        if context.narrative.count > 16 { context.narrative.removeFirst(context.narrative.count - 16) }
                    }
                }
                if let expression { added.append(expression) }
            }
        }
        article.temporalExpressions.append(contentsOf: added)
    }

    /// Sets the first `count` elements of `array` to nil, growing it when it is shorter (the elements
    /// after them are left as they are: a sentence reads only those of its own matches).
    @inline(__always)
    private static func reset<T>(_ array: inout [T?], count: Int) {
        while array.count < count { array.append(nil) }
        for k in 0..<count { array[k] = nil }
    }

    /// Whether results for the quarter or half `point` can have been reported at publication: it is
    /// over, or it is under way and its clause is in the past tense (a fiscal quarter labelled like the
    /// calendar one: "reported a decline in fourth-quarter earnings" in November). One under way in
    /// any other clause ("a fourth-quarter charge will follow") or still to come is a forecast.
    static func isReported(_ point: TimexPoint, tense: ClauseTense, anchor: PublicationAnchor?) -> Bool {
        guard let day = anchor?.date.dayNumber else { return true }
        if point.shifted(by: 1).firstDay.dayNumber <= day { return true }
        return point.firstDay.dayNumber <= day && tense == .past
    }

    /// Whether `point`, a quarter named after the quarter in focus, is an earlier quarter of the same
    /// year named in passing ("third-quarter earnings rose … after a weak second quarter"): results
    /// reporting leads with the latest quarter and keeps comparing with it, so the focus stays on it
    /// for the next few sentences.
    static func looksBack(at point: TimexPoint, from focus: TimexReference?, sentence: Int) -> Bool {
        guard let focus, point.unit == .quarter, focus.point.unit == .quarter, sentence - focus.sentence <= 4 else { return false }
        let first = point.firstDay, focusFirst = focus.point.firstDay
        return first.year == focusFirst.year && first < focusFirst
    }

    /// The past-tense verbs of the clause around `range` that name an event ("exploded", "shot"), at
    /// most eight pieces either side, for telling which day a later clock time belongs to. Auxiliaries,
    /// reporting verbs and words after a determiner (nouns, adjectives) are left out.
    static func eventWords(around range: Range<Int>, in pieces: [TemporalPiece]) -> [String] {
        guard !range.isEmpty else { return [] }
        let region = pieces[range.lowerBound].quoteRegion
        var words: [String] = []
        func take(_ k: Int) -> Bool {
            let piece = pieces[k]
            if piece.quoteRegion != region || ClauseTense.isBoundary(piece) { return false }
            if piece.kind == .word, !piece.classes.isDisjoint(with: [.pastCue, .edForm]), !nonEvents.contains(piece.lower),
               k == 0 || !TemporalLexicon.determiners.contains(pieces[k - 1].lower) {
                words.append(piece.lower)
            }
            return true
        }
        var k = range.lowerBound - 1
        while k >= 0, k >= range.lowerBound - 8, take(k) { k -= 1 }
        k = range.upperBound
        while k < pieces.count, k < range.upperBound + 8, take(k) { k += 1 }
        return words
    }

    /// The latest day the text named for the event the clause around `range` tells with the same
    /// past-tense verb, if any.
    static func eventDay(of range: Range<Int>, in pieces: [TemporalPiece], narrative: [TimexReference]) -> TimexReference? {
        guard narrative.contains(where: { !$0.events.isEmpty }) else { return nil }
        let events = eventWords(around: range, in: pieces)
        guard !events.isEmpty else { return nil }
        return narrative.last { $0.point.unit == .day && $0.events.contains { events.contains($0) } }
    }

    /// Past forms that name no event of their own: auxiliaries, reporting verbs, adverbs.
    private static let nonEvents: LexiconWordSet = [
        "was", "were", "had", "did", "said", "told", "reported", "announced", "added", "stated", "ago", "last", "since",
        "earlier", "previously", "recently", "got", "made", "came", "went",
    ]

    /// The text an expression covers. A possessive ending stays outside it, as in TimeML ("*Friday*'s
    /// session", "*last year*'s results"): the clitic belongs to the noun phrase, not to the date.
    static func span(of match: TimexMatch, in pieces: [TemporalPiece], text: ScalarText) -> TextSpan {
        let last = pieces[match.range.upperBound - 1]
        var end = last.end
        if last.isPossessive, end - last.start > 2 {
            // "Friday's", "Friday’s" drop two scalars; "the Joneses'" style "s'" drops the mark only.
            let final = text.scalars[end - 1]
            end -= (final == "s" || final == "S") ? 2 : 1
        }
        return TextSpan(start: pieces[match.range.lowerBound].start, end: end)
    }

    /// The tense that places a partial date. After "until", "till" or "by" a date is a deadline: the
    /// nearest such date (a day name: the coming one) unless a tense cue says otherwise.
    /// After "to", "through", "before" or "from" a past verb does not move the date into the past, and
    /// neither does it for a date before "deadline" ("never explained the March 3 deadline");
    /// "between now and" a date puts it ahead, and so does "as early as".
    private func tenseAround(_ range: Range<Int>, in pieces: [TemporalPiece]) -> ClauseTense {
        let start = range.lowerBound
        let previous = start > 0 ? pieces[start - 1].lower : ""
        if start >= 2, previous == "and", pieces[start - 2].lower == "now" { return .future }
        // "as early as Tuesday", "as soon as Friday": the earliest of days still ahead.
        if start >= 3, previous == "as", ["early", "soon"].contains(pieces[start - 2].lower), pieces[start - 3].lower == "as" { return .future }
        // "December bonds", "September heating oil", "the October contract": a futures contract is
        // named by its delivery month, which is under way or still to come.
        if Self.namesContractMonth(range, in: pieces) || ClauseTense.namesContractFurtherOn(range, in: pieces) { return .future }
        // "the November election", "November's general election": the coming one unless the clause
        // is in the past ("lost the November election").
        if ClauseTense.namesElection(range, in: pieces) || ClauseTense.followsElectionVerb(range, in: pieces) {
            return ClauseTense.around(range, in: pieces) == .past ? .past : .future
        }
        // "the November jobs report": figures come out after their month.
        if ClauseTense.labelsReportedFigures(range, in: pieces) { return .past }
        let last = pieces[range.upperBound - 1]
        if last.isPossessive, range.contains(where: { pieces[$0].facts.weekday != 0 }) {
            // "Wednesday's ruling" is a day already come, unless it names an event on a timetable and
            // its clause looks ahead in so many words ("expects to win Tuesday's primary", "campaigned
            // hard ahead of Saturday's runoff"). An outcome ("will appeal against Wednesday's ruling"), the
            // future in the past ("would …") and a condition ("if you missed Thursday's
            // debate") do not move it.
            // Without a past or a future cue such an event is the nearest one ("Saturday's match" said
            // on Friday, "Saturday's debate" said on Monday).
            guard Self.namesScheduledEvent(after: range, in: pieces) else { return .unknown }
            // "picked the team for Saturday's match": what is prepared for the event comes before it.
            if previous == "for" { return .nearest }
            if ClauseTense.nearestCue(range, in: pieces, window: 8) == .past { return .unknown }
            let tense = ClauseTense.cueBefore(range, in: pieces, window: 8)
            return tense == .future && !ClauseTense.hasConditionalModal(before: range, in: pieces) ? .future : .nearest
        }
        let tense = ClauseTense.around(range, in: pieces)
        if tense == .future { return tense }
        if tense != .past, ["until", "till", "by"].contains(previous) { return .deadline }
        if tense == .past {
            // "extended the deadline until Tuesday": a verb of putting off moves the date ahead.
            if ["until", "till", "to"].contains(previous), putsOff(before: start, in: pieces) { return .deadline }
            // "had filed reports by Wednesday": a deadline already past, on either side of the verb.
            if ["to", "through", "before", "from", "until", "till", "by"].contains(previous) { return .unknown }
            if range.upperBound < pieces.count, ["deadline", "deadlines"].contains(pieces[range.upperBound].lower) {
                return .unknown
            }
        }
        return tense
    }

    /// Whether the sentence speaks of an anniversary or a commemoration, where a day named again is
    /// that day in another year ("on March 14, the town marked the anniversary").
    static func mentionsAnniversary(in pieces: [TemporalPiece]) -> Bool {
        pieces.contains { anniversaryWords.contains($0.lower) }
    }

    static let anniversaryWords: LexiconWordSet = [
        "anniversary", "anniversaries", "commemorate", "commemorated", "commemorates", "commemoration", "memorial",
        "remembrance", "marked", "marks", "mark",
    ]

    /// Whether a noun of an event on a timetable ("primary", "meeting", "final") follows `range` within
    /// eight pieces, before any clause punctuation or verb ("Tuesday's state party primary").
    static func namesScheduledEvent(after range: Range<Int>, in pieces: [TemporalPiece]) -> Bool {
        var k = range.upperBound
        while k < pieces.count, k < range.upperBound + 8 {
            let piece = pieces[k]
            // The noun phrase ends at its verb: "Monday's ruling will shape the rest of the race".
            if ClauseTense.isBoundary(piece) || !piece.classes.isDisjoint(with: .tenseCues) { return false }
            if scheduledEvents.contains(piece.lower) { return true }
            k += 1
        }
        return false
    }

    /// Events that are held on a set day ("Tuesday's primary", "Sunday's final").
    static let scheduledEvents: LexiconWordSet = [
        "primary", "primaries", "caucus", "caucuses", "election", "elections", "vote", "referendum", "runoff", "ballot",
        "debate", "debates", "game", "games", "match", "matches", "final", "finals", "semifinal", "race", "meeting",
        "meetings", "summit", "talks", "session", "hearing", "deadline", "holiday", "speech", "address", "ceremony",
        "parade", "rally", "launch", "opening", "contest", "contests", "showdown", "conference", "broadcast", "show",
        "kickoff", "fight", "bout", "concert", "festival", "auction", "inauguration", "funeral", "service",
        "opener", "playoff", "derby", "marathon",
    ]

    /// Whether `range` is a month name alone (no day, no year) right before a word that names a
    /// futures contract or a traded commodity ("December bonds", "September heating oil", "the October
    /// contract"): market reports name contracts by their delivery month.
    static func namesContractMonth(_ range: Range<Int>, in pieces: [TemporalPiece]) -> Bool {
        guard range.upperBound < pieces.count, pieces[range.upperBound - 1].facts.month != 0,
              pieces[range.upperBound].kind == .word,
              TemporalLexicon.contractWords.contains(pieces[range.upperBound].lower) else { return false }
        for k in range where pieces[k].kind == .number || pieces[k].startsWithDigit { return false }
        return true
    }


    /// Whether a verb of putting off ("extended", "postponed", "delayed") stands in the clause before
    /// `index`, within eight words.
    private func putsOff(before index: Int, in pieces: [TemporalPiece]) -> Bool {
        var k = index - 1
        while k >= 0, k >= index - 8 {
            let piece = pieces[k]
            if ClauseTense.isBoundary(piece) { return false }
            if Self.puttingOff.contains(piece.lower) { return true }
            k -= 1
        }
        return false
    }

    private static let puttingOff: LexiconWordSet = [
        "extended", "extends", "extend", "postponed", "postpones", "postpone", "delayed", "delays", "delay", "deferred",
        "defers", "defer", "adjourned", "adjourns", "rescheduled", "pushed", "moved", "put",
    ]

    /// Whether `span` is "a.m." or "p.m." in any case.
    private static func isMeridiem(_ span: TextSpan, in text: ScalarText) -> Bool {
        guard span.length == 4, span.start >= 0, span.end <= text.scalars.count else { return false }
        let s = text.scalars
        let first = s[span.start].value | 0x20
        return (first == 0x61 || first == 0x70) && s[span.start + 1] == "." && s[span.start + 2].value | 0x20 == 0x6D
            && s[span.start + 3] == "."
    }

    /// The token ranges to scan: sentences, except that a sentence the splitter ended after "a.m." or
    /// "p.m." is joined to the next one in its block ("at 10 p.m. Wednesday" is one expression).
    private func segments(_ analysis: TextAnalysis) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var previousBlock = -1
        for sentence in analysis.sentences {
            if let last = result.last, sentence.blockIndex == previousBlock, !last.isEmpty {
                let token = analysis.tokens[last.upperBound - 1]
                if Self.isMeridiem(token.span, in: analysis.text) {
                    result[result.count - 1] = last.lowerBound..<sentence.tokenRange.upperBound
                    continue
                }
            }
            result.append(sentence.tokenRange)
            previousBlock = sentence.blockIndex
        }
        return result
    }
}
