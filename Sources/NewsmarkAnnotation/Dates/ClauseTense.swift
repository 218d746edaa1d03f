/// The tense around an expression, used to place a partial date ("May 18", "Tuesday") before or
/// after the anchor.
enum ClauseTense: Sendable {
    case past, present, future, unknown
    /// A deadline ("until Tuesday", "by March"): the nearest such date, ties forward.
    case deadline
    /// No tense, for an event on a timetable ("Saturday's match"): the nearest such date, ties back.
    case nearest

    /// The tense signalled by the tense cue nearest to `range` within its clause: at most `window`
    /// pieces away, in the same quotation region, without crossing clause punctuation or a relative
    /// pronoun (a date in parentheses looks past its opening parenthesis). Future cues ("will",
    /// "would", "is scheduled") are checked before past ones, and the verb group around a cue decides
    /// ("will be paid" is future, "had been scheduled" either side); any other word ending in "-ed"
    /// reads as past.
    static func around(_ range: Range<Int>, in pieces: [TemporalPiece], window: Int = 8) -> ClauseTense {
        let tense = nearestCue(range, in: pieces, window: window)
        // "if his party wins in November", "if a new mayor is elected in November": a condition in the
        // present tense is about what lies ahead.
        if tense == .present || tense == .unknown, isConditional(range, in: pieces) { return .future }
        return tense
    }

    /// Whether "if" or "unless" opens the clause of `range`: within twelve pieces before it, in its
    /// quotation region, without crossing clause punctuation or a relative pronoun. ("Whether" mostly
    /// asks about what is known: "whether the strong October report was a blip".) A date after a
    /// possessive ("if he builds on his Tuesday wins") names an event already had, so no condition
    /// moves it.
    static func isConditional(_ range: Range<Int>, in pieces: [TemporalPiece]) -> Bool {
        guard !range.isEmpty else { return false }
        // Most clauses have no such word: find one first with plain comparisons, then check the clause.
        var start = range.lowerBound - 1
        while start >= 0, range.lowerBound - start <= 12, !isConditionalWord(pieces[start].lower) { start -= 1 }
        guard start >= 0, range.lowerBound - start <= 12 else { return false }
        if possessivePronouns.contains(pieces[range.lowerBound - 1].lower) { return false }
        let region = pieces[range.lowerBound].quoteRegion
        var k = range.lowerBound - 1
        while k >= start {
            let piece = pieces[k]
            if piece.quoteRegion != region || (isBoundary(piece) && !isListComma(pieces, k, before: range.lowerBound)) { return false }
            if piece.kind == .word, isConditionalWord(piece.lower) { return true }
            k -= 1
        }
        return false
    }

    /// Whether "and" or "or" at `index` joins a second predicate with a modal of its own ("and would not
    /// give", "and will"). A second verb without one often goes on with the same event ("called a march
    /// on Saturday and were planning a vigil"), so it does not end the search.
    static func startsCoordinatePredicate(_ pieces: [TemporalPiece], _ index: Int) -> Bool {
        guard pieces[index].lower == "and" || pieces[index].lower == "or", index + 1 < pieces.count else { return false }
        let next = pieces[index + 1]
        guard next.kind == .word else { return false }
        return TemporalLexicon.otherModals.contains(next.lower) || TemporalLexicon.futureModals.contains(next.lower)
    }

    /// The tense of the nearest cue before `range` within `window` pieces of its clause (the words after
    /// it are not looked at: "Tuesday's primaries will force him out" names a day gone).
    static func cueBefore(_ range: Range<Int>, in pieces: [TemporalPiece], window: Int) -> ClauseTense {
        guard !range.isEmpty else { return .unknown }
        let region = pieces[range.lowerBound].quoteRegion
        var k = range.lowerBound - 1
        while k >= 0, range.lowerBound - k <= window {
            let piece = pieces[k]
            if piece.quoteRegion != region || (isBoundary(piece) && !isListComma(pieces, k, before: range.lowerBound)) { break }
            if let tense = cue(pieces, k) { return tense }
            k -= 1
        }
        return .unknown
    }

    /// Whether "would", "could", "might" or "'d" stands within eight pieces before `range` in its clause.
    static func hasConditionalModal(before range: Range<Int>, in pieces: [TemporalPiece]) -> Bool {
        guard !range.isEmpty else { return false }
        let region = pieces[range.lowerBound].quoteRegion
        var k = range.lowerBound - 1
        while k >= 0, range.lowerBound - k <= 8 {
            let piece = pieces[k]
            if piece.quoteRegion != region || isBoundary(piece) { return false }
            if TemporalLexicon.conditionalModals.contains(piece.lower) { return true }
            k -= 1
        }
        return false
    }

    /// Future cues that are as often nouns ("plans", "hopes", "promises").
    static let nounableCues: LexiconWordSet = ["plans", "plan", "hopes", "hope", "aims", "promises"]

    /// Words after a cue word that make it a noun ("plans after", "promises on").
    static let nounFollowers: LexiconWordSet = [
        "after", "before", "in", "on", "of", "at", "with", "from", "by", "over", "under", "about", "during",
        "until", "and", "or", "were", "was", "are", "is", "had", "have", "has",
    ]

    /// Prepositions before a cue word that make it a noun ("worked on plans for").
    static let nounPrecursors: LexiconWordSet = ["on", "of", "in", "with", "about", "over", "into", "under", "from", "by", "at", "for"]

    /// Irregular past participles that do not end in "-ed" and are no past cue of their own.
    static let pastParticiples: LexiconWordSet = [
        "gone", "done", "seen", "taken", "given", "known", "shown", "written", "spoken", "chosen", "driven", "eaten",
        "fallen", "forgotten", "gotten", "hidden", "ridden", "risen", "stolen", "sworn", "thrown", "woken", "begun",
        "become", "come", "run", "won", "lost", "made", "paid", "sold", "held", "kept", "left", "met", "sent",
        "spent", "told", "thought", "brought", "bought", "caught", "fought", "taught", "found", "got", "had", "heard",
        "put", "set", "let", "cut", "hit", "quit", "shut", "struck", "stood", "understood", "withdrawn", "drawn",
        "grown", "flown", "blown", "broken", "frozen",
    ]

    /// Whether `range` is a month or a season alone (no day, no year) that names an election held then:
    /// the noun follows within four pieces of the same noun phrase ("the November election", "November's
    /// general election", "the fall referendum", "the March primaries"). Elections are held on a
    /// calendar announced long before, so without a past cue such a month is the coming one, not the
    /// nearest ("in the November election" written in January is ten months ahead).
    static func namesElection(_ range: Range<Int>, in pieces: [TemporalPiece]) -> Bool {
        guard !range.isEmpty, range.upperBound < pieces.count else { return false }
        for k in range where pieces[k].kind == .number || pieces[k].startsWithDigit { return false }
        guard range.contains(where: { pieces[$0].facts.month != 0 || pieces[$0].classes.contains(.season) }) else { return false }
        var k = range.upperBound
        while k < pieces.count, k < range.upperBound + 4 {
            let piece = pieces[k]
            guard piece.kind == .word, !isBoundary(piece), piece.classes.isDisjoint(with: .tenseCues) else { return false }
            if electionNouns.contains(piece.lower) { return true }
            k += 1
        }
        return false
    }

    /// Whether `range` is a month alone that labels the figures of a statistical report ("the November
    /// jobs report", "December's retail sales", "the October trade figures"): such figures come out
    /// after their month, so the month is over whatever the tense ("will publish the November jobs
    /// report on Friday" in December is the November gone).
    static func labelsReportedFigures(_ range: Range<Int>, in pieces: [TemporalPiece]) -> Bool {
        guard !range.isEmpty, range.upperBound < pieces.count,
              range.contains(where: { pieces[$0].facts.month != 0 }) else { return false }
        return isMonthPhrase(range, in: pieces, headedBy: reportedFigures)
    }

    /// Whether `range` holds no number and one of `heads` follows it within three words of its noun
    /// phrase (words that are neither clause boundaries nor tense cues).
    private static func isMonthPhrase(_ range: Range<Int>, in pieces: [TemporalPiece], headedBy heads: LexiconWordSet) -> Bool {
        for k in range where pieces[k].kind == .number || pieces[k].startsWithDigit { return false }
        var k = range.upperBound
        while k < pieces.count, k < range.upperBound + 3 {
            let piece = pieces[k]
            guard piece.kind == .word, !isBoundary(piece), piece.classes.isDisjoint(with: .tenseCues) else { return false }
            if heads.contains(piece.lower) { return true }
            k += 1
        }
        return false
    }

    /// Nouns of monthly statistics, named by the month they measure.
    static let reportedFigures: LexiconWordSet = [
        "figures", "data", "statistics", "payrolls", "payroll", "jobs", "employment", "unemployment", "inflation",
        "cpi", "ppi",
    ]

    /// Clause words about winning or casting votes, which make a bare month in an election story the
    /// month of the coming vote ("the votes he will need in November", "her odds of winning the seat in November").
    static let electionVerbs: LexiconWordSet = [
        "win", "wins", "winning", "vote", "votes", "voting", "elect", "electing", "electability",
    ]

    /// Whether an election verb stands within six pieces before `range` in its clause, with the month
    /// after a preposition ("in November", "come November").
    static func followsElectionVerb(_ range: Range<Int>, in pieces: [TemporalPiece]) -> Bool {
        guard range.count == 1, range.lowerBound >= 2, pieces[range.lowerBound].facts.month != 0,
              ["in", "come", "until", "by", "before", "toward", "towards"].contains(pieces[range.lowerBound - 1].lower) else { return false }
        let region = pieces[range.lowerBound].quoteRegion
        var k = range.lowerBound - 2
        while k >= 0, range.lowerBound - k <= 6 {
            let piece = pieces[k]
            if piece.quoteRegion != region || isBoundary(piece) { return false }
            if electionVerbs.contains(piece.lower) { return true }
            k -= 1
        }
        return false
    }

    /// Whether `range` is a month alone followed, within three words of its noun phrase, by a word that
    /// names a futures contract or an option ("the September euro bund future", "the December rate
    /// spread"): the delivery month, under way or still ahead.
    static func namesContractFurtherOn(_ range: Range<Int>, in pieces: [TemporalPiece]) -> Bool {
        guard !range.isEmpty, range.upperBound < pieces.count, pieces[range.upperBound - 1].facts.month != 0 else { return false }
        return isMonthPhrase(range, in: pieces, headedBy: contractHeads)
    }

    /// Head nouns of traded contracts ("future", "spread"), after the words that name what is traded.
    static let contractHeads: LexiconWordSet = [
        "future", "futures", "contract", "contracts", "option", "options", "spread", "spreads", "straddle",
    ]

    /// Nouns of elections and the votes that lead to them.
    static let electionNouns: LexiconWordSet = [
        "election", "elections", "ballot", "ballots", "referendum", "referendums", "runoff", "runoffs", "primary",
        "primaries", "caucus", "caucuses", "vote", "polls", "midterms", "midterm",
    ]

    /// Past verbs that ask someone to act ("urged them to vote"): the act they ask for lies after them.
    static let directiveVerbs: LexiconWordSet = [
        "urged", "asked", "encouraged", "pressed", "implored", "begged", "exhorted", "invited", "reminded", "challenged",
    ]

    /// Gerunds of saying, whose complement clause has a tense of its own ("signaling it would raise").
    static let reportingGerunds: LexiconWordSet = [
        "announcing", "saying", "adding", "arguing", "warning", "insisting", "declaring", "claiming", "noting",
        "suggesting", "telling", "explaining", "vowing", "pledging", "predicting", "acknowledging", "conceding",
        "stating", "asserting", "confirming", "denying", "indicating", "hinting", "signaling", "signalling",
    ]

    /// Whether the fixture verb at `index` ("face", "play", "host", …) follows what can be its subject: a
    /// capitalized name ("Leeds host", "England face"), "they" or "we", or a plural noun ("the two sides
    /// play", "the champions take on"), not after "a" ("a Shakespeare play") and not a network's
    /// presenter ("the Fox News host"). "take" counts only in "take on" and "take effect" ("the new
    /// rules take effect in January").
    static func hasFixtureSubject(_ pieces: [TemporalPiece], _ index: Int) -> Bool {
        guard index >= 1 else { return false }
        if pieces[index].lower == "take", !(index + 1 < pieces.count && takeParticles.contains(pieces[index + 1].lower)) { return false }
        // "Leeds and Derby both host …": the subject stands before "both" or "all".
        let subjectIndex = index >= 2 && subjectQuantifiers.contains(pieces[index - 1].lower) ? index - 2 : index - 1
        let subject = pieces[subjectIndex]
        guard subject.kind == .word, !subject.isPossessive, subject.classes.isEmpty, !fixtureNounModifiers.contains(subject.lower),
              !(subjectIndex >= 1 && (pieces[subjectIndex - 1].lower == "a" || pieces[subjectIndex - 1].lower == "an")) else { return false }
        if subject.lower == "they" || subject.lower == "we" { return true }
        return subject.isCapitalized || (subject.lower.utf8.count > 3 && subject.lower.utf8.last == UInt8(ascii: "s"))
    }

    /// Words after "take" that make it a fixture or timetable verb ("take on", "take effect").
    static let takeParticles: LexiconWordSet = ["on", "effect"]

    /// Quantifiers between a subject and its verb ("Leeds and Derby both host").
    static let subjectQuantifiers: LexiconWordSet = ["both", "all"]

    /// Words before a past form that make it a participle or an infinitive ("getting beat up", "being
    /// held", "to beat back").
    static let participleHeads: LexiconWordSet = ["get", "gets", "getting", "being", "to"]

    /// Words before "host", "play" or "visit" that make it a noun ("the Fox News host", "a radio play",
    /// "the state visit").
    static let fixtureNounModifiers: LexiconWordSet = [
        "news", "radio", "tv", "television", "show", "talk", "game", "party", "cnn", "nbc", "abc", "cbs", "fox", "bbc",
        "msnbc", "npr", "pbs", "itv", "sky", "state", "this", "that", "is", "was", "its", "his", "hers",
    ]

    /// Possessive pronouns before a date that modifies a noun ("his Tuesday wins").
    static let possessivePronouns: LexiconWordSet = ["his", "her", "their", "its", "our", "my", "your"]

    /// Whether `word` opens a condition: "if", "unless", "whether".
    @inline(__always) static func isConditionalWord(_ word: String) -> Bool {
        word == "if" || word == "unless"
    }

    /// The tense of the nearest cue (see ``around(_:in:window:)``).
    static func nearestCue(_ range: Range<Int>, in pieces: [TemporalPiece], window: Int) -> ClauseTense {
        guard !range.isEmpty else { return .unknown }
        let region = pieces[range.lowerBound].quoteRegion
        var leftOpen = true
        var rightOpen = true
        var conditionFollows = false
        var distance = 1
        // A date in parentheses glosses the words before it ("will leave at dawn (4 a.m. Thursday)"),
        // so it takes their tense.
        let leftSkip = range.lowerBound >= 2 && pieces[range.lowerBound - 1].lower == "(" ? 1 : 0
        // A date that opens its sentence ("In January, a week after …, a bomb exploded") takes the tense of
        // the main verb, which may come after a long fronted phrase (names with abbreviations such as
        // "Birmingham, Ala.," make it longer in pieces than in words).
        let window = range.lowerBound <= 2 ? max(window, 36) : window
        while distance <= window, leftOpen || rightOpen {
            let left = range.lowerBound - distance - leftSkip
            if leftOpen {
                if left < 0 || pieces[left].quoteRegion != region
                    || (isBoundary(pieces[left]) && !isListComma(pieces, left, before: range.lowerBound)) {
                    leftOpen = false
                } else if let tense = cue(pieces, left) {
                    // "urged them to vote Tuesday": the day of what was urged, which follows the urging.
                    if tense == .past, directiveVerbs.contains(pieces[left].lower),
                       (left + 1..<range.lowerBound).contains(where: { isInfinitiveMarker(pieces, $0) }) {
                        return .nearest
                    }
                    return tense
                } else if reportingGerunds.contains(pieces[left].lower) {
                    // "confirming on Wednesday she would sign the bill": the words after the date are
                    // what was announced, not the verb of the date's clause.
                    rightOpen = false
                }
            }
            let right = range.upperBound - 1 + distance
            if rightOpen {
                let fronted = range.lowerBound <= 2 && right < pieces.count && pieces[right].lower == ","
                if right >= pieces.count || pieces[right].quoteRegion != region || (isBoundary(pieces[right]) && !fronted)
                    || startsCoordinatePredicate(pieces, right) {
                    // "arrested the driver on Friday and would not give his name": the verb after
                    // "and" has a clause of its own.
                    rightOpen = false
                } else if isConditionalWord(pieces[right].lower) {
                    // "could be gone by year's end if he does not win": a condition in the present tense
                    // is about what lies ahead.
                    conditionFollows = true
                } else if isReducedRelative(pieces, right) {
                    // "by August in the search for markets untouched by the crisis": a participle that
                    // describes a noun after the date, not the verb of its clause.
                } else if reportingGerunds.contains(pieces[right].lower) {
                    // "wrapped up its assembly on Friday by signaling it would raise fees": a clause reported
                    // after the gerund has its own tense.
                    rightOpen = false
                } else if let tense = cue(pieces, right) {
                    return conditionFollows && tense == .present ? .future : tense
                }
            }
            distance += 1
        }
        // A long clause: "will" further back still governs it ("will almost double its flights between
        // the two countries by August"), and so does a past verb ("switched from a paper ticket system
        // to an electronic ticket system in December").
        if leftOpen, window < 14 {
            var infinitiveSeen = false
            for k in max(0, range.lowerBound - distance - leftSkip + 1)..<range.lowerBound where isInfinitiveMarker(pieces, k) {
                infinitiveSeen = true
            }
            var left = range.lowerBound - distance - leftSkip
            // A hyphenated word ("self-rule") is three pieces but one word of the clause.
            var hyphens = 0
            for k in max(0, left + 1)..<range.lowerBound where pieces[k].lower == "-" && !pieces[k].spaceBefore { hyphens += 2 }
            while left >= 0, range.lowerBound - left - leftSkip <= 14 + hyphens {
                let piece = pieces[left]
                if piece.lower == "-", !piece.spaceBefore { hyphens += 2 }
                if piece.quoteRegion != region || (isBoundary(piece) && !isListComma(pieces, left, before: range.lowerBound)) { break }
                if TemporalLexicon.futureModals.contains(piece.lower) { return .future }
                // "would open the annual congress of the farmers' union in the capital on Saturday": the future in
                // the past reaches as far ("would have opened" does not).
                if piece.classes.contains(.futureCue), TemporalLexicon.conditionalModals.contains(piece.lower), !isNegatedCould(pieces, left),
                   left + 1 < pieces.count, pieces[left + 1].lower != "have", pieces[left + 1].lower != "'ve" {
                    return .future
                }
                // "agreed to purchase the line in February", "placed orders to start trading in November":
                // the date belongs to the infinitive, whose event may lie on either side of the verb's.
                if isInfinitiveMarker(pieces, left) { infinitiveSeen = true }
                if let tense = cue(pieces, left) {
                    if tense == .past, !infinitiveSeen { return .past }
                    // "will be named … in December": a participle whose verb group is future. A cue
                    // word on its own this far away ("next to the embassy") is no verb of the clause.
                    if tense == .future, !pieces[left].classes.contains(.futureCue) { return .future }
                    break
                }
                left -= 1
            }
        }
        return .unknown
    }

    /// Whether the piece at `index` is a bare participle in "-ed" followed by "by" with no form of "be"
    /// or "have" before it ("markets untouched by the crisis").
    static func isReducedRelative(_ pieces: [TemporalPiece], _ index: Int) -> Bool {
        let classes = pieces[index].classes
        guard classes.contains(.edForm), classes.isDisjoint(with: [.pastCue, .futureCue, .futureParticiple]),
              index + 1 < pieces.count, pieces[index + 1].lower == "by", index > 0 else { return false }
        let before = pieces[index - 1].lower
        return !TemporalLexicon.presentBe.contains(before) && !["was", "were", "had", "has", "have", "not"].contains(before)
    }

    /// Whether the comma at `index` separates the items of a list of words ("resigned as treasurer,
    /// secretary and board member in March", "treasurer, secretary, and board member") rather than
    /// clauses: a word stands before it, and within the next four pieces before `limit` another comma
    /// or "and"/"or" follows after plain words only.
    static func isListComma(_ pieces: [TemporalPiece], _ index: Int, before limit: Int) -> Bool {
        guard pieces[index].lower == ",", index > 0, pieces[index - 1].kind == .word,
              pieces[index - 1].classes.isDisjoint(with: .tenseCues) else { return false }
        var k = index + 1
        var words = 0
        while k < limit, k <= index + 4 {
            let piece = pieces[k]
            if piece.lower == "and" || piece.lower == "or" || piece.lower == "," { return words > 0 || piece.lower != "," }
            guard piece.kind == .word, piece.classes.isDisjoint(with: .tenseCues), !boundaryWords.contains(piece.lower) else { return false }
            words += 1
            k += 1
        }
        return false
    }

    /// Clause punctuation and words that start a new clause.
    /// (Read from the piece's form, which looks its text up in ``boundaryMarks`` or ``boundaryWords``
    /// once.)
    @inline(__always)
    static func isBoundary(_ piece: TemporalPiece) -> Bool { piece.form.isClauseBoundary }

    static let boundaryMarks: LexiconWordSet = [",", ";", ":", "(", ")", "[", "]", "--", "\"", "\u{201C}", "\u{201D}", "_", "\u{2014}", "\u{2013}"]
    static let boundaryWords: LexiconWordSet = ["which", "who", "whom", "whose", "that", "when", "while", "where", "because", "although", "but"]

    static func cue(_ pieces: [TemporalPiece], _ index: Int) -> ClauseTense? {
        let piece = pieces[index]
        let classes = piece.classes
        guard piece.kind == .word, !classes.isDisjoint(with: .tenseCues) else { return nil }
        let before = index > 0 ? pieces[index - 1].lower : ""
        // After a determiner a cue word is a noun or an adjective, not a verb: "the plan", "its
        // preferred shares", "the increased dividend". An adjective of what is planned still points
        // ahead: "the upcoming election in November", "the planned visit in September".
        if TemporalLexicon.determiners.contains(before) {
            return aheadAdjectives.contains(piece.lower) ? .future : nil
        }
        if classes.contains(.edForm), isAttributiveParticiple(pieces, index) {
            return aheadAdjectives.contains(piece.lower) ? .future : nil
        }
        if piece.lower == "was" || piece.lower == "were", index + 1 < pieces.count,
           !pieces[index + 1].classes.isDisjoint(with: [.futureCue, .futureParticiple]) {
            // "were planning a rally on Saturday", "was scheduled Friday": the participle decides.
            return cue(pieces, index + 1) ?? .past
        }
        if classes.contains(.futureParticiple) {
            // "had been scheduled", "had been due to expire": a plan made in the past, for a date on
            // either side of today.
            if hasHad(pieces, before: index) { return .unknown }
            // The auxiliary sits before a negation or up to two adverbs inside the verb group: "is not
            // expected", "was finally scheduled", "is widely expected", "is now firmly set".
            var auxiliary = before
            var k = index - 1
            while k >= 1, index - k <= 2, isInsideVerbGroup(pieces[k].lower) {
                k -= 1
                auxiliary = pieces[k].lower
            }
            // "is scheduled", "are expected to", "has scheduled", "will be set": future.
            if TemporalLexicon.presentBe.contains(auxiliary) || auxiliary == "has" || auxiliary == "have"
                || modal(pieces, before: index) == .future {
                return .future
            }
            // "was scheduled", "as previously planned": the plan is past, its date may be either side.
            if ["was", "were", "previously", "originally", "initially", "already"].contains(auxiliary) { return .unknown }
            let word = piece.lower
            // "payments due Monday", "the trade figures due on Monday": what falls due lies ahead.
            if word == "due", index + 1 < pieces.count, pieces[index + 1].lower != "to" { return .future }
            if word == "set" || word == "due" || word == "poised" || word == "supposed" {
                return index + 1 < pieces.count && pieces[index + 1].lower == "to" ? .future : nil
            }
            // "planned a rally on Saturday", "scheduled a news conference Thursday": what is planned
            // lies ahead.
            if word == "scheduled" || word == "planned" || word == "slated" { return .future }
            // "expected", "proposed" on their own: past verbs.
            return .past
        }
        if classes.contains(.schedulingVerb), classes.isDisjoint(with: [.futureCue, .pastCue, .presentCue]) {
            // "the council meets Tuesday", "ministers arrive on Friday": a timetable, ahead. After an
            // auxiliary or "to" the verb is not finite ("did not meet", "agreed to meet"): the cue
            // further out decides.
            let head = index > 0 ? pieces[index - 1] : nil
            if let head, head.kind == .word, TemporalLexicon.verbGroupHeads.contains(head.lower) { return nil }
            if index >= 2, TemporalLexicon.verbGroupHeads.contains(pieces[index - 2].lower),
               TemporalLexicon.verbGroupAdverbs.contains(before) { return nil }
            if TemporalLexicon.fixtureVerbs.contains(piece.lower), !hasFixtureSubject(pieces, index) { return nil }
            return .future
        }
        // "revised its travel plans after the storm on Saturday", "campaign promises on Tuesday": a noun
        // before a preposition or punctuation, not the verb of the clause ("plans to", "plans a rally").
        if classes.contains(.futureCue), nounableCues.contains(piece.lower),
           index + 1 >= pieces.count || pieces[index + 1].kind == .punctuation || nounFollowers.contains(pieces[index + 1].lower)
            || nounPrecursors.contains(before) {
            // ("worked on plans for an ad blitz": after a preposition too.)
            return nil
        }
        // "going to win", "going into November" look ahead; "going from 38 percent on June 9" does not.
        if classes.contains(.futureCue), piece.lower == "going",
           !(index + 1 < pieces.count && (pieces[index + 1].lower == "to" || pieces[index + 1].lower == "into")) {
            return nil
        }
        guard let tense = cue(piece) else { return nil }
        // "will do well in the vote on Tuesday": the modal decides.
        if tense == .present, TemporalLexicon.futureModals.contains(before) { return .future }
        if tense == .future, piece.lower != "will" {
            if hasHad(pieces, before: index) { return .unknown }
        }
        if isNegatedCould(pieces, index) { return .past }
        if classes.contains(.futureCue), piece.lower == "can" {
            // "can carry the state in November", "can be signed Friday": what is possible lies ahead; "can not"
            // says nothing.
            let next = index + 1 < pieces.count ? pieces[index + 1].lower : ""
            return ["not", "n't", "never", "have", "'ve"].contains(next) ? nil : .future
        }
        if TemporalLexicon.conditionalModals.contains(piece.lower) {
            // "said he would travel Thursday": future in the past, which news mostly writes about days
            // still ahead; "would have signed" is a past that did not happen.
            let next = index + 1 < pieces.count ? pieces[index + 1].lower : ""
            guard next == "have" || next == "'ve" else { return .future }
            // "would have signed" did not happen; "would have trouble keeping the seat in the fall" is the verb
            // "have", ahead like "would travel".
            guard index + 2 < pieces.count else { return .unknown }
            let after = pieces[index + 2]
            // "could have Tuesday" leaves its verb out: a past that did not happen.
            let perfect = after.kind != .word || after.facts.weekday != 0 || after.facts.month != 0
                || after.lower == "been" || after.lower == "had" || after.lower == "not" || after.lower == "n't"
                || !after.classes.isDisjoint(with: [.pastCue, .edForm, .futureParticiple])
                || TemporalLexicon.verbGroupAdverbs.contains(after.lower) || pastParticiples.contains(after.lower)
            return perfect ? .unknown : .future
        }
        // "the long-awaited report", "a well-attended rally": a participle inside a hyphenated
        // compound is an adjective.
        if tense == .past, index >= 2, !pieces[index].spaceBefore, !pieces[index - 1].spaceBefore, before == "-" {
            return nil
        }
        // "getting beat up", "is being held": a participle after "get" or "being"; the verb before it
        // decides. After "to" a past form that is also the base form ("to beat back", "to put") is an
        // infinitive.
        if tense == .past, participleHeads.contains(before) { return nil }
        if tense == .past, !TemporalLexicon.pastAdverbs.contains(piece.lower) {
            // The verb group decides: "will be paid" and "would be held" are future, "may be held"
            // says nothing, "is heard" is present.
            if let m = modal(pieces, before: index) { return m }
            if before == "is" || before == "are" || before == "am" { return .present }
        }
        return tense
    }

    /// The tense of a modal two or three words before a participle ("will be paid", "would not be
    /// held", "'ll have left"): future for "will" and for "would be", "could be" (the future in the
    /// past), nothing for "would have", "may", "to".
    static func modal(_ pieces: [TemporalPiece], before index: Int) -> ClauseTense? {
        guard index > 0, ["be", "have", "been"].contains(pieces[index - 1].lower) else { return nil }
        var k = index - 2
        while k >= 0, k >= index - 4 {
            let word = pieces[k].lower
            if TemporalLexicon.futureModals.contains(word) { return .future }
            if isNegatedCould(pieces, k) { return .past }
            // "would be paid", "could be signed": the future in the past, like "would travel";
            // "would have been paid" did not happen.
            if TemporalLexicon.conditionalModals.contains(word) || word == "can" { return pieces[index - 1].lower == "be" ? .future : .unknown }
            // "(to be played on Sunday)", "is to be held Monday", "a census to be conducted": what is still
            // to be done; "was to be issued" (a plan seen from the past) and "still to be counted as of
            // June 30" say nothing of when.
            if word == "to", pieces[index - 1].lower == "be", k == index - 2 {
                guard k > 0 else { return .future }
                switch pieces[k - 1].lower {
                case "was", "were", "had", "still", "yet": return .unknown
                default: return .future
                }
            }
            if TemporalLexicon.otherModals.contains(word) || word == "to" { return .unknown }
            if !TemporalLexicon.verbGroupAdverbs.contains(word) { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether the piece at `index` is "to" before a verb rather than a preposition before a noun
    /// phrase: the next word is lower-case and neither a determiner nor a number.
    static func isInfinitiveMarker(_ pieces: [TemporalPiece], _ index: Int) -> Bool {
        guard pieces[index].lower == "to", index + 1 < pieces.count else { return false }
        let next = pieces[index + 1]
        return next.kind == .word && !next.isCapitalized && !TemporalLexicon.determiners.contains(next.lower)
            && !nounPhraseStarts.contains(next.lower)
    }

    /// Whether the "-ed" word at `index` describes the noun after it: it follows a possessive noun ("the
    /// state's watched primary") or an adverb in "-ly" after a determiner or a possessive noun ("the
    /// state's closely watched primary", "a hotly contested seat"). A pronoun's "'s" is "is" or "has"
    /// ("it's widely expected"), so it does not count.
    static func isAttributiveParticiple(_ pieces: [TemporalPiece], _ index: Int) -> Bool {
        guard index >= 1 else { return false }
        func isPossessiveNoun(_ piece: TemporalPiece) -> Bool {
            piece.kind == .word && piece.isPossessive && !contractedPronouns.contains(piece.lower)
        }
        let before = pieces[index - 1]
        if isPossessiveNoun(before) { return true }
        guard index >= 2, before.kind == .word, before.lower.utf8.count > 4, before.lower.hasSuffix("ly"),
              !TemporalLexicon.verbGroupAdverbs.contains(before.lower) else { return false }
        let head = pieces[index - 2]
        return TemporalLexicon.determiners.contains(head.lower) || isPossessiveNoun(head)
    }

    /// Pronouns whose "'s" is a contracted verb ("it's", "he's", "that's").
    static let contractedPronouns: LexiconWordSet = ["it", "he", "she", "that", "what", "there", "here", "who", "where", "let"]

    /// Adjectives of a plan or a schedule that put the noun they describe ahead ("the scheduled talks").
    static let aheadAdjectives: LexiconWordSet = ["upcoming", "forthcoming", "planned", "scheduled", "slated", "proposed", "expected"]

    /// Words after "to" that start a noun phrase ("to this level", "to date"), not a verb.
    static let nounPhraseStarts: LexiconWordSet = ["this", "that", "these", "those", "some", "any", "all", "each", "every", "more", "about", "date"]

    /// Whether `index` is a negated "could" ("could not be reached Wednesday", "neither he nor his
    /// lawyer could be located"): an attempt that failed, not the future in the past.
    static func isNegatedCould(_ pieces: [TemporalPiece], _ index: Int) -> Bool {
        guard pieces[index].lower == "could" else { return false }
        if index + 1 < pieces.count, ["not", "n't", "never"].contains(pieces[index + 1].lower) { return true }
        for k in max(0, index - 8)..<index where pieces[k].lower == "neither" || pieces[k].lower == "nor" { return true }
        return false
    }

    /// Whether `word` may stand between an auxiliary and a planning participle ("is not expected",
    /// "is widely expected", "are still set to").
    static func isInsideVerbGroup(_ word: String) -> Bool {
        word == "not" || word == "n't" || TemporalLexicon.verbGroupAdverbs.contains(word) || participleAdverbs.contains(word)
    }

    /// Adverbs of degree and certainty that stand before a planning participle ("is widely expected",
    /// "is firmly set", "are tentatively scheduled") but say nothing of when.
    static let participleAdverbs: LexiconWordSet = [
        "widely", "generally", "firmly", "broadly", "tentatively", "provisionally", "reportedly", "currently",
        "largely", "all", "both",
    ]

    /// Whether "had" stands within three words before `index` ("had been scheduled").
    static func hasHad(_ pieces: [TemporalPiece], before index: Int) -> Bool {
        for k in max(0, index - 3)..<index where pieces[k].lower == "had" { return true }
        return false
    }

    /// The tense a single word signals (future cues first).
    static func cue(_ piece: TemporalPiece) -> ClauseTense? {
        let classes = piece.classes
        if classes.contains(.futureCue) { return .future }
        if classes.contains(.pastCue) { return .past }
        if classes.contains(.presentCue) { return .present }
        if classes.contains(.edForm) { return .past }
        return nil
    }

    /// Words ending in "-ed" that are not past forms.
    static let pastExceptions: LexiconWordSet = [
        "need", "needs", "speed", "seed", "feed", "breed", "bleed", "proceed", "exceed", "succeed", "indeed", "hundred",
        "united", "red", "bed", "shed", "embed", "bred", "sacred", "naked", "wicked", "beloved", "alleged", "aged",
        "based", "related", "limited", "detailed", "advanced", "concerned", "interested", "armed", "united",
        // Adjectives before a noun ("preferred shares", "an undisclosed sum").
        "preferred", "unspecified", "undisclosed", "unidentified", "unnamed", "unexpected", "unprecedented",
        "unchanged", "unlimited", "unrelated", "unsecured", "unemployed", "unarmed", "unopposed", "unscheduled",
        "unannounced", "unsolicited", "unaudited", "unconfirmed", "unresolved", "undecided", "unexplained",
        "unauthorized", "unauthorised", "embattled", "beleaguered", "talented", "sophisticated", "so-called",
        "diluted", "seasoned", "subordinated",
    ]
}
