/// A phrase that names who speaks, as found next to a speech verb, read into one of three kinds.
enum SpeakerPhrase: Sendable, Hashable {
    /// A name: the token range of the name itself, titles removed ("Boris Yeltsin" in "President Boris
    /// Yeltsin"); `isOrganization` when the name is clearly an organization's.
    case name(Range<Int>, isOrganization: Bool)
    /// A personal pronoun ("he", "she", "they", "it"), lower-cased, at token index.
    case pronoun(String, at: Int)
    /// A description headed by a role noun ("the minister", "a spokeswoman"), with the head in lower
    /// case and the phrase's token range.
    case description(head: String, Range<Int>, isDefinite: Bool)

    /// Whether the phrase is a name.
    var isName: Bool {
        if case .name = self { return true }
        return false
    }

    /// The phrase's tokens.
    var range: Range<Int> {
        switch self {
        case .name(let r, _): r
        case .pronoun(_, let i): i..<(i + 1)
        case .description(_, let r, _): r
        }
    }
}

/// Reads token ranges next to speech verbs into ``SpeakerPhrase``s.
struct SpeakerPhraseReader {
    let reader: QuoteTokenReader
    /// Whether a capitalized word at a sentence start is really a common word (its lower-case form
    /// occurs in the article).
    let isCommonWord: (String) -> Bool
    /// Whether a word is capitalized somewhere inside a sentence in the article (a surname such as *From*
    /// or *Will* that is also a function word).
    let isCapitalizedInside: (String) -> Bool

    /// The subject of the speech verb at `verb`, reading backwards no further than `lower`: skips
    /// adverbs and auxiliaries ("recently", "has"), a parenthesis ("Smith (R-Ohio) said") and one
    /// comma-delimited apposition or relative clause ("Smith, who …, said").
    ///
    /// With `throughRelativePronoun`, a verb in a relative clause speaks for the phrase the clause describes
    /// (`Reyes, who has called it “…”`); only quotes after the verb are framed by it that way.
    func subject(ofVerbAt verb: Int, lowerBound lower: Int, throughRelativePronoun: Bool = false) -> SpeakerPhrase? {
        // "she should not be allowed to", "Smith was told": the subject of a passive is no speaker.
        if isPassive(verbAt: verb, lowerBound: lower) { return nil }
        var j = verb - 1
        // "From said", "Will wrote": a surname that is also a function word, right before a finite speech
        // verb, when the article also capitalizes it inside a sentence ("Al From", "George Will").
        if j >= lower, reader.isCapitalized(j), j == lower || !reader.isCapitalized(j - 1),
            j == lower || !reader.isIn(.adverbialPrepositions, j - 1),
            !reader.isIn(.adverbialNouns, j), !reader.isIn(.timeWords, j),
            reader.verbForm(verb) == .finite,
            reader.isIn(.verbModifiers, j) || isNameBoundary(j), !isPossessive(j),
            !reader.isIn(.pronouns, j), !reader.isIn(.determiners, j),
            isCapitalizedInside(reader.lower(j)) {
            return .name(j..<(j + 1), isOrganization: false)
        }
        var skipped = 0
        while j >= lower, skipped < 4, reader.isIn(.verbModifiers, j) {
            j -= 1
            skipped += 1
        }
        // "Smith during a Sunday rally thanked": an article between the preposition and a weekday skipped
        // as a modifier.
        if j - 1 >= lower, j + 1 < verb, ["a", "an", "the"].contains(reader.lower(j)),
            reader.isIn(.adverbialPrepositions, j - 1) {
            j -= 1
        }
        // "Smith on Tuesday said", "the senator in a statement said", "Jones late last week told".
        if j >= lower, j + 1 < verb, reader.isIn(.adverbialPrepositions, j) {
            j -= 1  // "on" before a weekday already skipped as a modifier
            while j >= lower, skipped < 6, reader.isIn(.verbModifiers, j) {
                j -= 1
                skipped += 1
            }
        } else if j >= lower, let start = adverbialStart(endingAt: j, lowerBound: lower) {
            j = start - 1
            while j >= lower, skipped < 6, reader.isIn(.verbModifiers, j) {
                j -= 1
                skipped += 1
            }
        }
        guard j >= lower else { return nil }
        // "Reyes, who has called it …", "the aide who told": the relative pronoun's antecedent speaks.
        if throughRelativePronoun, j - 1 >= lower, reader.lowerHash(j) == QuoteWordHashes.who {
            let a = reader.isComma(j - 1) ? j - 2 : j - 1
            guard a >= lower, let antecedent = phraseEnding(at: a, lowerBound: lower) else { return nil }
            return headOfPrepositionalPhrase(antecedent, lowerBound: lower) ?? antecedent
        }
        if reader.isPunctuation(j, ")") {
            var k = j - 1
            while k >= lower, k > j - 15, !reader.isPunctuation(k, "(") { k -= 1 }
            guard k >= lower, reader.isPunctuation(k, "(") else { return nil }
            j = k - 1
        } else if reader.isComma(j) || reader.isDash(j) {
            // "Cruz, Smith said, called it …": a parenthetical attribution names the speaker.
            if j - 1 > lower, reader.verbForm(j - 1) == .finite,
                let inner = subject(ofVerbAt: j - 1, lowerBound: lower), inner.range.lowerBound > lower,
                reader.isComma(inner.range.lowerBound - 1) {
                return inner
            }
            // "Jane Roe, 45, of Springfield, Ill., said": a name followed by an age.
            if let aged = nameBeforeAge(commaAt: j, lowerBound: lower) { return aged }
            // "Smith, a spokesman for the ministry, said": the head is before the opening comma.
            var k = j - 1
            while k >= lower, k > j - 30, !(reader.isComma(k) || reader.isDash(k)), !reader.isTerminator(k),
                !reader.isQuoteMark(k) {
                k -= 1
            }
            guard k >= lower, reader.isComma(k) || reader.isDash(k) else { return nil }
            // "Smith, during a town hall in Columbus, Ohio, said": an adverbial with a comma of its own.
            var outer = k - 1
            while outer >= lower, k - outer < 25, !reader.isComma(outer), !reader.isTerminator(outer), !reader.isQuoteMark(outer) {
                outer -= 1
            }
            // "Swanson, who is a pastor in Elizabeth, Colorado, slammed": a relative clause with a comma of its own.
            if outer - 1 >= lower, reader.isComma(outer),
                reader.isIn(.frontingWords, outer + 1) || reader.isIn(.relativePronouns, outer + 1),
                case .name(let range, let isOrganization)? = phraseEnding(at: outer - 1, lowerBound: lower) {
                return .name(range, isOrganization: isOrganization)
            }
            // "the company, Mondfahrt Labs, wrote", "Its president, James O'Connor, told": a name in
            // apposition to a description is the better speaker.
            let apposed = phraseEnding(at: j - 1, lowerBound: k + 1)
            let head = k - 1 >= lower ? phraseEnding(at: k - 1, lowerBound: lower) : nil
            if case .name(let range, _)? = apposed, range.lowerBound == k + 1 {
                switch head {
                case nil, .description?: return apposed
                case .name(let headRange, _)?:
                    // "The mayor of Łódź, Tomasz Wiśniewski, called": the name before the comma is a complement.
                    if headRange.lowerBound > lower, reader.isLowercaseWord(headRange.lowerBound - 1) { return apposed }
                default: break
                }
            }
            j = k - 1
            guard j >= lower else { return nil }
            return head
        }
        guard j >= lower, let phrase = phraseEnding(at: j, lowerBound: lower) else {
            // "Haldor faulted Lindqvist on taxes and called him …": a second verb shares the first one's subject.
            return j >= lower && reader.lower(j) == "and" ? coordinatedSubject(before: j, lowerBound: lower) : nil
        }
        // "a Trump-style retort": a name after an indefinite article modifies a noun; no subject and verb.
        if case .name(let range, _) = phrase, range.lowerBound > lower, ["a", "an"].contains(reader.lower(range.lowerBound - 1)) {
            return nil
        }
        // "Another source speaking to Nordic Radio said": the name completes a participle phrase that describes
        // the subject before it.
        // "A letter from the Legion obtained by Nordic Radio warns": an outlet that obtained a document is not its sender.
        if case .name(let range, _) = phrase, range.lowerBound - 3 >= lower, reader.lowerHash(range.lowerBound - 1) == QuoteWordHashes.by
            || range.lowerBound - 4 >= lower && reader.lowerHash(range.lowerBound - 2) == QuoteWordHashes.by
            && reader.isIn(.determiners, range.lowerBound - 1),
            case let by = reader.lowerHash(range.lowerBound - 1) == QuoteWordHashes.by ? range.lowerBound - 1 : range.lowerBound - 2,
            QuoteWordHashes.obtainingParticiples.contains(reader.lowerHash(by - 1)),
            let head = phraseEnding(at: by - 2, lowerBound: lower) {
            switch head {
            case .description, .name: return headOfPrepositionalPhrase(head, lowerBound: lower) ?? head
            case .pronoun: return nil
            }
        }
        if case .name(let range, _) = phrase, range.lowerBound - 3 >= lower,
            QuoteWordHashes.participleComplementPrepositions.contains(reader.lowerHash(range.lowerBound - 1)),
            reader.isLowercaseWord(range.lowerBound - 2), reader.hasSuffix(range.lowerBound - 2, "ing"),
            let head = phraseEnding(at: range.lowerBound - 3, lowerBound: lower) {
            switch head {
            case .description, .name: return head
            case .pronoun: return nil
            }
        }
        return headOfPrepositionalPhrase(phrase, lowerBound: lower) ?? phrase
    }

    /// For a verb joined by "and" to an earlier one ("Haldor faulted Lindqvist on taxes and called him"), the
    /// subject of the first: the nearest name or he/she before "and", in the same clause, that is followed by
    /// a past or present verb form (-ed, -s).
    private func coordinatedSubject(before conjunction: Int, lowerBound lower: Int) -> SpeakerPhrase? {
        var k = conjunction - 1
        while k >= lower, conjunction - k <= 15 {
            if reader.isComma(k) || reader.isTerminator(k) || reader.isQuoteMark(k) || reader.isDash(k) { return nil }
            if k + 1 < conjunction, reader.isLowercaseWord(k + 1), reader.isCapitalized(k) || reader.isIn(.pronouns, k) {
                let next = reader.lower(k + 1)
                let isVerb = next.hasSuffix("ed") && next.count > 3 || Self.auxiliaries.contains(next)
                    || next.hasSuffix("s") && next.count >= 4 && !next.hasSuffix("ss") && !next.hasSuffix("'s")
                    && !next.hasSuffix("’s") && !next.hasSuffix("ous") || reader.speechVerbForm(k + 1) == .finite
                // Another saying verb before the name makes it a reported clause's subject ("Smith said Jones lied
                // and called …"): the main clause decides then.
                let reported = (lower..<k).contains { reader.speechVerbForm($0) == .finite }
                if isVerb, !reported, !isPossessive(k),
                    let phrase = phraseEnding(at: k, lowerBound: lower) {
                    switch phrase {
                    case .name, .pronoun("he", _), .pronoun("she", _): return phrase
                    default: return nil
                    }
                }
            }
            k -= 1
        }
        return nil
    }

    /// Forms of "be" after a subject: "The Great Drought was …" describes a thing, not a speaker.
    static let copulas: Set<String> = ["is", "was", "are", "were"]

    /// Relative pronouns that open a clause describing a speaker ("Lind, who …,").
    static let relativePronouns: Set<String> = ["who", "whose"]

    /// Whether the speech verb at `verb` is a passive participle ("was told", "should not be allowed",
    /// "is widely called"): its subject is spoken to or about, and is no speaker.
    func isPassive(verbAt verb: Int, lowerBound lower: Int) -> Bool {
        guard reader.isLowercaseWord(verb), !reader.hasSuffix(verb, "ing") else { return false }
        var j = verb - 1
        var skipped = 0
        while j >= lower, skipped < 3, reader.isLowercaseWord(j) {
            let hash = reader.lowerHash(j)
            if QuoteWordHashes.passiveAuxiliaries.contains(hash) { return true }
            guard reader.hasSuffix(j, "ly") || QuoteWordHashes.passiveAdverbs.contains(hash) else { return false }
            j -= 1
            skipped += 1
        }
        return false
    }

    /// Auxiliaries and copulas that follow a subject ("Lind has cast …", "Lind was …").
    static let auxiliaries: Set<String> = ["was", "is", "has", "had", "does", "did", "will", "would", "can", "could"]

    /// For a phrase that only completes a preposition ("Critics in Poland's parliament said", "Smith of the
    /// Brookings Institution said", "a spokesman for the ministry said"), the phrase it belongs to: a name
    /// before the preposition, or a description that takes the whole phrase in (so a mention inside can
    /// still decide who speaks through it).
    private func headOfPrepositionalPhrase(_ phrase: SpeakerPhrase, lowerBound lower: Int) -> SpeakerPhrase? {
        if case .pronoun = phrase { return nil }
        var p = phrase.range.lowerBound - 1
        if p > lower, reader.isIn(.determiners, p) { p -= 1 }  // "of the Nordic Institute"
        guard p - 1 >= lower, reader.isIn(.attachingPrepositions, p) else { return nil }
        switch phraseEnding(at: p - 1, lowerBound: lower) {
        case .name(let range, let isOrganization)?:
            return .name(range, isOrganization: isOrganization)
        case .description(let head, let range, let isDefinite)?:
            return .description(head: head, range.lowerBound..<phrase.range.upperBound, isDefinite: isDefinite)
        default:
            return nil
        }
    }

    /// Prepositions that attach a complement to a speaker phrase.
    static let attachingPrepositions: Set<String> = ["in", "at", "of", "for", "from", "with"]

    /// For a comma that closes an apposition starting with an age ("Jane Roe, 45, of Springfield, Ill.,"),
    /// the name before the age; up to four comma-delimited segments back.
    private func nameBeforeAge(commaAt j: Int, lowerBound lower: Int) -> SpeakerPhrase? {
        var comma = j
        for _ in 0..<4 {
            var k = comma - 1
            while k >= lower, comma - k < 12, !reader.isComma(k), !reader.isTerminator(k), !reader.isQuoteMark(k) { k -= 1 }
            guard k - 1 >= lower, reader.isComma(k) else { return nil }
            if reader.tokens[k + 1].kind == .number, k + 2 == comma || reader.isComma(k + 2),
                case .name(let range, let isOrganization)? = phraseEnding(at: k - 1, lowerBound: lower) {
                return .name(range, isOrganization: isOrganization)
            }
            comma = k
        }
        return nil
    }

    /// A short time or setting phrase between a subject and its verb that ends at token `end` ("on
    /// Tuesday", "in a statement", "on Jan. 5", "during a rally"): the index of its preposition.
    private func adverbialStart(endingAt end: Int, lowerBound lower: Int) -> Int? {
        guard reader.isIn(.adverbialNouns, end) || reader.tokens[end].kind == .number
            || reader.isIn(.verbModifiers, end) else { return nil }
        var k = end - 1
        while k >= lower, end - k <= 4 {
            if reader.isIn(.adverbialPrepositions, k) { return k }
            guard reader.isWord(k) || reader.isAbbreviationPeriod(k) || reader.tokens[k].kind == .number,
                reader.verbForm(k) == nil else { return nil }
            k -= 1
        }
        return nil
    }

    /// The phrase whose last token is `head`.
    func phraseEnding(at head: Int, lowerBound lower: Int) -> SpeakerPhrase? {
        if reader.isIn(.pronouns, head), reader.isWord(head) { return .pronoun(reader.lower(head), at: head) }
        if let indefinite = indefiniteSubject(at: head, lowerBound: lower) { return indefinite }
        if reader.isCapitalized(head) {
            var k = head
            while k - 1 >= lower, reader.isSameLine(k - 1) {
                if reader.isCapitalized(k - 1), !isNameBoundary(k - 1) { k -= 1; continue }
                if reader.isAbbreviationPeriod(k - 1), k - 2 >= lower { k -= 2; continue }
                if k - 2 >= lower, reader.isIn(.nameParticles, k - 1), reader.isCapitalized(k - 2) {
                    k -= 2
                    continue
                }
                break
            }
            return namePhrase(k..<(head + 1), preferFirst: false)
        }
        guard reader.isLowercaseWord(head) else { return nil }
        return descriptionEnding(at: head, lowerBound: lower)
    }

    /// "Another said", "One wrote": a determiner standing alone as the subject introduces someone new, one
    /// more of the people just quoted; it is an indefinite description, never the person named before.
    /// "One" counts only when it opens the sentence ("no one said" is no one).
    private func indefiniteSubject(at head: Int, lowerBound lower: Int) -> SpeakerPhrase? {
        let isAnother = reader.isIn(.anotherWord, head)
        guard isAnother || reader.isIn(.oneWord, head), reader.isWord(head) else { return nil }
        let opensClause = head == lower || reader.isTerminator(head - 1) || reader.isComma(head - 1)
            || reader.isQuoteMark(head - 1) || reader.isDash(head - 1) || !reader.isSameLine(head - 1)
            || reader.isIn(.conjunctions, head - 1)
        guard opensClause, isAnother || reader.isCapitalized(head) else { return nil }
        return .description(head: reader.lower(head), head..<(head + 1), isDefinite: false)
    }

    /// A description read backwards from its head noun ("the spokeswoman", "a spokesman for the ministry").
    private func descriptionEnding(at head: Int, lowerBound lower: Int) -> SpeakerPhrase? {
        guard reader.isIn(.personRoleNouns, head) || reader.isIn(.organizationRoleNouns, head) else {
            return nil
        }
        let word = reader.lower(head)
        var k = head
        var definite = false
        while k - 1 >= lower, head - k < 6, reader.isWord(k - 1) {
            let w = reader.lower(k - 1)
            if reader.verbForm(k - 1) != nil || reader.isIn(.forwardStops, k - 1) && w != "of" { break }
            k -= 1
            if reader.isIn(.determiners, k) {  // (k is now the token `w` was read from)
                definite = w != "a" && w != "an" && w != "one" && w != "another" && w != "some" && w != "several"
                break
            }
        }
        return .description(head: word, k..<(head + 1), isDefinite: definite)
    }

    /// The phrase read forwards from `start` (after an inverted verb or "according to"), up to a comma,
    /// a clause word or ten tokens.
    func phraseStarting(at start: Int, upperBound upper: Int) -> SpeakerPhrase? {
        // "said of Reyes:", "wrote about Lind": a preposition after the verb opens its complement, not a speaker.
        guard start < upper, !QuoteWordHashes.complementPrepositions.contains(reader.lowerHash(start)) else { return nil }
        var k = start
        while k < upper, k - start < 10 {
            if reader.isAbbreviationPeriod(k) { k += 1; continue }
            // "a 2008 campaign veteran": a year or an age inside a description.
            if k > start, reader.tokens[k].kind == .number, k + 1 < upper, reader.isWord(k + 1),
                reader.isIn(.determiners, start) {
                k += 1
                continue
            }
            guard reader.isWord(k) || reader.isPunctuation(k, "&") else { break }
            if k > start, reader.isIn(.forwardStops, k) { break }
            k += 1
        }
        guard k > start else { return nil }
        let range = start..<k
        if range.count == 1, reader.isIn(.pronouns, start) {
            return .pronoun(reader.lower(start), at: start)
        }
        if let name = namePhrase(range, preferFirst: true) { return name }
        // A description: its head is the last role noun before "of"/"for"/"at" ("one Republican involved in
        // the planning", "a spokesman for the ministry").
        var head: Int?
        for i in range {
            let w = reader.lower(i)
            if w == "of" || w == "for" || w == "at" { break }
            if reader.isIn(.nonSpeakerNouns, i) { return nil }
            if reader.isIn(.personRoleNouns, i) || reader.isIn(.organizationRoleNouns, i) { head = i }
        }
        // "said the bureau's director, Anna Lind, on Monday", "exhorted Lind's introducer, actress Mia Holm": the
        // name in apposition is the speaker (after a role or title word or two in lower case).
        let describes = head != nil || isPossessive(start) || reader.isIn(.determiners, start)
        if describes, k + 2 < upper, reader.isComma(k) {
            var first = k + 1
            while first < upper, first - k <= 3, reader.isLowercaseWord(first),
                reader.isIn(.personRoleNouns, first) || reader.isIn(.titleWords, first) {
                first += 1
            }
            var end = first
            while end < upper, end - first < 8, reader.isCapitalized(end) || reader.isAbbreviationPeriod(end) { end += 1 }
            if end > first, end == upper || reader.isComma(end) || reader.isTerminator(end),
                case .name(let range, let isOrganization)? = namePhrase(first..<end, preferFirst: true) {
                return .name(range, isOrganization: isOrganization)
            }
        }
        guard let head else { return nil }
        let word = reader.lower(head)
        let definite = reader.isIn(.definiteDeterminers, start)
        return .description(head: word, range, isDefinite: definite)
    }

    /// The subject of the main clause of the sentence starting at token `start`, read no further than
    /// `limit`: after a conjunction ("But") or a fronted phrase closed by a comma ("Speaking in Salem,",
    /// "On Monday,"), a name, a pronoun or a description ("The billionaire businessman").
    func mainSubject(sentenceStart start: Int, limit: Int) -> SpeakerPhrase? {
        var i = start
        var rounds = 0
        var afterFrontedPhrase = false
        while i < limit, rounds < 3 {
            rounds += 1
            if let end = reader.quoteEnd(startingAt: i) {
                // A quote that opens the sentence is not its subject.
                i = reader.analysis.tokenIndex(atOrAfter: end)
                rounds -= 1
                continue
            }
            if reader.isQuoteMark(i) || reader.isDash(i) || reader.isPunctuation(i, "(") || reader.isComma(i) {
                i += 1
                continue
            }
            let word = reader.lower(i)
            if reader.isIn(.conjunctions, i) && !["while", "because", "when", "if", "as", "although", "though", "since"].contains(word) {
                i += 1
                continue
            }
            // "Preceded at the lectern by …, Smith said": a fronted participle.
            let frontedParticiple = word.hasSuffix("ed") && word.count > 4 && i + 1 < limit
                && reader.isIn(.frontingWords, i + 1) && reader.isLowercaseWord(i + 1)
            // "Immediately after the attacks,": an adverb the article also writes in lower case, before a preposition.
            let frontedAdverb = word.hasSuffix("ly") && i + 1 < limit && reader.isLowercaseWord(i + 1)
                && reader.isIn(.frontingWords, i + 1) && isCommonWord(word)
            if reader.isIn(.frontingWords, i) || reader.isIn(.conjunctions, i) || word.hasSuffix("ing")
                || frontedParticiple || frontedAdverb {
                var k = i + 1
                while k < limit, k - i < 40, !reader.isComma(k) { k += 1 }
                guard k < limit, reader.isComma(k) else { return nil }
                i = k + 1
                afterFrontedPhrase = true
                continue
            }
            // "OSLO —", "Washington (AFP) –", "BERGEN, May 4 (NTB) -": a dateline opening the sentence.
            if i == start, let dash = datelineEnd(from: i, limit: limit) {
                i = dash + 1
                continue
            }
            // "A few days later,", "Two weeks ago,": a fronted time phrase.
            if let comma = frontedTimePhraseEnd(from: i, limit: limit) {
                i = comma + 1
                afterFrontedPhrase = true
                continue
            }
            // "Speaking in Salem, New Hampshire, Trump said": the rest of a place name closing a fronted phrase.
            if afterFrontedPhrase, reader.isCapitalized(i) {
                var k = i
                while k < limit, k - i < 4, reader.isCapitalized(k) || reader.isAbbreviationPeriod(k) { k += 1 }
                // (A state abbreviation closing the place may be followed by anything: "in Aspen, Colo., the …".)
                if k + 1 < limit, reader.isComma(k),
                    reader.isCapitalized(k + 1) || k - 1 > i && reader.isAbbreviationPeriod(k - 1) && reader.isWord(k + 1) {
                    i = k + 1
                    afterFrontedPhrase = false
                    continue
                }
            }
            break
        }
        guard i < limit else { return nil }
        var word = reader.lower(i)
        if reader.isIn(.pronouns, i) { return .pronoun(word, at: i) }
        // "The Democratic National Committee released …", "The Blaze's Matt Walsh provided …": "the" before a name
        // that no role noun follows.
        if word == "the", i + 1 < limit, reader.isCapitalized(i + 1) {
            var end = i + 1
            while end < limit, end - i < 8, reader.isCapitalized(end) || reader.isAbbreviationPeriod(end) { end += 1 }
            let next = end < limit ? reader.lower(end) : ""
            if end < limit, reader.isLowercaseWord(end), !SpeechLexicon.personRoleNouns.contains(next), !Self.copulas.contains(next),
                !SpeechLexicon.organizationRoleNouns.contains(next), isClauseWord(end) || next.hasSuffix("s") {
                i += 1
                word = reader.lower(i)
            }
        }
        if reader.isIn(.determiners, i) || reader.isLowercaseWord(i) {
            // "The billionaire businessman", "the Clinton campaign": the last role noun of the phrase.
            var head: Int?
            var k = i + (reader.isIn(.determiners, i) ? 1 : 0)
            while k < limit, k - i < 6, reader.isWord(k) {
                if reader.isIn(.personRoleNouns, k) || reader.isIn(.organizationRoleNouns, k) {
                    head = k
                } else if head != nil || reader.verbForm(k) != nil || reader.isIn(.verbModifiers, k) {
                    break
                }
                k += 1
            }
            guard let head else { return nil }
            if let apposed = appositiveName(after: head, limit: limit) { return apposed }
            let definite = word == "the" || word == "this" || word == "that"
            return .description(head: reader.lower(head), i..<(head + 1), isDefinite: definite)
        }
        guard reader.isCapitalized(i) else { return nil }
        var end = i
        while end < limit, end - i < 8, end == i || reader.isSameLine(end - 1),
            reader.isCapitalized(end) || reader.isAbbreviationPeriod(end)
            || (reader.isIn(.nameParticles, end) && end + 1 < limit && reader.isCapitalized(end + 1)) {
            end += 1
        }
        let simple = namePhrase(i..<end, preferFirst: true)
        guard end < limit, reader.isLowercaseWord(end), !isClauseWord(end) else { return simple }
        // "Democratic presidential candidate Sen. Anna Weber on Monday criticized": a noun phrase of
        // modifiers and titles ending in a name.
        var extended = end
        while extended < limit, extended - i < 12, reader.isSameLine(extended - 1) {
            if reader.isCapitalized(extended) || reader.isAbbreviationPeriod(extended) { extended += 1; continue }
            // "Former judge and County Executive Rolf Aasen": titles joined by "and".
            if extended > end, extended + 1 < limit, reader.isCapitalized(extended + 1), reader.lowerHash(extended) == QuoteWordHashes.and {
                extended += 1
                continue
            }
            if reader.isLowercaseWord(extended), !isClauseWord(extended) { extended += 1; continue }
            break
        }
        if !reader.isCapitalized(extended - 1) {
            // "Ryan’s campaign shrugged it off, telling …": an organization named by a possessive.
            let head = reader.lower(extended - 1)
            if reader.isIn(.organizationRoleNouns, extended - 1), extended - end <= 2, isPossessive(end - 1) {
                return .description(head: head, i..<extended, isDefinite: true)
            }
            // "the senator's press secretary, Tor Eklund, contacted": the name in apposition.
            if reader.isIn(.personRoleNouns, extended - 1), let apposed = appositiveName(after: extended - 1, limit: limit) {
                return apposed
            }
            // "Trump supporters", "Obama administration officials": the name only modifies the speakers.
            return reader.isIn(.personRoleNouns, extended - 1) || reader.isIn(.organizationRoleNouns, extended - 1) ? nil : simple
        }
        guard extended > end, let named = namePhrase(end..<extended, preferFirst: false) else { return simple }
        return named
    }

    /// The name set off by commas right after a description's head ("Its director, Mona Lind, said"), if any.
    private func appositiveName(after head: Int, limit: Int) -> SpeakerPhrase? {
        let first = head + 1
        guard first + 1 < limit, reader.isComma(first), reader.isCapitalized(first + 1) else { return nil }
        var end = first + 1
        while end < limit, end - first < 8, reader.isCapitalized(end) || reader.isAbbreviationPeriod(end) { end += 1 }
        guard end < limit, reader.isComma(end), case .name(let range, let isOrganization)? = namePhrase((first + 1)..<end, preferFirst: true)
        else { return nil }
        return .name(range, isOrganization: isOrganization)
    }

    /// For a dateline that opens a sentence — capitalized words (a place, perhaps a date) and a dash, with
    /// either a news agency in parentheses or the place written in capitals — the index of the dash.
    private func datelineEnd(from i: Int, limit: Int) -> Int? {
        var k = i
        var hasAgency = false
        var allCapitals = true
        var words = 0
        while k < limit, k - i < 12 {
            if reader.isDash(k) || reader.isPunctuation(k, "-") {
                return words > 0 && (hasAgency || allCapitals) && k + 1 < limit ? k : nil
            }
            if reader.isPunctuation(k, "(") {
                var close = k + 1
                while close < limit, close - k < 5, reader.isCapitalized(close) || reader.isAbbreviationPeriod(close) { close += 1 }
                guard close < limit, close > k + 1, reader.isPunctuation(close, ")") else { return nil }
                hasAgency = true
                k = close + 1
                continue
            }
            if reader.isCapitalized(k) {
                words += 1
                if allCapitals {
                    let span = reader.tokens[k].span
                    for p in span.start..<span.end where reader.analysis.text[p]?.isNewsmarkLowercase == true {
                        allCapitals = false
                        break
                    }
                }
            } else if !(reader.isComma(k) || reader.isAbbreviationPeriod(k) || reader.tokens[k].kind == .number) {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// For a fronted time phrase that starts at `i` and closes with a comma within six tokens ("A few days
    /// later,", "Two weeks ago,", "Hours afterward,"), the index of that comma.
    private func frontedTimePhraseEnd(from i: Int, limit: Int) -> Int? {
        guard reader.tokens[i].kind == .number || reader.isIn(.determiners, i) || reader.isIn(.quantityWords, i)
        else { return nil }
        var k = i
        var timeWord = false
        while k < limit, k - i < 6, reader.isWord(k) || reader.tokens[k].kind == .number {
            if reader.isIn(.timeTails, k) { timeWord = true }
            k += 1
        }
        guard timeWord, k < limit, reader.isComma(k) else { return nil }
        return k
    }

    /// Words that open a fronted quantity of time ("Just hours later,", "Nearly two weeks ago,").
    static let quantityWords: Set<String> = [
        "four", "five", "six", "seven", "eight", "nine", "ten", "just", "only", "about", "nearly", "almost", "roughly",
        "barely", "less", "more", "half",
    ]

    /// Weekdays and parts of the day, which stand between a subject and its verb ("Smith Tuesday said").
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "morning", "afternoon", "evening", "night", "earlier", "later", "recently", "previously",
    ]

    /// Words that end a fronted time phrase.
    static let timeTails: Set<String> = ["later", "earlier", "ago", "afterward", "afterwards", "before", "after"]

    /// Whether a lower-case word ends a noun phrase: a verb, auxiliary, adverb, preposition or determiner.
    private func isClauseWord(_ i: Int) -> Bool {
        let w = reader.lower(i)
        return reader.verbForm(i) != nil || reader.isIn(.verbModifiers, i) || reader.isIn(.forwardStops, i)
            || reader.isIn(.determiners, i) || reader.isIn(.frontingWords, i) || reader.isIn(.conjunctions, i)
            || w.hasSuffix("ed") || w.hasSuffix("ly") || w == "of" || w == "for" || w == "is" || w == "has"
            || w == "himself" || w == "herself" || w == "themselves" || w == "itself" || w == "who" || w == "which"
    }

    /// Determiners that make a description refer to someone already in the story.
    static let definiteDeterminers: Set<String> = ["the", "this", "that", "his", "her", "its", "their"]

    /// Words that open a fronted phrase before the subject ("In a statement, …", "Earlier, …").
    static let frontingWords: Set<String> = [
        "in", "on", "at", "after", "before", "during", "earlier", "later", "indeed", "however", "meanwhile", "still",
        "now", "with", "without", "for", "from", "despite", "unlike", "like", "amid", "following", "asked", "by",
        "according", "last", "under", "over", "instead", "moreover", "furthermore", "nevertheless", "thus", "also",
        "of", "to", "through", "within", "among", "outside", "inside", "behind", "once", "again", "today",
        "yesterday", "tonight", "recently", "previously", "separately", "similarly", "likewise", "finally", "here",
        "shortly", "immediately", "hastily", "ultimately", "eventually", "initially", "originally", "additionally", "notably",
        "interestingly", "importantly", "apparently", "clearly", "obviously", "unfortunately", "fortunately",
        "surprisingly", "ironically", "tellingly", "privately", "publicly", "soon", "moments", "minutes", "hours",
        "days", "weeks", "months", "years", "since", "until", "there", "what", "whatever", "while", "when",
    ]

    /// The name inside `range`: a run of capitalized words with leading titles removed. With
    /// `preferFirst`, the first run that holds a name is taken ("Smith of the Brookings Institution"),
    /// else the last ("Russian President Boris Yeltsin").
    func namePhrase(_ range: Range<Int>, preferFirst: Bool) -> SpeakerPhrase? {
        // The runs are disjoint and non-empty, so the range holds at most as many as it has tokens; they are
        // kept in temporary (stack) storage rather than an array allocated per call.
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: max(range.count, 1)) { runs in
            namePhrase(range, preferFirst: preferFirst, runs: runs)
        }
    }

    private func namePhrase(_ range: Range<Int>, preferFirst: Bool, runs: UnsafeMutableBufferPointer<Range<Int>>) -> SpeakerPhrase? {
        var count = 0
        var i = range.lowerBound
        while i < range.upperBound {
            guard reader.isCapitalized(i), !isNameBoundary(i) else { i += 1; continue }
            var j = i + 1
            while j < range.upperBound, reader.isSameLine(j - 1), !isPossessive(j - 1) {
                if reader.isCapitalized(j) || reader.isAbbreviationPeriod(j) { j += 1; continue }
                if j + 1 < range.upperBound, reader.isIn(.nameParticles, j), reader.isCapitalized(j + 1) {
                    j += 2
                    continue
                }
                break
            }
            // A run that modifies a following noun ("one Trump campaign source", "a GOP leader") is not a name.
            let modifies = j < range.upperBound && reader.isLowercaseWord(j) && reader.isSameLine(j - 1)
                && !reader.isIn(.forwardStops, j) && !reader.isIn(.nameParticles, j)
                && !reader.isIn(.ofWord, j) && !reader.isIn(.forWord, j) && !isPossessive(j - 1)
            if !modifies, count < runs.count {
                runs.initializeElement(at: count, to: i..<j)
                count += 1
            }
            i = j
        }
        if preferFirst {
            for k in 0..<count {
                if let phrase = name(in: runs[k]) { return phrase }
            }
        } else {
            for k in (0..<count).reversed() {
                if let phrase = name(in: runs[k]) { return phrase }
            }
        }
        return nil
    }

    /// The name a capitalized run holds, or `nil` if it is only titles or a common word.
    private func name(in run: Range<Int>) -> SpeakerPhrase? {
        if reader.isIn(.organizationWords, run.upperBound - 1) {
            // "the State Department", "the White House", "Reuters": the whole run, without a leading "Former".
            var start = run.lowerBound
            while start < run.upperBound - 1, reader.lower(start) == "former" { start += 1 }
            return .name(start..<run.upperBound, isOrganization: true)
        }
        // The name follows the last title that precedes a name word: "Vermont Sen. Bernie Sanders",
        // "New York Congressman Pete King", "Russian President Boris Yeltsin".
        var start = run.lowerBound
        var k = run.lowerBound
        while k < run.upperBound {
            let isTitle = reader.isIn(.titleWords, k)
            if isTitle {
                var next = k + 1
                if next < run.upperBound, reader.isAbbreviationPeriod(next) { next += 1 }
                if next < run.upperBound, !reader.isIn(.titleWords, next) { start = next }
                k = next
                continue
            }
            k += 1
        }
        if run.allSatisfy({ reader.isIn(.titleWords, $0) || reader.isAbbreviationPeriod($0) }) {
            // Only titles ("the President"): a description headed by the last title.
            let head = reader.lower(run.upperBound - 1)
            guard reader.isIn(.personRoleNouns, run.upperBound - 1) else { return nil }
            let definite = run.lowerBound > 0 && reader.lower(run.lowerBound - 1) == "the"
            return .description(head: head, run, isDefinite: definite)
        }
        let nameRange = start..<run.upperBound
        if nameRange.count == 1 {
            let word = reader.lower(start)
            if reader.isIn(.pronouns, start) { return nil }
            if reader.isIn(.personRoleNouns, start) || reader.isIn(.organizationRoleNouns, start) {
                return .description(head: word, nameRange, isDefinite: false)
            }
            if isSentenceInitial(start), isCommonWord(word) { return nil }
            // An all-capitals word of two or more letters is an acronym: NATO, CNN.
            let letters = reader.letters(start)
            if letters.count >= 2, letters.allUppercase, start == run.lowerBound,
                GivenNameGender.gender(ofGivenNameMask: reader.lexicons(start)) == .unknown {
                return .name(nameRange, isOrganization: true)
            }
        }
        return .name(nameRange, isOrganization: false)
    }

    /// Whether a capitalized token cannot be part of a name: a function word at a sentence start
    /// ("After", "But", "The") or a possessive that names someone else ("CNN’s Tara Setmayer").
    private func isNameBoundary(_ i: Int) -> Bool {
        return reader.isIn(.frontingWords, i) || reader.isIn(.conjunctions, i)
            || reader.isIn(.determiners, i) || isPossessive(i)
    }

    private func isPossessive(_ i: Int) -> Bool { reader.isIn(.possessive, i) }

    /// Whether token `i` starts a sentence (or a quote, or its block).
    private func isSentenceInitial(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        if reader.isTerminator(i - 1) || reader.isQuoteMark(i - 1) { return true }
        let previous = reader.tokens[i - 1].span.end
        let here = reader.tokens[i].span.start
        // A block boundary ("\n\n") between the two tokens.
        return here - previous >= 2 && reader.analysis.text[previous] == "\n"
    }
}
