/// Where an attribution was found relative to its quote.
enum AttributionPlacement: Sendable, Hashable {
    /// Right after the quote: `"…," X said`, `"…," said X`.
    case after
    /// Right before the quote: `X said: "…"`, `X told Y "…"`, `X said that "…"`.
    case before
    /// Elsewhere in the quote's sentence: `X said that Moscow hoped to "…"`, `The goal, X said, is "…"`.
    case sentence
}

/// A speech cue and the phrase naming its speaker.
struct Attribution: Sendable, Hashable {
    /// The cue's tokens ("said", "according to"), if a cue was found.
    var cue: Range<Int>?
    /// The speaker phrase; `nil` when the sentence has a speech cue but no speaker that can be read
    /// ("the lawsuit says", "…, condemning").
    var speaker: SpeakerPhrase?
    var placement: AttributionPlacement
    /// How sure the pattern is, before speaker resolution.
    var confidence: Double
    /// Whether the speaker is only the sentence's main subject, guessed for a cue that had none.
    var isFallback = false
}

/// Finds the attribution of a quote in the text around it, with the patterns of news reporting.
///
/// The quote's context is split in two: `before` (from the start of its sentence, or the end of the
/// previous quote, to the opening mark) and `after` (from the closing mark to the end of the sentence or
/// the next quote). Patterns are tried in this order:
/// 1. after the quote: `"…," X said` (a speaker phrase, then within a few adverbs a speech verb),
///    `"…," said X` (an inverted verb and its speaker), `"…," according to X`;
/// 2. right before it: `X said: "…"`, `X said "…"`, `X said that "…"`, `X told Y: "…"`;
/// 3. anywhere before it in the sentence: the nearest speech verb whose subject is a speaker
///    (`X, who …, said "…"`, `The goal, X said, is "…"`, `X said that Moscow hoped to "…"`); a
///    participle ("warning that") lends its cue and borrows the subject of a finite verb further back;
///    `according to X`;
/// 4. anywhere after it in the sentence.
struct AttributionFinder {
    let reader: QuoteTokenReader
    let phrases: SpeakerPhraseReader

    func find(before: Range<Int>, after: Range<Int>, sentenceStart: Int? = nil) -> Attribution? {
        // "Even as Lind claimed that “…,” one of Berg's lawyers said …": a quote that completes a saying verb
        // and "that" right before it is that verb's subject's, whatever clause follows it.
        if let verb = thatComplementVerb(before), let found = inSentenceBefore(before, sentenceStart: sentenceStart ?? before.lowerBound),
            found.cue?.lowerBound == verb, found.speaker != nil, !found.isFallback {
            return found
        }
        // "has been called “managed silence” by Jonas Hendriksen": a passive cue right before the quote and its
        // agent right after it.
        if let found = passiveAgentAfter(before: before, after: after) { return found }
        if let found = adjacentAfter(after) { return found }
        if let found = inSentenceBefore(before, sentenceStart: sentenceStart ?? before.lowerBound) { return found }
        if let found = anywhereAfter(after) { return found }
        // A speech cue without a readable speaker still makes the quote someone's words.
        // Only verbs of saying and naming count here: "confirms", "notes" or "claims" alone report a stance.
        if let cue = nearestCue(before: before) ?? firstFiniteCue(after: after),
            reader.isIn(.strongCues, cue.lowerBound) {
            return Attribution(cue: cue, speaker: nil, placement: .sentence, confidence: 0.5)
        }
        return nil
    }

    /// `was called “…” by X`, `has been described as “…” by X`: the agent of a passive speech verb that
    /// stands right before the quote (with at most "as" between) speaks.
    private func passiveAgentAfter(before: Range<Int>, after: Range<Int>) -> Attribution? {
        guard after.count >= 2, !before.isEmpty, reader.lowerHash(after.lowerBound) == QuoteWordHashes.by else { return nil }
        var v = before.upperBound - 1
        if v > before.lowerBound, reader.lowerHash(v) == QuoteWordHashes.as { v -= 1 }
        guard reader.speechVerbForm(v) == .finite, phrases.isPassive(verbAt: v, lowerBound: before.lowerBound),
            let agent = phrases.phraseStarting(at: after.lowerBound + 1, upperBound: after.upperBound) else { return nil }
        return Attribution(cue: reader.cueRange(at: v), speaker: agent, placement: .after, confidence: 0.8)
    }

    /// For a quote that opens with a speaker label, as transcripts are written (`"RAMOS: Senator, …`,
    /// `"Anna Lind: We …`), the label's name: one to four capitalized words ending right before a colon
    /// that are a name (an all-capitals label needs three letters or more, and is no heading such as
    /// `VIDEO:` or `UPDATE:`). The name before the colon speaks whatever the quote's own sentence says.
    func transcriptLabel(contentStart: Int, contentEnd: Int) -> Attribution? {
        let first = reader.analysis.tokenIndex(atOrAfter: contentStart)
        var colon = first
        while colon < reader.count, colon - first < 5, reader.tokens[colon].span.start < contentEnd,
            reader.isCapitalized(colon) || reader.isAbbreviationPeriod(colon) {
            colon += 1
        }
        guard colon > first, colon < reader.count, reader.tokens[colon].span.start < contentEnd,
            reader.isPunctuation(colon, ":"), reader.isSameLine(first) || colon == first + 1 else { return nil }
        let label = first..<colon
        if label.count == 1 {
            let word = reader.lower(first)
            let text = reader.text(first)
            let upperCase = text.unicodeScalars.allSatisfy { !$0.isNewsmarkLowercase }
            // A single word is a label only in capitals ("RAMOS:"); "Note:" or "Update:" open prose.
            guard upperCase, text.unicodeScalars.count >= 3, !Self.headingLabels.contains(word) else { return nil }
        }
        guard case .name(let range, var isOrganization)? = phrases.namePhrase(label, preferFirst: false) else { return nil }
        // "RAMOS:" is a person written in capitals, not an acronym.
        if label.count == 1 { isOrganization = false }
        return Attribution(cue: nil, speaker: .name(range, isOrganization: isOrganization), placement: .before,
                           confidence: 0.8)
    }

    /// Capitalized words that head a line without naming a speaker ("VIDEO:", "UPDATE:").
    private static let headingLabels: Set<String> = [
        "video", "audio", "update", "updated", "note", "editor", "transcript", "question", "answer", "caption", "source",
        "photo", "watch", "read", "via", "breaking", "correction", "clarification", "related", "warning", "alert",
        "excerpt", "excerpts", "full", "text", "statement", "subject", "re", "fwd", "from", "to", "date", "sent", "cc",
    ]

    /// The first finite speech verb after the quote in its sentence ("…, the lawsuit says").
    private func firstFiniteCue(after: Range<Int>) -> Range<Int>? {
        for v in after where reader.speechVerbForm(v) == .finite { return reader.cueRange(at: v) }
        return nil
    }

    // MARK: Patterns

    /// The finite saying verb when the tokens before a quote end with it and "that", with at most three
    /// words between (`Lind said that “…`, `Lind claimed on Tuesday that “…`).
    private func thatComplementVerb(_ before: Range<Int>) -> Int? {
        let last = before.upperBound - 1
        guard last - 1 >= before.lowerBound, reader.lower(last) == "that" else { return nil }
        var v = last - 1
        // "claimed on Tuesday that", "said last week that"
        var skipped = 0
        while v > before.lowerBound, skipped < 3, reader.speechVerbForm(v) == nil, reader.isWord(v) {
            v -= 1
            skipped += 1
        }
        return reader.speechVerbForm(v) == .finite ? v : nil
    }

    /// `But, said Lind, “…`, `…, explained Berg, “…`: a finite speech verb after a comma (or opening the
    /// context), then its speaker up to a comma or colon right before the quote.
    private func invertedBefore(_ before: Range<Int>) -> Attribution? {
        let last = before.upperBound - 1
        guard last - 2 >= before.lowerBound, reader.isComma(last) || reader.isPunctuation(last, ":") else { return nil }
        var v = last - 2
        while v >= before.lowerBound, last - v <= 10 {
            if reader.isComma(v) || reader.isTerminator(v) || reader.isQuoteMark(v) { return nil }
            if reader.speechVerbForm(v) == .finite {
                // "Dever, who was on the slate, told POLITICO, “…”": a verb with a subject of its own, or one that
                // takes an addressee, is not inverted.
                guard v == before.lowerBound || reader.isComma(v - 1) || reader.isDash(v - 1),
                    !Self.addresseeVerbs.contains(reader.lower(v)),
                    phrases.subject(ofVerbAt: v, lowerBound: before.lowerBound) == nil,
                    let speaker = phrases.phraseStarting(at: v + 1, upperBound: last),
                    speaker.range.lowerBound == v + 1 else { return nil }
                return Attribution(cue: reader.cueRange(at: v), speaker: speaker, placement: .before, confidence: 0.85)
            }
            v -= 1
        }
        return nil
    }

    /// Speech verbs whose next words are the addressee, not the speaker ("told POLITICO").
    private static let addresseeVerbs: Set<String> = ["tell", "tells", "told", "telling"]

    /// Determiners that open a speaker description after an inverted verb ("notes the report"); not "that"
    /// or "this", which open a clause ("… reports that super PACs file").
    private static let speakerDeterminers: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "one", "another"]

    /// Whether the quote before `after` closes the way a quote followed by its attribution does: a comma, question
    /// or exclamation mark inside the marks (`"…," agrees Mia Stone`), or a comma right after them.
    private func closesWithAttributionPunctuation(_ after: Range<Int>) -> Bool {
        let mark = after.lowerBound - 1
        guard mark >= 1, reader.isQuoteMark(mark) else { return false }
        if reader.isComma(mark - 1) || reader.isPunctuation(mark - 1, "?") || reader.isPunctuation(mark - 1, "!") { return true }
        return after.lowerBound < reader.count && reader.isComma(after.lowerBound)
    }

    /// `"…," X said`, `"…," said X`, `"…," according to X`.
    private func adjacentAfter(_ after: Range<Int>) -> Attribution? {
        var i = after.lowerBound
        while i < after.upperBound, reader.isComma(i) || reader.isDash(i) { i += 1 }
        guard i < after.upperBound else { return nil }
        // Inverted: "said Smith", "added the minister".
        if reader.verbForm(i) == .finite, i + 1 < after.upperBound,
            let speaker = phrases.phraseStarting(at: i + 1, upperBound: after.upperBound) {
            return Attribution(cue: i..<(i + 1), speaker: speaker, placement: .after, confidence: 0.9)
        }
        // "agrees Mia Stone", "notes the report": a form mostly used as a noun is a verb here when a name or a
        // determiner follows it.
        if reader.isIn(.invertedOnlyForms, i), reader.isLowercaseWord(i), i + 1 < after.upperBound,
            closesWithAttributionPunctuation(after),
            reader.isCapitalized(i + 1) || Self.speakerDeterminers.contains(reader.lower(i + 1)),
            let speaker = phrases.phraseStarting(at: i + 1, upperBound: after.upperBound) {
            return Attribution(cue: i..<(i + 1), speaker: speaker, placement: .after, confidence: 0.85)
        }
        if let according = accordingTo(at: i, upperBound: after.upperBound) { return according }
        // Subject first: the first speech verb within a short window, its subject read back to `i`.
        var v = i
        while v < after.upperBound, v - i < 16 {
            if reader.isPunctuation(v, "(") {
                // "Rep. Ana Pruitt (D-Ore.) said": step over the parenthesis.
                var close = v + 1
                while close < after.upperBound, close - v < 12, !reader.isPunctuation(close, ")") { close += 1 }
                if close < after.upperBound, reader.isPunctuation(close, ")") { v = close + 1; continue }
            }
            if reader.isTerminator(v) || reader.isQuoteMark(v) { return nil }
            if let form = reader.speechVerbForm(v), v > i {
                if form == .finite, let speaker = phrases.subject(ofVerbAt: v, lowerBound: i),
                    speaker.range.lowerBound == i || startsWithDeterminer(i, before: speaker.range.lowerBound) {
                    return Attribution(cue: reader.cueRange(at: v), speaker: speaker, placement: .after, confidence: 0.92)
                }
                // "“…,” Ola Berg, the pollster who founded a survey firm wrote on Monday.": an apposition whose
                // closing comma is missing; the name that opens the clause speaks.
                if form == .finite, case .name(let range, let isOrganization)? = phrases.phraseStarting(at: i, upperBound: v),
                    range.lowerBound == i, range.upperBound + 1 < v, reader.isComma(range.upperBound),
                    ["the", "a", "an"].contains(reader.lower(range.upperBound + 1)),
                    !(range.upperBound + 1..<v).contains(where: { k in
                        reader.isComma(k) || reader.isTerminator(k) || reader.isQuoteMark(k) || reader.isIn(.conjunctions, k)
                    }) {
                    return Attribution(cue: reader.cueRange(at: v), speaker: .name(range, isOrganization: isOrganization),
                                       placement: .after, confidence: 0.8)
                }
                return nil
            }
            v += 1
        }
        return plainVerbClause(from: i, upperBound: after.upperBound)
    }

    /// `"…," Hallberg began.`, `"…," she nodded.`: after a quote, a clause of only a subject and one verb
    /// that ends the sentence is the quote's attribution whatever the verb (the lexicon cannot list every
    /// verb that reports speech). The verb must end in -ed, the subject must be a name or a pronoun.
    private func plainVerbClause(from i: Int, upperBound upper: Int) -> Attribution? {
        let verb = upper - 1
        guard verb > i, verb - i <= 4, upper < reader.count, reader.isTerminator(upper), reader.isLowercaseWord(verb) else {
            return nil
        }
        let word = reader.lower(verb)
        guard word.hasSuffix("ed"), word.count > 4, !reader.isIn(.verbModifiers, verb) else { return nil }
        guard let speaker = phrases.phraseEnding(at: verb - 1, lowerBound: i) else { return nil }
        switch speaker {
        case .name:
            // "an angry Lindqvist retorted.": an article and an adjective before the name.
            guard speaker.range.lowerBound == i
                || ["a", "an", "the"].contains(reader.lower(i)) && speaker.range.lowerBound - i <= 2
                && (i + 1..<speaker.range.lowerBound).allSatisfy({ reader.isLowercaseWord($0) }) else { return nil }
        case .pronoun:
            guard speaker.range.lowerBound == i else { return nil }
        case .description: return nil
        }
        return Attribution(cue: verb..<(verb + 1), speaker: speaker, placement: .after, confidence: 0.8)
    }

    /// Whether the tokens from `i` up to `end` are determiners or modifiers of a speaker phrase
    /// ("the", "Russia's", "former").
    private func startsWithDeterminer(_ i: Int, before end: Int) -> Bool {
        guard end - i <= 6 else { return false }
        for k in i..<end {
            if reader.isAbbreviationPeriod(k) { continue }
            let w = reader.lower(k)
            if reader.isIn(.conjunctions, k) || reader.isIn(.subordinators, k) { return false }
            if reader.isIn(.determiners, k) || w == "former" || w.hasSuffix("'s") || w.hasSuffix("’s") { continue }
            if reader.isCapitalized(k) || reader.isLowercaseWord(k) && !reader.isIn(.forwardStops, k) { continue }
            return false
        }
        return true
    }

    /// The nearest speech verb before the quote (in its sentence) with a speaker.
    private func inSentenceBefore(_ before: Range<Int>, sentenceStart: Int) -> Attribution? {
        guard !before.isEmpty else { return nil }
        // "Carl Bialik: “…”": a name and a colon introduce the quote.
        let last = before.upperBound - 1
        if reader.isPunctuation(last, ":"), last > before.lowerBound, reader.isCapitalized(last - 1),
            case .name(let range, let isOrganization)? = phrases.phraseEnding(at: last - 1, lowerBound: before.lowerBound),
            range.lowerBound == before.lowerBound || reader.isDash(range.lowerBound - 1)
                || reader.isPunctuation(range.lowerBound - 1, "-") || reader.isTerminator(range.lowerBound - 1) {
            return Attribution(cue: nil, speaker: .name(range, isOrganization: isOrganization), placement: .before,
                               confidence: 0.75)
        }
        // "Still, said Lind, “…”": an inverted speech verb and its speaker set off by commas right before the quote.
        if let found = invertedBefore(before) { return found }
        // "When Trump suggested …, Rubio fired back:": the clause that ends in the colon introduces the quote.
        if let found = colonClauseAttribution(before, sentenceStart: sentenceStart) { return found }
        var cue: Range<Int>?  // a participle's cue, waiting for a subject further back
        var v = before.upperBound - 1
        // Distance from the quote, for the placement.
        // Right before: "said", "said:", "said that", "told reporters:".
        let endsWithColon = reader.isPunctuation(before.upperBound - 1, ":")
        let adjacentLimit = before.upperBound - (endsWithColon ? 3 : 2)
        while v >= before.lowerBound {
            if reader.isIn(.toWord, v), v > before.lowerBound, reader.isIn(.accordingWord, v - 1),
                let found = accordingTo(at: v - 1, upperBound: before.upperBound) {
                return found
            }
            let verbForm = reader.speechVerbForm(v)
            let passive = verbForm == .finite && phrases.isPassive(verbAt: v, lowerBound: before.lowerBound)
            if passive {
                // "Reyes was asked by anchor Dana Voss, “…”": the agent of a passive speech verb speaks; the passive
                // subject does not.
                // The agent must be a name when another speech verb stands between ("… was echoed by his party,
                // which circulated comments Reyes made saying he “…”" is Reyes's words, not the party's).
                if v + 2 < before.upperBound, reader.lowerHash(v + 1) == QuoteWordHashes.by,
                    let agent = phrases.phraseStarting(at: v + 2, upperBound: before.upperBound), cue == nil || agent.isName {
                    return Attribution(cue: reader.cueRange(at: v), speaker: agent, placement: v >= adjacentLimit ? .before : .sentence,
                                       confidence: 0.75)
                }
            } else if let form = verbForm {
                let word = reader.lower(v)
                let placement: AttributionPlacement = v >= adjacentLimit ? .before : .sentence
                // "The irony of the strike, says Ivar Moen, an economist, is that it left the docks “…”": an inverted verb set off
                // by commas in the middle of the sentence.
                if form == .finite, cue == nil, v > before.lowerBound, reader.isComma(v - 1), v + 1 < before.upperBound,
                    !Self.addresseeVerbs.contains(word),
                    phrases.subject(ofVerbAt: v, lowerBound: before.lowerBound) == nil,
                    let speaker = phrases.phraseStarting(at: v + 1, upperBound: before.upperBound),
                    case .name = speaker, speaker.range.lowerBound == v + 1 || reader.isCapitalized(v + 1),
                    let close = (speaker.range.upperBound..<before.upperBound).first(where: { reader.isComma($0) || reader.isTerminator($0) }),
                    reader.isComma(close) {
                    return Attribution(cue: reader.cueRange(at: v), speaker: speaker, placement: .sentence, confidence: 0.78)
                }
                if form == .finite, let speaker = phrases.subject(ofVerbAt: v, lowerBound: before.lowerBound, throughRelativePronoun: !endsWithColon) {
                    // "Meeks said Clinton reassured them that Democrats “were not …”": the quoted words are
                    // reported by the subject of the outer saying verb.
                    if let outer = reportingClause(around: speaker, lowerBound: before.lowerBound) { return outer }
                    let used = cue ?? reader.cueRange(at: v)
                    return Attribution(cue: used, speaker: speaker, placement: cue == nil ? placement : .sentence,
                                       confidence: placement == .before ? 0.88 : 0.78)
                }
                // "– Ryan saying he was “very encouraged”", "with Trump yelling: “…”": a participle with a
                // subject of its own.
                if form == .nonFinite, cue == nil, word.hasSuffix("ing"), let own = participleSubject(at: v, lowerBound: before.lowerBound) {
                    return Attribution(cue: v..<(v + 1), speaker: own, placement: v >= adjacentLimit ? .before : .sentence,
                                       confidence: 0.75)
                }
                if cue == nil { cue = reader.cueRange(at: v) }
            } else if let pending = cue, reader.isLowercaseWord(v), reader.endsWithLetterG(v),
                let own = carrierParticipleSubject(at: v, word: reader.lower(v), cue: pending, lowerBound: before.lowerBound) {
                // (The carrier is a lower-case word in -ing: a word whose last scalar is no "g" or "G" cannot be one,
                // since no other scalar lower-cases to one ending in "g"; its lower-case text is then not built.)
                // "with Lee taking to the radio to call the plan “a scam”": a participle that is no speech verb
                // carries the speech infinitive, and its own subject speaks.
                return Attribution(cue: pending, speaker: own, placement: .sentence, confidence: 0.72)
            }
            v -= 1
        }
        // A cue without a subject of its own ("…, calling him", "but described it as"): the subject of
        // the sentence's main clause speaks.
        if let cue, let speaker = phrases.mainSubject(sentenceStart: min(sentenceStart, before.lowerBound), limit: cue.lowerBound) {
            return Attribution(cue: cue, speaker: speaker, placement: .sentence, confidence: 0.7, isFallback: true)
        }
        return nil
    }

    /// For a clause whose subject directly follows a finite saying verb ("Meeks said [that] Clinton
    /// reassured …"), the outer verb with its own subject: the person who reports the clause is the source of
    /// the words quoted in it.
    private func reportingClause(around inner: SpeakerPhrase, lowerBound lower: Int) -> Attribution? {
        var w = inner.range.lowerBound - 1
        // "she claimed that FBI Director Ada Lind had …", "Klein said his 1996 book The Long Road detailed …": the
        // titles, determiners and nouns the inner phrase left out stand between it and the outer verb.
        var stepped = 0
        var lowerCaseWords = 0
        while w > lower, stepped < 7 {
            let word = reader.lower(w)
            if reader.isAbbreviationPeriod(w) || reader.tokens[w].kind == .number
                || reader.isCapitalized(w) && !reader.isIn(.pronouns, w) {
                w -= 1
            } else if reader.isLowercaseWord(w), word != "that", reader.isIn(.determiners, w) {
                w -= 1
            } else if reader.isLowercaseWord(w), lowerCaseWords < 2, reader.verbForm(w) == nil,
                !reader.isIn(.auxiliaries, w), !reader.isIn(.verbModifiers, w),
                !reader.isIn(.conjunctions, w), !reader.isIn(.subordinators, w), word != "that", word != "who" {
                lowerCaseWords += 1
                w -= 1
            } else {
                break
            }
            stepped += 1
        }
        if stepped > 0, w >= lower, !(reader.lower(w) == "that" || reader.verbForm(w) == .finite) {
            return nil
        }
        if w >= lower, reader.lower(w) == "that" { w -= 1 }
        guard w > lower, reader.isWord(w), reader.verbForm(w) == .finite,
            reader.isIn(.utteranceVerbs, w),
            let outer = phrases.subject(ofVerbAt: w, lowerBound: lower) else { return nil }
        switch outer {
        case .name, .pronoun: break
        case .description: return nil
        }
        return Attribution(cue: w..<(w + 1), speaker: outer, placement: .sentence, confidence: 0.75)
    }

    /// For a quote introduced by a colon ("When Trump suggested …, Rubio fired back forcefully: “…”",
    /// "Kasich resisted: “…”"), the attribution read from the clause that ends in the colon alone: a speech
    /// verb with its subject there, or else the clause's subject when it is a name or pronoun followed by
    /// its verb. `nil` when the clause names no one, so that the whole sentence is read as usual.
    private func colonClauseAttribution(_ before: Range<Int>, sentenceStart: Int) -> Attribution? {
        let colon = before.upperBound - 1
        // A dash introduces the quote like a colon ("Lind also defended the plan — “…”").
        let isDash = colon > before.lowerBound && (reader.isDash(colon) || reader.isPunctuation(colon, "-"))
        guard colon > before.lowerBound, reader.isPunctuation(colon, ":") || isDash,
            reader.isWord(colon - 1) || reader.tokens[colon - 1].kind == .number else { return nil }
        var start = colon - 1
        var parentheses = 0
        while start > before.lowerBound {
            let previous = start - 1
            if reader.isPunctuation(previous, ")") { parentheses += 1 }
            if reader.isPunctuation(previous, "(") { parentheses = max(0, parentheses - 1) }
            if parentheses == 0, reader.isComma(previous) || reader.isDash(previous) || reader.isPunctuation(previous, ";")
                || reader.isQuoteMark(previous) {
                break
            }
            start -= 1
        }
        // A speech verb with its subject inside the clause.
        var v = colon - 1
        while v >= start {
            if reader.speechVerbForm(v) == .finite,
                let speaker = phrases.subject(ofVerbAt: v, lowerBound: start) {
                return Attribution(cue: reader.cueRange(at: v), speaker: speaker, placement: v >= colon - 2 ? .before : .sentence,
                                   confidence: 0.85)
            }
            v -= 1
        }
        // "In other words, explained the moderator Nancy Cordes:": an inverted verb opens the clause.
        if reader.isWord(start), reader.verbForm(start) == .finite, start + 1 < colon,
            let speaker = phrases.phraseStarting(at: start + 1, upperBound: colon) {
            return Attribution(cue: start..<(start + 1), speaker: speaker, placement: .before, confidence: 0.85)
        }
        let clauseStart = start == before.lowerBound ? min(sentenceStart, before.lowerBound) : start
        if !isDash, let named = nameOnlyIntroduction(clauseStart..<colon) { return named }
        guard let subject = phrases.mainSubject(sentenceStart: clauseStart, limit: colon),
            subject.range.upperBound < colon, reader.isLowercaseWord(subject.range.upperBound) else { return nil }
        switch subject {
        case .name, .pronoun: break
        case .description: return nil
        }
        // The clause's own verb is the cue when it is a speech verb ("Kasich responded:").
        let cue = nearestCue(before: start..<colon)
        return Attribution(cue: cue, speaker: subject, placement: .before, confidence: 0.75, isFallback: true)
    }

    /// "More from Jones:", "Here's Lind in 1992:", "From Lind's Facebook post:": a short clause with no verb of
    /// its own before a colon that names one person introduces that person's words.
    private func nameOnlyIntroduction(_ clause: Range<Int>) -> Attribution? {
        guard !clause.isEmpty, clause.count <= 7 else { return nil }
        var names = 0
        for k in clause {
            let word = reader.lower(k)
            if reader.isLowercaseWord(k), word.hasSuffix("ed") || SpeechLexicon.verbForm(word) != nil
                || Self.copulas.contains(word) || word == "to" { return nil }
            if reader.isCapitalized(k), k > clause.lowerBound, !reader.isCapitalized(k - 1) { names += 1 }
        }
        // A capitalized first word followed by a lower-case one is the sentence's first word ("More from
        // Jones", "Here's Lind"); a name after it is preferred.
        let first = clause.lowerBound
        let skipFirst = reader.isCapitalized(first) && first + 1 < clause.upperBound && reader.isLowercaseWord(first + 1)
        let found = (skipFirst ? phrases.namePhrase((first + 1)..<clause.upperBound, preferFirst: true) : nil)
            ?? phrases.namePhrase(clause, preferFirst: true)
        guard names + (reader.isCapitalized(clause.lowerBound) ? 1 : 0) <= 2,
            case .name(let range, let isOrganization)? = found,
            !range.contains(where: { reader.isIn(.timeWords, $0)
                || reader.isIn(.adverbialNouns, $0) }) else { return nil }
        return Attribution(cue: nil, speaker: .name(range, isOrganization: isOrganization), placement: .before,
                           confidence: 0.6, isFallback: true)
    }

    /// Forms of "be" and "have", which make a clause of their own.
    private static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "has", "have", "had"]

    /// -ing words that news text mostly uses as nouns, never as a participle carrying a speech verb.
    private static let nounLikeIngWords: Set<String> = [
        "morning", "evening", "meeting", "briefing", "hearing", "building", "funding", "spending", "ruling",
        "wedding", "something", "nothing", "anything", "everything", "thing", "king", "ring", "wing", "spring",
        "during", "including", "according", "polling", "housing", "training", "shooting", "bombing", "setting",
    ]

    /// For a speech infinitive still waiting for a subject (`cue`), the subject of a plain participle that
    /// carries it in one unbroken phrase ("with Lee taking to the radio to call …", "– Park going on to
    /// describe …"): a name or pronoun set apart by "with", "and", a comma or a dash, as for a speech
    /// participle. `nil` when punctuation separates the participle from the cue.
    private func carrierParticipleSubject(at v: Int, word: String, cue: Range<Int>, lowerBound lower: Int) -> SpeakerPhrase? {
        guard word.count > 4, word.hasSuffix("ing"), reader.isLowercaseWord(v),
            !Self.nounLikeIngWords.contains(word) else { return nil }
        var k = v + 1
        while k < cue.lowerBound {
            if !reader.isWord(k) { return nil }
            k += 1
        }
        return participleSubject(at: v, lowerBound: lower)
    }

    /// The name or pronoun right before a participle, when a dash, a comma, "with" or "and" sets the two
    /// apart from the clause before ("…, Ryan saying", "with Trump reportedly yelling").
    private func participleSubject(at v: Int, lowerBound lower: Int) -> SpeakerPhrase? {
        var j = v - 1
        while j >= lower, v - j <= 3, reader.isIn(.verbModifiers, j) { j -= 1 }
        guard j > lower, reader.isCapitalized(j) || reader.isIn(.pronouns, j),
            let phrase = phrases.phraseEnding(at: j, lowerBound: lower) else { return nil }
        switch phrase {
        case .name, .pronoun: break
        case .description: return nil
        }
        var before = phrase.range.lowerBound - 1
        // "with Republican Sen. Ada Lind telling": the titles the name reading left out come first.
        if case .name = phrase {
            while before > lower, phrase.range.lowerBound - before <= 5,
                reader.isAbbreviationPeriod(before) || reader.isIn(.titleWords, before) {
                before -= 1
            }
        }
        guard before >= lower else { return nil }
        let word = reader.lower(before)
        guard reader.isDash(before) || reader.isComma(before) || word == "with" || word == "and" else { return nil }
        return phrase
    }

    /// A speech verb with a speaker anywhere after the quote in its sentence.
    private func anywhereAfter(_ after: Range<Int>) -> Attribution? {
        var v = after.lowerBound
        while v < after.upperBound {
            if reader.isIn(.accordingWord, v), let found = accordingTo(at: v, upperBound: after.upperBound) {
                return Attribution(cue: found.cue, speaker: found.speaker, placement: .sentence, confidence: 0.7)
            }
            if reader.speechVerbForm(v) == .finite {
                // "… – as described by Police Chief Ivar Dahl –": the agent after "as" and a participle.
                if v > after.lowerBound, v + 2 < after.upperBound, reader.lowerHash(v - 1) == QuoteWordHashes.as,
                    reader.lowerHash(v + 1) == QuoteWordHashes.by,
                    let agent = phrases.phraseStarting(at: v + 2, upperBound: after.upperBound) {
                    return Attribution(cue: reader.cueRange(at: v), speaker: agent, placement: .sentence, confidence: 0.7)
                }
                if let speaker = phrases.subject(ofVerbAt: v, lowerBound: after.lowerBound) {
                    return Attribution(cue: reader.cueRange(at: v), speaker: speaker, placement: .sentence, confidence: 0.7)
                }
                // "… signals “the end” for the union, said Geert Wilders": an inverted verb after a comma.
                if v > after.lowerBound, reader.isComma(v - 1), v + 1 < after.upperBound,
                    let speaker = phrases.phraseStarting(at: v + 1, upperBound: after.upperBound) {
                    return Attribution(cue: v..<(v + 1), speaker: speaker, placement: .sentence, confidence: 0.7)
                }
            }
            v += 1
        }
        return nil
    }

    /// The speech verb nearest before the quote, with or without a subject ("calling" in "…, calling it").
    func nearestCue(before: Range<Int>) -> Range<Int>? {
        var v = before.upperBound - 1
        while v >= before.lowerBound {
            if reader.speechVerbForm(v) != nil { return reader.cueRange(at: v) }
            v -= 1
        }
        return nil
    }

    /// Words that start a new clause rather than a speaker phrase.
    static let conjunctions: Set<String> = [
        "and", "but", "or", "so", "yet", "then", "while", "because", "when", "if", "as", "although", "though", "since",
    ]

    /// Words that open a clause of their own after a quote ("… until Lind said she …"): what follows them
    /// is not the quote's attribution.
    static let subordinators: Set<String> = [
        "until", "unless", "once", "whereas", "whether", "where", "after", "before", "till", "whenever", "wherever",
        "than", "like", "unlike",
    ]

    /// `according to X` starting at token `i`.
    private func accordingTo(at i: Int, upperBound upper: Int) -> Attribution? {
        guard i + 2 < upper, reader.isIn(.accordingWord, i), reader.isIn(.toWord, i + 1),
            let speaker = phrases.phraseStarting(at: i + 2, upperBound: upper) else { return nil }
        return Attribution(cue: i..<(i + 2), speaker: speaker, placement: .after, confidence: 0.85)
    }
}
