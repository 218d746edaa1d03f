import NewsmarkModel

/// Finds entity mentions in an article's tokens: gazetteer lookups, then rules over capitalization
/// and context for the names the gazetteer does not know.
///
/// Sentences in ordinary case are read first. Each is cut into *chunks*: runs of capitalized words,
/// joined by name particles (`de`, `van`, `bin`), by `of`/`for` after a head word (`Bank of England`)
/// and by `&`; a known phrase (`Organization for Security and Cooperation in Europe`) is one unit of a
/// chunk. A chunk is then classified as a whole — a gazetteer name, a title followed by a person
/// (`President` + `Boris Yeltsin`, the title left out as in CoNLL), a name ending in an organization,
/// place or event head word (`NATO-Russia Council`, `Grace Road`, `Italian Grand Prix`), a given name
/// with a surname — or split into its known and unknown parts. Sentence-initial words that are common
/// English words (`But`, `Indeed`) are not names.
///
/// All-caps and title-case sentences (headlines, results tables) carry no capitalization signal, so they
/// are read last and conservatively: gazetteer names and the names the rest of the document established.
struct MentionFinder {
    let gazetteer: Gazetteer
    let tokens: [EntityToken]
    let sentences: [Sentence]
    let blocks: [Block]
    let isSports: Bool
    /// The stem of each stem number (``EntityTokenForm/stemID``), and the number of "the" (or -1).
    let stems: [String]
    let theStemID: Int32

    /// Words that may join the parts of a name without being capitalized.
    static let particles: Set<String> = [
        "de", "du", "des", "da", "do", "dos", "das", "del", "della", "di", "la", "le", "van", "von", "der", "den",
        "ter", "al", "bin", "ibn", "el", "y", "zu", "ben", "abu",
    ]
    /// Lower-case words allowed inside a gazetteer phrase.
    static let phraseConnectors: Set<String> = [
        "of", "for", "and", "the", "in", "on", "on", "de", "du", "des", "da", "do", "del", "della", "di", "la",
        "le", "van", "von", "der", "den", "al", "bin", "el", "y", "&", "to", "at", "d'italia", "sans",
    ]
    /// Words after a name that mark a person speaking.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "asked", "replied", "stated", "declared", "noted", "insisted",
        "argued", "explained", "wrote", "announced", "warned", "claimed", "admitted", "denied", "urged",
    ]
    /// Words that, before "League" or "Division", name a competition ("National League").
    static let leagueAdjectives: Set<String> = [
        "major", "minor", "national", "american", "eastern", "western", "central", "northern", "southern", "atlantic",
        "pacific", "premier", "first", "second", "third",
    ]
    /// Endings that make a hyphenated adjective of a name ("London-based").
    static let placeAdjectiveSuffixes: Set<String> = [
        "based", "born", "led", "backed", "owned", "registered", "listed", "bound", "made", "style", "era", "controlled",
    ]
    /// Words before a name that mark a place.
    static let placePrepositions: Set<String> = ["in", "near", "outside", "across", "from", "to", "towards", "via"]
    static let openers: Set<String> = ["\"", "\u{201C}", "\u{2018}", "'", "(", "[", ":", "--", "-", "\u{2014}", "\u{2013}", "\u{00AB}", "\u{201E}"]

    /// A finder over the article's token forms (``EntityTokenForms``), which must stay this article's
    /// while the finder is used.
    init(gazetteer: Gazetteer, analysis: TextAnalysis, blocks: [Block], forms: EntityTokenForms) {
        self.gazetteer = gazetteer
        let tokens = forms.tokens
        self.tokens = tokens
        self.sentences = analysis.sentences
        self.blocks = blocks
        var sportsHits = 0
        for i in tokens.indices where tokens[i].isWord && tokens[i].hasLetter {
            if tokens[i].form.isSportsWord {
                // A sports word opening the article ("SOCCER - ...") settles it; elsewhere count them.
                sportsHits += i < 3 ? 4 : 1
            }
        }
        self.stems = forms.stems
        self.theStemID = forms.theStemID
        self.isSports = sportsHits >= 4
    }

    // MARK: - The whole article

    /// Every mention candidate in text order, without overlaps.
    func find() -> [MentionCandidate] {
        var candidates: [MentionCandidate] = []
        candidates.reserveCapacity(tokens.count / 8 + 16)
        var uncasedSentences: [Sentence] = []
        for sentence in mergedSentences() {
            if isUncased(sentence) {
                uncasedSentences.append(sentence)
            } else {
                findInCasedSentence(sentence, into: &candidates)
            }
        }
        candidates = confirmWithDocument(candidates)
        let memory = DocumentMemory(candidates: candidates, tokens: tokens)
        for sentence in uncasedSentences {
            candidates.append(contentsOf: findInUncasedSentence(sentence, memory: memory))
        }
        candidates.sort { $0.start < $1.start }
        candidates = voteOnGuesses(candidates)
        if isSports {
            // The convention applies to sports reports only: other articles need no third memory.
            candidates = applySportsConvention(candidates, memory: DocumentMemory(candidates: candidates, tokens: tokens))
        }
        if isSports { candidates = applyResultsLines(candidates) }
        return candidates
    }

    /// The sentences, with a sentence that ends on an initialism ("U.S.") joined to the next one of its
    /// block when that starts with a capitalized word: "the U.S. Open" is one name.
    func mergedSentences() -> [Sentence] {
        var out: [Sentence] = []
        for sentence in sentences {
            if let previous = out.last, previous.blockIndex == sentence.blockIndex,
               previous.tokenRange.upperBound == sentence.tokenRange.lowerBound {
                let last = tokens[previous.tokenRange.upperBound - 1]
                let next = tokens[sentence.tokenRange.lowerBound]
                if last.isWord, last.isAllCaps, last.text.hasSuffix("."), last.characterCount > 2, next.isWord, next.isCapitalized {
                    out[out.count - 1] = Sentence(
                        span: TextSpan(start: previous.span.start, end: sentence.span.end),
                        tokenRange: previous.tokenRange.lowerBound..<sentence.tokenRange.upperBound,
                        blockIndex: sentence.blockIndex)
                    continue
                }
            }
            out.append(sentence)
        }
        return out
    }

    /// Whether a sentence is all caps or title case, so capitalization says nothing.
    func isUncased(_ sentence: Sentence) -> Bool {
        var words = 0
        var caps = 0
        var capitalized = 0
        var lowercaseContentWords = 0
        for i in sentence.tokenRange where tokens[i].isWord && tokens[i].hasLetter {
            if !tokens[i].isCapitalized && !tokens[i].isAllCaps {
                // Title case leaves short function words in lower case ("of", "the", "c" and "b" in scorecards).
                if tokens[i].characterCount > 2 && !tokens[i].form.isTitleCaseFunctionWord { lowercaseContentWords += 1 }
                continue
            }
            words += 1
            if tokens[i].isAllCaps { caps += 1 }
            if tokens[i].isCapitalized { capitalized += 1 }
        }
        guard words > 0 else { return false }
        if caps * 10 >= (words + lowercaseContentWords) * 7 && (words >= 2 || caps == words) { return true }
        return capitalized >= 3 && lowercaseContentWords == 0
    }

    /// Words that title case leaves in lower case.
    static let titleCaseFunctionWords: Set<String> = [
        "the", "and", "for", "nor", "but", "yet", "with", "from", "into", "onto", "upon", "over", "via", "per", "von", "van",
        "der", "des", "del", "della", "bin",
    ]

    // MARK: - Sentences in ordinary case

    /// A run of tokens that forms one unit of a chunk: a gazetteer phrase or one capitalized word.
    struct Unit {
        var start: Int
        var end: Int
        var entity: GazetteerEntityRef?
        /// Whether the name includes the last token's possessive-looking ending ("Lord's").
        var keepsLastToken = false
    }

    /// Appends the candidates of a sentence in ordinary case to `result`.
    func findInCasedSentence(_ sentence: Sentence, into result: inout [MentionCandidate]) {
        let first = result.count
        let range = sentence.tokenRange
        // One list of units for every chunk of the sentence.
        var units: [Unit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            // "pan-European", "post-Soviet": a lower-case prefix on a nationality word.
            if tokens[i].isWord, !tokens[i].isCapitalized, let compound = compoundMisc(at: i) {
                result.append(compound)
                i += 1
                continue
            }
            guard let first = capitalizedUnit(at: i, sentence: sentence) else {
                i += 1
                continue
            }
            units.removeAll(keepingCapacity: true)
            units.append(first)
            var j = first.end
            // Grow the chunk.
            while j < range.upperBound {
                if let next = capitalizedUnit(at: j, sentence: sentence, continuing: true) {
                    units.append(next)
                    j = next.end
                    continue
                }
                let word = tokens[j].lower
                if tokens[j].isWord, tokens[j].form.isParticle {
                    // "van der Westhuizen", "bin Laden": particles, then a capitalized word.
                    var k = j
                    while k < range.upperBound, tokens[k].isWord, tokens[k].form.isParticle, k - j < 3 { k += 1 }
                    if k < range.upperBound, let next = capitalizedUnit(at: k, sentence: sentence, continuing: true) {
                        for p in j..<k { units.append(Unit(start: p, end: p + 1, entity: nil)) }
                        units.append(next)
                        j = next.end
                        continue
                    }
                }
                if j + 1 < range.upperBound, tokens[j].isWord, (word == "of" || word == "for") && headAllowsOf(units),
                   let next = capitalizedUnit(at: j + 1, sentence: sentence, continuing: true) {
                    units.append(Unit(start: j, end: j + 1, entity: nil))
                    units.append(next)
                    j = next.end
                    continue
                }
                if word == "&", j + 1 < range.upperBound, let next = capitalizedUnit(at: j + 1, sentence: sentence, continuing: true) {
                    units.append(Unit(start: j, end: j + 1, entity: nil))
                    units.append(next)
                    j = next.end
                    continue
                }
                break
            }
            // A possessive ends a name: "Russia's Foreign Ministry" is two chunks.
            var cut = units.count
            for (k, u) in units.enumerated() where k < units.count - 1 && tokens[u.end - 1].isPossessive {
                cut = k + 1
                break
            }
            if cut < units.count { j = units[cut].start; units.removeLast(units.count - cut) }
            // One by one: appending a short list element by element costs less than `append(contentsOf:)`.
            for candidate in classify(units, sentence: sentence) { result.append(candidate) }
            i = j
        }
        definingAcronyms(in: &result, from: first, sentence: sentence)
    }

    /// ``unit(at:sentence:continuing:)``, with its first test made here: most tokens are no
    /// capitalized word, and then no call is made.
    @inline(__always)
    private func capitalizedUnit(at i: Int, sentence: Sentence, continuing: Bool = false) -> Unit? {
        tokens[i].isCapitalizedWord ? unit(at: i, sentence: sentence, continuing: continuing) : nil
    }

    /// The unit starting at token `i`, if the token can begin (or continue) a name.
    func unit(at i: Int, sentence: Sentence, continuing: Bool = false) -> Unit? {
        guard tokens[i].isCapitalizedWord else { return nil }
        if startsDayDate(i, limit: sentence.tokenRange.upperBound) { return nil }
        let token = tokens[i]
        if isSports && token.isAllCaps && token.form.stemIsSportsStatistic { return nil }  // "three RBI"
        if let (end, entity) = gazetteerMatch(at: i, limit: sentence.tokenRange.upperBound, cased: true),
           !(entity.isWeak && end == i + 1 && (isCommonWord(token) || isPersonNameWord(token))
             && !followsPlacePreposition(i, sentence)) {
            if isSentenceInitial(i, sentence), end == i + 1, isCommonWord(token), entity.isWeak || !continuing {
                // "Split", "Nice", "Reading" at the start of a sentence: a word, unless a name follows.
                if !(i + 1 < sentence.tokenRange.upperBound && tokens[i + 1].isCapitalized && tokens[i + 1].isWord) {
                    return nil
                }
            }
            return Unit(start: i, end: end, entity: entity, keepsLastToken: tokens[end - 1].isPossessive
                        && gazetteer.entityRef(phrase: tokens[i..<end].map(\.lower).joined(separator: " ")) != nil)
        }
        if token.form.stemIsNonName && !continuing {
            return nil
        }
        if isPartyTag(i) { return nil }
        if !continuing && isSentenceInitial(i, sentence) && isCommonWord(token) {
            // "But", "Indeed", "Speaking": a name only if a given name starts a longer name.
            let next = i + 1 < sentence.tokenRange.upperBound ? tokens[i + 1] : nil
            let givenNameFollowedByName = token.form.stemIsGivenName && next.map {
                $0.isWord && $0.isCapitalized && !isCommonWord($0)
            } == true
            if !givenNameFollowedByName { return nil }
        }
        return Unit(start: i, end: i + 1, entity: nil)
    }

    /// Whether token `i` is a month's name or abbreviation followed by a day of the month ("Feb. 1",
    /// "March 3"): a date, which neither starts a name nor continues one ("the orchestra hired Ines
    /// Kowalczyk Sept. 8" names Ines Kowalczyk; the date is the date stage's).
    func startsDayDate(_ i: Int, limit: Int) -> Bool {
        var next = i + 1
        if next < limit, tokens[next].kind == .punctuation, tokens[next].text == "." { next += 1 }
        guard next < limit, tokens[next].kind == .number, tokens[next].characterCount <= 2,
              let day = Int(tokens[next].text), (1...31).contains(day) else { return false }
        return Self.monthWords.contains(tokens[i].lower)
    }

    /// Month names and their abbreviations, lower case.
    static let monthWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Whether token `i` is a US party-and-state tag in brackets: "(D-Ore.)", "(R-Texas)", "(I-Vt.)".
    func isPartyTag(_ i: Int) -> Bool {
        let token = tokens[i]
        return token.isWord && i > 0 && tokens[i - 1].form.isOpeningBracket && token.form.isPartyTagShape
    }

    /// The longest gazetteer phrase starting at token `i` (end index and entity). The keys are built as
    /// UTF-8 bytes (the lower-cased tokens joined by one space), longest first.
    func gazetteerMatch(at i: Int, limit: Int, cased: Bool) -> (Int, GazetteerEntityRef)? {
        let longest = min(tokens[i].form.longestPhrase, limit - i)
        guard longest > 0 || tokens[i].isPossessive else { return nil }
        if longest > 0 {
            // The tokens a phrase may span: lower-case words only as connectors, nothing after a possessive.
            var count = 0
            var byteCount = 0
            for n in 1...longest {
                let index = i + n - 1
                if cased && tokens[index].isWord && tokens[index].hasLetter && !tokens[index].isCapitalized
                    && !tokens[index].isAllCaps && !tokens[index].form.isPhraseConnector {
                    break
                }
                if n > 1 && tokens[index - 1].isPossessive { break }
                count = n
                byteCount += tokens[index].form.lowerUTF8.count + 1
            }
            if count > 0, let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: byteCount, { key in
                longestPhraseMatch(at: i, count: count, key: key)
            }) {
                return found
            }
        }
        if tokens[i].isPossessive, let entity = tokens[i].form.stemEntity { return (i + 1, entity) }
        return nil
    }

    /// The longest of the phrases of 1…`count` tokens at token `i` that the gazetteer names (or, for a
    /// phrase ending in a possessive, whose last token's stem it names), `key` holding room for the
    /// longest phrase's key.
    private func longestPhraseMatch(at i: Int, count: Int, key: UnsafeMutableBufferPointer<UInt8>) -> (Int, GazetteerEntityRef)? {
        // The key of all `count` tokens; the key of the first n tokens is its first `ends[n - 1]` bytes.
        var length = 0
        for n in 0..<count {
            if n > 0 {
                key[length] = 0x20
                length += 1
            }
            for byte in tokens[i + n].form.lowerUTF8 {
                key[length] = byte
                length += 1
            }
        }
        var end = length
        for n in stride(from: count, through: 1, by: -1) {
            let last = tokens[i + n - 1]
            let start = end - last.form.lowerUTF8.count
            defer { end = start - 1 }
            // A phrase must not end on a connector ("Bank of").
            if last.form.isPhraseConnector { continue }
            if n == 1 {
                // The token alone: the form remembers both look-ups.
                if let entity = last.form.lowerEntity { return (i + 1, entity) }
                if last.isPossessive, let entity = last.form.stemEntity { return (i + 1, entity) }
                continue
            }
            if let value = gazetteer.phrases.value(utf8: UnsafeBufferPointer(rebasing: key[..<end])) {
                return (i + n, gazetteer.store.refs[Int(value)])
            }
            if last.isPossessive {
                // The same phrase with the last token's stem: written over the last token (the shorter
                // phrases' keys lie before it).
                let stem = last.form.stemUTF8
                for (offset, byte) in stem.enumerated() { key[start + offset] = byte }
                if let value = gazetteer.phrases.value(utf8: UnsafeBufferPointer(rebasing: key[..<(start + stem.count)])) {
                    return (i + n, gazetteer.store.refs[Int(value)])
                }
            }
        }
        return nil
    }

    /// Whether "in", "near", "from" and the like stand right before token `i`.
    func followsPlacePreposition(_ i: Int, _ sentence: Sentence) -> Bool {
        i > sentence.tokenRange.lowerBound && tokens[i - 1].form.isPlacePreposition
    }

    /// Whether the word is a known given name or surname.
    func isPersonNameWord(_ token: EntityToken) -> Bool {
        token.form.isPersonNameWord
    }

    func isCommonWord(_ token: EntityToken) -> Bool {
        token.form.isCommonWord
    }

    /// Whether token `i` starts its sentence (after any opening quotes or brackets).
    func isSentenceInitial(_ i: Int, _ sentence: Sentence) -> Bool {
        var k = i - 1
        while k >= sentence.tokenRange.lowerBound {
            if tokens[k].kind == .punctuation && tokens[k].form.isOpener {
                k -= 1
                continue
            }
            if tokens[k].kind == .number && k == sentence.tokenRange.lowerBound { return true }  // "1. Germany"
            return false
        }
        return true
    }

    /// Whether the chunk so far ends with a head word that takes `of`/`for` ("Bank of", "Gulf of").
    func headAllowsOf(_ units: [Unit]) -> Bool {
        guard let last = units.last else { return false }
        let word = tokens[last.end - 1].stem
        return gazetteer.organizationHeads.contains(word) || gazetteer.locationHeads.contains(word)
            || gazetteer.miscHeads.contains(word) || gazetteer.titles.contains(word)
    }

    /// `pan-European`, `post-Soviet`, `anti-Serb`: a lower-case prefix on a nationality word is misc.
    func compoundMisc(at i: Int) -> MentionCandidate? {
        guard tokens[i].form.isPrefixedNationality else { return nil }
        return MentionCandidate(start: i, end: i + 1, kind: .misc, evidence: .rule, confidence: 0.7, isCompound: true)
    }

    // MARK: - Classifying a chunk

    func classify(_ units: [Unit], sentence: Sentence) -> [MentionCandidate] {
        guard let first = units.first, let last = units.last else { return [] }
        let start = first.start
        let end = last.end
        // 0. A bare title ("Sen" in "Sen. Chuck Morgan", cut off by the abbreviation's period) is no name.
        if first.entity == nil, let titleEnd = titleMatch(at: start, limit: end), titleEnd >= end { return [] }
        // 1. The whole chunk is a known name.
        if units.count == 1, let entity = first.entity {
            return [MentionCandidate(start: start, end: end, kind: entity.kind, evidence: .gazetteer,
                                     confidence: entity.isWeak ? 0.6 : 0.9, entity: entity, isCompound: first.keepsLastToken)]
        }
        // "New York-based", "Moscow-born": a place made an adjective is misc.
        let lastLower = tokens[end - 1].lower
        if tokens[end - 1].form.hasHyphen, let dash = lastLower.lastIndex(of: "-"),
           MentionFinder.placeAdjectiveSuffixes.contains(String(lastLower[lastLower.index(after: dash)...])) {
            let prefix = String(lastLower[..<dash])
            if units.count == 1, gazetteer.commonWords.contains(prefix), gazetteer.entityRef(phrase: prefix) == nil {
                return []  // "Family-controlled": an ordinary word made an adjective
            }
            return [MentionCandidate(start: start, end: end, kind: .misc, evidence: .rule, confidence: 0.7, isCompound: true)]
        }
        // "Ohio-based KeyCorp", "Communist-led CGT": the adjective and the name after it are two mentions.
        if let k = units.dropLast().firstIndex(where: { isPlaceAdjective(tokens[$0.end - 1]) }) {
            return classify(Array(units[0...k]), sentence: sentence) + classify(Array(units[(k + 1)...]), sentence: sentence)
        }
        // "Scottish Labour Party", "North Korean Red Cross": a nationality before an organization's name is
        // part of it.
        if let organization = nationalOrganization(units) { return [organization] }
        // "Dynamo Moscow", "SC Freiburg", "Cambridge United": a club's name.
        if let club = clubName(units) { return [club] }
        // 2. A title inside the chunk, followed by a person's name.
        for (k, u) in units.enumerated() where k < units.count - 1 {
            guard let titleEnd = titleMatch(at: u.start, limit: end), u.end <= titleEnd else { continue }
            guard let after = units.firstIndex(where: { $0.start >= titleEnd }) else { continue }
            let rest = Array(units[after...])
            guard looksLikePersonName(rest, afterGivenName: true) else { continue }
            var out: [MentionCandidate] = []
            if k > 0 { out += classify(Array(units[0..<k]), sentence: sentence) }
            out.append(person(rest, evidence: .rule, confidence: 0.85))
            return out
        }
        // 3. "X of Y" / "X for Y": the head before the connector decides.
        if let connector = units.firstIndex(where: { $0.entity == nil && (tokens[$0.start].lower == "of" || tokens[$0.start].lower == "for") }),
           connector > 0 {
            if let kind = tokens[units[connector - 1].end - 1].form.stemHeadKind {
                return [MentionCandidate(start: start, end: end, kind: kind, evidence: .rule, confidence: 0.8)]
            }
            return classify(Array(units[0..<connector]), sentence: sentence)
                + classify(Array(units[(connector + 1)...]), sentence: sentence)
        }
        // 4. "Procter & Gamble".
        if units.contains(where: { tokens[$0.start].lower == "&" }) {
            return [MentionCandidate(start: start, end: end, kind: .organization, evidence: .rule, confidence: 0.75)]
        }
        // 5. A head word ends the name.
        if end - start >= 2, last.entity == nil || last.entity?.isWeak == true || last.end - last.start == 1,
           let kind = headKind(lowerBefore: end - 2) ?? tokens[end - 1].form.stemHeadKind,
           !(kind == .location && units.count == 2 && first.entity?.kind == .person) {
            return [MentionCandidate(start: start, end: end, kind: kind, evidence: .rule, confidence: 0.8)]
        }
        // 6. A given name and a surname. A surname that also names a place is the surname here ("Carol
        // Warren"), and a given name that is also a town's name starts a person's name before a surname
        // ("Ann Lee"; Ann is a town in Myanmar).
        let firstToken = tokens[first.start]
        let surnameMayBePlace = !firstToken.form.stemIsTitle
            && !(isCommonWord(firstToken) && isSentenceInitial(first.start, sentence))
        let givenNameIsTown = units.count == 2 && first.end - first.start == 1 && first.entity?.kind == .location
            && first.entity?.isCountry == false && !isCommonWord(firstToken) && surnameMayBePlace
            && (isSurnameUnit(last) || last.entity == nil && tokens[last.start].form.stemIsSurname)
        if units.count >= 2, units.count <= 4,
           first.entity == nil || first.entity?.kind == .misc || first.entity?.isWeak == true || givenNameIsTown,
           firstToken.form.stemIsGivenName,
           looksLikePersonName(Array(units[1...]), afterGivenName: surnameMayBePlace),
           !units.dropFirst().contains(where: { u in
               u.entity.map { !$0.isWeak && $0.kind != .person && !(isSurnameUnit(u) && surnameMayBePlace) } ?? false
           }) {
            return [person(units, evidence: .rule, confidence: 0.85)]
        }
        // 7. Nationality words in a row: "Iraqi Kurds", "Bosnian Serb".
        if units.count >= 2, units.allSatisfy({ $0.entity?.kind == .misc }) {
            return [MentionCandidate(start: start, end: end, kind: .misc, evidence: .rule, confidence: 0.75)]
        }
        // A name-like unknown word and a place that is also a surname: "MaliVai Washington".
        if units.count == 2, first.entity == nil, !tokens[first.start].isAllCaps, let place = last.entity,
           place.kind == .location, last.end - last.start == 1,
           tokens[last.start].form.stemIsSurname, !isCommonWord(tokens[first.start]),
           !isSentenceInitial(first.start, sentence) || tokens[first.start].form.stemIsGivenName {
            // 0.6: enough for the surname alone to follow the person ("Washington" after "MaliVai Washington").
            return [person(units, evidence: .guess, confidence: 0.6)]
        }
        // 8. Unknown words and small places only ("Wang Donghai", "Duffy Waldorf"): an unknown name.
        if units.count >= 2, units.allSatisfy({ $0.entity == nil || $0.entity?.isWeak == true || $0.entity?.kind == .person }),
           units.contains(where: { $0.entity == nil }) {
            return classifyUnknown(units, sentence: sentence)
        }
        // 9. Split into known and unknown parts.
        var out: [MentionCandidate] = []
        var pending: [Unit] = []
        func flush() {
            if !pending.isEmpty { out += classifyUnknown(pending, sentence: sentence) }
            pending = []
        }
        for u in units {
            if let entity = u.entity {
                flush()
                out.append(MentionCandidate(start: u.start, end: u.end, kind: entity.kind, evidence: .gazetteer,
                                            confidence: entity.isWeak ? 0.6 : 0.9, entity: entity))
            } else if tokens[u.start].isCapitalized || tokens[u.start].isAllCaps {
                pending.append(u)
            } else {
                flush()  // a particle left between known names
            }
        }
        flush()
        return out
    }

    /// The type a head word gives a name ending in it.
    func headKind(_ word: String) -> EntityKind? {
        if word.isEmpty { return nil }
        if gazetteer.organizationHeads.contains(word) { return .organization }
        if gazetteer.miscHeads.contains(word) { return .misc }
        if gazetteer.locationHeads.contains(word) { return .location }
        return nil
    }

    /// `headKind(tokens[i].lower + " " + tokens[i + 1].stem)`, the key written as bytes.
    func headKind(lowerBefore i: Int) -> EntityKind? {
        let first = tokens[i].form.lowerUTF8
        let second = tokens[i + 1].form.stemUTF8
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: first.count + 1 + second.count) { key in
            var length = 0
            for byte in first { key[length] = byte; length += 1 }
            key[length] = 0x20
            length += 1
            for byte in second { key[length] = byte; length += 1 }
            let bytes = UnsafeBufferPointer(rebasing: key[..<length])
            if gazetteer.organizationHeads.table.value(utf8: bytes) != nil { return .organization }
            if gazetteer.miscHeads.table.value(utf8: bytes) != nil { return .misc }
            if gazetteer.locationHeads.table.value(utf8: bytes) != nil { return .location }
            return nil
        }
    }

    /// The end of the longest title phrase starting at token `i`, if any.
    func titleMatch(at i: Int, limit: Int) -> Int? {
        let count = min(gazetteer.longestTitle, limit - i)
        guard count > 0 else { return nil }
        // One token: the form remembers the look-up.
        let single: Int? = tokens[i].form.lowerIsTitle ? i + 1 : nil
        guard count > 1, tokens[i].form.startsLongerTitle else { return single }
        var capacity = 0
        for n in 0..<count { capacity += tokens[i + n].form.lowerUTF8.count + 1 }
        // The key of the first n + 1 tokens, grown token by token as UTF-8 bytes.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { key in
            var length = 0
            var found = single
            for n in 0..<count {
                if n > 0 { key[length] = 0x20; length += 1 }
                for byte in tokens[i + n].form.lowerUTF8 { key[length] = byte; length += 1 }
                if n > 0, gazetteer.titles.table.value(utf8: UnsafeBufferPointer(rebasing: key[..<length])) != nil {
                    found = i + n + 1
                }
            }
            return found
        }
    }

    /// Whether units look like a person's name: capitalized words that are not common words (unless
    /// they are known given names or surnames) and not known places or organizations.
    /// `afterGivenName`: the units follow a given name, so a lone surname that also names a place counts.
    func looksLikePersonName(_ units: [Unit], afterGivenName: Bool = false) -> Bool {
        guard !units.isEmpty, units.count <= 5 else { return false }
        for u in units {
            if let entity = u.entity {
                if entity.kind == .person || entity.isWeak { continue }
                if entity.kind == .misc && tokens[u.start].form.stemIsGivenName { continue }
                if isSurnameUnit(u) && (units.count > 1 || afterGivenName) { continue }
                return false
            }
            let token = tokens[u.start]
            if token.form.isParticle { continue }
            if !token.isCapitalized { return false }
            if token.form.stemHeadKind != nil && u.start == units.last?.start { return false }
            if isCommonWord(token) && !token.form.stemIsGivenName && !token.form.stemIsSurname {
                return false
            }
        }
        return true
    }

    /// Whether a unit is one word that is a census surname ("Lee", "Warren", "Darwin").
    func isSurnameUnit(_ u: Unit) -> Bool {
        u.end - u.start == 1 && tokens[u.start].form.stemIsSurname && tokens[u.start].isCapitalized
            && !tokens[u.start].isAllCaps && u.entity?.isCountry != true
    }

    func person(_ units: [Unit], evidence: MentionCandidate.Evidence, confidence: Double) -> MentionCandidate {
        let entity = units.count == 1 ? units[0].entity.flatMap { $0.kind == .person ? $0 : nil } : nil
        let whole = units.count > 1 ? entityRef(stemsFrom: units[0].start, to: units[units.count - 1].end) : entity
        return MentionCandidate(start: units[0].start, end: units[units.count - 1].end, kind: .person,
                                evidence: evidence, confidence: confidence,
                                entity: whole?.kind == .person ? whole : nil)
    }

    /// The entity the gazetteer names by the stems of tokens `start..<end` joined by spaces (the key
    /// written as bytes).
    func entityRef(stemsFrom start: Int, to end: Int) -> GazetteerEntityRef? {
        var capacity = 0
        for index in start..<end { capacity += tokens[index].form.stemUTF8.count + 1 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(capacity, 1)) { key in
            var length = 0
            for index in start..<end {
                if index > start { key[length] = 0x20; length += 1 }
                for byte in tokens[index].form.stemUTF8 { key[length] = byte; length += 1 }
            }
            return gazetteer.phrases.value(utf8: UnsafeBufferPointer(rebasing: key[..<length])).map { gazetteer.store.refs[Int($0)] }
        }
    }

    /// Names the gazetteer does not know, without head words: decide by context.
    func classifyUnknown(_ units: [Unit], sentence: Sentence) -> [MentionCandidate] {
        let start = units[0].start
        let end = units[units.count - 1].end
        let before = start > sentence.tokenRange.lowerBound ? tokens[start - 1] : nil
        let after = end < sentence.tokenRange.upperBound ? tokens[end] : nil
        let titleBefore = titleCue(before: start, sentence: sentence)
        if units.contains(where: { tokens[$0.start].form.hasDigit }) { return [] }
        if units.count == 1 {
            let token = tokens[start]
            if token.form.letterCount < 2 { return [] }
            if let surname = gazetteer.personRef(surname: token.stem) {
                return [MentionCandidate(start: start, end: end, kind: .person, evidence: .rule, confidence: 0.8, entity: surname)]
            }
            if isSports, token.form.stemIsClubPrefix, token.characterCount >= 4,
               !token.form.stemIsClubCode, !["club", "union", "red", "athletic", "stade"].contains(token.stem),
               !isSentenceInitial(start, sentence) {
                // "Real", "Dinamo", "Spartak" alone in a sports report: the club.
                return [MentionCandidate(start: start, end: end, kind: .organization, evidence: .rule, confidence: 0.65)]
            }
            if isSports, gazetteer.teamPlaces.contains(token.stem) {
                return [MentionCandidate(start: start, end: end, kind: .organization, evidence: .rule, confidence: 0.7)]
            }
            if token.stem.hasSuffix("bank") && token.stem.count > 5 {  // "NationsBank", "Rabobank"
                return [MentionCandidate(start: start, end: end, kind: .organization, evidence: .rule, confidence: 0.7)]
            }
            if token.isAllCaps && isAcronymShaped(token) {
                return [MentionCandidate(start: start, end: end, kind: .organization, evidence: .guess, confidence: 0.55)]
            }
            if titleBefore {
                return [person(units, evidence: .rule, confidence: 0.8)]
            }
            let common = isCommonWord(token)
            let nameLike = token.form.stemIsSurname || token.form.stemIsGivenName
            if common && token.form.stemIsSurname && !isSentenceInitial(start, sentence) && !token.form.stemIsGivenName {
                // "Smith", "Bush" in mid-sentence: probably the surname.
                return [MentionCandidate(start: start, end: end, kind: .person, evidence: .guess, confidence: 0.45)]
            }
            if common {
                // "the Alliance": a common word, unless the document knows it as a name.
                return [MentionCandidate(start: start, end: end, kind: .person, evidence: .tentative, confidence: 0.3)]
            }
            if let after, after.form.isSpeechVerb {
                // A company says things too: the document's votes may overrule this.
                return [person(units, evidence: .guess, confidence: 0.65)]
            }
            if isSentenceInitial(start, sentence) && !nameLike || looksInflected(token) {
                // "Scorers", "Newsroom" opening a line: a name only if the document confirms it.
                return [MentionCandidate(start: start, end: end, kind: .person, evidence: .tentative, confidence: 0.3)]
            }
            if let before, before.form.isPlacePreposition, !nameLike {
                return [MentionCandidate(start: start, end: end, kind: .location, evidence: .guess, confidence: 0.45)]
            }
            return [MentionCandidate(start: start, end: end, kind: .person, evidence: .guess, confidence: nameLike ? 0.55 : 0.45)]
        }
        if titleBefore || looksLikePersonName(units) {
            return [person(units, evidence: titleBefore ? .rule : .guess, confidence: titleBefore ? 0.8 : 0.6)]
        }
        // "Darryl Strawberry", "Chipper Jones": a given name first or a surname last, and no word that
        // names a kind of thing ("Johnson Controls", "Pacific Lamps").
        if units.count <= 3, let lastUnit = units.last, lastUnit.end - lastUnit.start == 1, !isCommonWord(tokens[start]),
           tokens[start].form.stemIsGivenName
            || tokens[lastUnit.start].form.stemIsSurname && !isCommonWord(tokens[lastUnit.start]),
           !looksInflected(tokens[lastUnit.start]), tokens[lastUnit.start].form.stemHeadKind == nil,
           !(after?.form.isOrganizationFollower ?? false) {
            return [person(units, evidence: .guess, confidence: 0.5)]
        }
        return [MentionCandidate(start: start, end: end, kind: .organization, evidence: .guess, confidence: 0.45)]
    }

    /// Whether a title or role word ("spokesman", "Gen.", "Mr") stands right before token `start`.
    func titleCue(before start: Int, sentence: Sentence) -> Bool {
        var k = start - 1
        if k >= sentence.tokenRange.lowerBound, tokens[k].text == "." { k -= 1 }
        guard k >= sentence.tokenRange.lowerBound else { return false }
        // The key of tokens k - n … k, grown to the left as UTF-8 bytes (written from the end of the buffer).
        let count = min(gazetteer.longestTitle, k - sentence.tokenRange.lowerBound + 1)
        guard count > 0 else { return false }
        // One token: the form remembers the look-up.
        if tokens[k].form.lowerIsTitle { return true }
        guard count > 1, tokens[k].form.endsLongerTitle else { return false }
        var capacity = 0
        for n in 0..<count { capacity += tokens[k - n].form.lowerUTF8.count + 1 }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { key in
            var start = capacity
            for n in 0..<count {
                if n > 0 { start -= 1; key[start] = 0x20 }
                let word = tokens[k - n].form.lowerUTF8
                start -= word.count
                for (offset, byte) in word.enumerated() { key[start + offset] = byte }
                if n > 0, gazetteer.titles.table.value(utf8: UnsafeBufferPointer(rebasing: key[start..<capacity])) != nil {
                    return true
                }
            }
            return false
        }
    }

    /// Whether the word is an inflected common word ("Scorers", "Automakers", "Shipped").
    func looksInflected(_ token: EntityToken) -> Bool {
        token.form.stemLooksInflected
    }

    func isAcronymShaped(_ token: EntityToken) -> Bool {
        let letters = token.form.letterCount
        guard letters >= 2, letters <= 6 else { return false }
        return !["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"].contains(token.text)
    }

    // MARK: - Acronyms defined in the text

    /// "Organization for Security and Cooperation in Europe (OSCE)": the acronym takes the name's type
    /// and points to it. When the name before the brackets is longer than one chunk ("U.N. Interim Force in
    /// Lebanon (UNIFIL)", "State Law and Order Restoration Council (SLORC)"), the words whose initials spell
    /// the acronym become one name, replacing the pieces the chunk rules found.
    /// The sentence's candidates are `result[first...]`; earlier ones (of earlier sentences) stay as they are.
    func definingAcronyms(in result: inout [MentionCandidate], from first: Int, sentence: Sentence) {
        let upper = sentence.tokenRange.upperBound
        var open = sentence.tokenRange.lowerBound + 1
        while open + 2 < upper {
            defer { open += 1 }
            guard tokens[open + 1].isAllCaps, tokens[open].form.isOpeningBracket, tokens[open + 2].form.isClosingBracket
            else { continue }
            let acronym = tokens[open + 1]
            var name = result[first...].first(where: { $0.end == open })
            if name.map({ !matchesInitials(acronym.text, $0) }) ?? true {
                guard let start = acronymExpansionStart(acronym.text, before: open, sentence: sentence) else { continue }
                let inside = result[first...].filter { $0.start < open && $0.end > start }
                if inside.contains(where: { $0.start < start }) { continue }
                let head = tokens[open - 1].stem
                let kind = headKind(head) ?? (inside.contains { $0.kind == .organization } ? .organization
                    : inside.count == 1 && inside[0].start == start ? inside[0].kind : .organization)
                let expansion = MentionCandidate(start: start, end: open, kind: kind, evidence: .rule, confidence: 0.8,
                                                 entity: inside.count == 1 && inside[0].start == start ? inside[0].entity : nil)
                // Those inside go (the others keep their order).
                var kept = first
                for index in first..<result.count where !(result[index].start < open && result[index].end > start) {
                    result[kept] = result[index]
                    kept += 1
                }
                result.removeLast(result.count - kept)
                result.append(expansion)
                name = expansion
            }
            guard let name else { continue }
            var defined = MentionCandidate(start: open + 1, end: open + 2, kind: name.kind, evidence: .rule,
                                           confidence: max(0.8, name.confidence), entity: name.entity)
            defined.expansion = name.start
            if let existing = result[first...].firstIndex(where: { $0.start == open + 1 }) {
                result[existing] = defined
            } else {
                result.append(defined)
            }
        }
        // Already in order unless an acronym's name was added (sorting an ordered list changes nothing).
        for k in (first + 1)..<max(first + 1, result.count) where result[k - 1].start > result[k].start {
            result[first...].sort { $0.start < $1.start }
            return
        }
    }

    /// Words that may stand, in lower case, inside a name that an acronym abbreviates.
    static let acronymConnectors: Set<String> = ["of", "for", "and", "the", "in", "on", "&", "de", "du", "des", "la", "to"]

    /// The first token of the longest run of capitalized words and connectors ending right before `open`
    /// whose initials spell `acronym` (at most 12 tokens back, starting on a capitalized word).
    func acronymExpansionStart(_ acronym: String, before open: Int, sentence: Sentence) -> Int? {
        var first = open
        while first > sentence.tokenRange.lowerBound, open - first < 12 {
            let token = tokens[first - 1]
            guard token.isWord, token.isCapitalized || token.isAllCaps || token.form.isAcronymConnector
            else { break }
            first -= 1
        }
        guard first < open - 1 else { return nil }
        for start in first..<(open - 1) where tokens[start].isCapitalized || tokens[start].isAllCaps {
            let candidate = MentionCandidate(start: start, end: open, kind: .organization, evidence: .rule, confidence: 0)
            if matchesInitials(acronym, candidate) { return start }
        }
        return nil
    }

    /// Whether the capitals of `acronym` are the initials of the candidate's words, in order.
    func matchesInitials(_ acronym: String, _ candidate: MentionCandidate) -> Bool {
        if let matches = matchesInitialsASCII(acronym, candidate) { return matches }
        let letters = Array(acronym.unicodeScalars.filter { $0.properties.isUppercase })
        guard letters.count >= 2 else { return false }
        var initials: [Unicode.Scalar] = []
        for i in candidate.start..<candidate.end {
            for part in tokens[i].text.split(whereSeparator: { $0 == "-" || $0 == "." }) {
                if let c = part.unicodeScalars.first { initials.append(c) }
            }
        }
        guard initials.first == letters.first else { return false }
        var k = 0
        for c in initials where k < letters.count && MentionFinder.uppercases(c, to: letters[k]) { k += 1 }
        return k == letters.count
    }

    /// ``matchesInitials(_:_:)`` when the acronym and the candidate's tokens are ASCII (else `nil`), over
    /// their bytes: the upper-case letters of the acronym, and the first byte of each part of each token
    /// between hyphens and periods (its initials).
    private func matchesInitialsASCII(_ acronym: String, _ candidate: MentionCandidate) -> Bool? {
        for index in candidate.start..<candidate.end where !tokens[index].form.isASCII { return nil }
        var acronym = acronym
        return acronym.withUTF8 { bytes -> Bool? in
            var letters: [UInt8] = []
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x41 && byte <= 0x5A { letters.append(byte) }
            }
            guard letters.count >= 2 else { return false }
            var matched = 0
            var sawInitial = false
            for index in candidate.start..<candidate.end {
                var atPartStart = true
                for c in tokens[index].text.utf8 {
                    if c == 0x2D || c == 0x2E {
                        atPartStart = true
                        continue
                    }
                    guard atPartStart else { continue }
                    atPartStart = false
                    // The first initial must be the first letter itself; then letters are matched in order.
                    if !sawInitial {
                        guard c == letters[0] else { return false }
                        sawInitial = true
                    }
                    let upper = c >= 0x61 && c <= 0x7A ? c - 0x20 : c
                    if matched < letters.count && upper == letters[matched] { matched += 1 }
                }
            }
            return sawInitial && matched == letters.count
        }
    }

    /// `c.properties.uppercaseMapping == String(letter)`, without building strings when both are ASCII.
    static func uppercases(_ c: Unicode.Scalar, to letter: Unicode.Scalar) -> Bool {
        if c.value < 0x80 && letter.value < 0x80 {
            let upper = c.value >= 0x61 && c.value <= 0x7A ? c.value - 0x20 : c.value
            return upper == letter.value
        }
        return c.properties.uppercaseMapping == String(letter)
    }

    // MARK: - The document's names

    /// Gives guesses the type the document settles elsewhere, and drops tentative words it never confirms.
    func confirmWithDocument(_ candidates: [MentionCandidate]) -> [MentionCandidate] {
        let memory = DocumentMemory(candidates: candidates, tokens: tokens)
        var out: [MentionCandidate] = []
        for var candidate in candidates {
            if candidate.kind == .person, candidate.evidence <= .guess, isLoneNameAfterThe(candidate) {
                // "sent the bill to the House": one unknown name after "the" is no person; the chambers
                // of a legislature are organizations, anything else too unsure to keep.
                guard MentionFinder.chamberWords.contains(tokens[candidate.start].lower) else { continue }
                candidate.kind = .organization
            }
            if candidate.end - candidate.start == 1, candidate.kind == .location || candidate.entity?.isWeak == true,
               candidate.evidence == .gazetteer, memory.isPersonNamePart(tokens[candidate.start]) {
                // "Clinton" after "Bill Clinton" is the person, not the town.
                candidate.kind = .person
                candidate.entity = nil
                candidate.evidence = .documentMemory
                candidate.confidence = 0.7
            }
            if candidate.evidence <= .guess {
                if let known = memory.strongName(candidate.start, candidate.end),
                   known.kind != candidate.kind || candidate.evidence == .tentative {
                    candidate.kind = known.kind
                    candidate.entity = candidate.entity ?? known.entity
                    candidate.evidence = .documentMemory
                    candidate.confidence = 0.7
                } else if candidate.end - candidate.start == 1, memory.isPersonNamePart(tokens[candidate.start]) {
                    candidate.kind = .person
                    candidate.evidence = .documentMemory
                    candidate.confidence = 0.75
                } else if !memory.acronyms.isEmpty, let acronymOf = memory.acronyms[tokens[candidate.start].text],
                          candidate.end - candidate.start == 1 {
                    candidate.kind = acronymOf
                    candidate.evidence = .documentMemory
                    candidate.confidence = 0.75
                }
            }
            if candidate.evidence == .tentative {
                // "Britain's Sun newspaper", "Tessera shares": a common word that the next word makes a name.
                guard candidate.end < tokens.count,
                      tokens[candidate.end].form.isNamingFollower else { continue }
                candidate.kind = .organization
                candidate.evidence = .guess
                candidate.confidence = 0.5
            }
            out.append(candidate)
        }
        return out
    }

    /// Whether a one-word candidate stands right after "the" with no capitalized word or organization
    /// context word ("the Clarion newspaper") after it.
    private func isLoneNameAfterThe(_ c: MentionCandidate) -> Bool {
        guard c.end - c.start == 1, c.start > 0, tokens[c.start - 1].form.isThe else { return false }
        guard c.end < tokens.count else { return true }
        let next = tokens[c.end]
        return !next.isCapitalized && !next.form.isOrganizationFollower
    }

    /// Chambers and bodies that news names with "the" and one capitalized word ("the House").
    static let chamberWords: Set<String> = ["house", "senate", "assembly", "chamber", "congress", "parliament", "legislature"]

    /// Abbreviations of sports statistics, which are no organizations in a sports report ("121 RBI").
    static let sportsStatistics: Set<String> = ["rbi", "rbis", "era", "mph", "kph", "ko", "tko", "lbw", "nb"]

    /// Words right after a capitalized common word that make it an organization's name ("Sun newspaper").
    static let namingFollowers: Set<String> = [
        "newspaper", "newspapers", "daily", "weekly", "magazine", "shares", "shareholders", "ceo", "inc", "corp", "ltd", "plc",
    ]

    /// Nouns that, right before a name, say it is an organization ("the company Cofinec").
    static let organizationNouns: Set<String> = [
        "company", "firm", "group", "bank", "club", "side", "team", "newspaper", "daily", "weekly", "agency", "carrier",
        "airline", "maker", "insurer", "operator", "unit", "subsidiary", "brokerage", "retailer", "brewer",
        "manufacturer", "producer", "conglomerate", "party", "movement", "magazine", "station", "network", "holding",
        "distributor", "publisher", "supplier", "exporter", "importer", "lender", "chain", "developer", "contractor",
        "refiner", "miner", "automaker", "carmaker", "chipmaker", "drugmaker", "utility", "consortium", "partnership",
        "journal", "broadcaster", "tabloid", "paper", "weekly", "monthly", "outfit", "franchise",
    ]
    /// Words right after a name that say it is an organization ("Cofinec shares").
    static let organizationFollowers: Set<String> = [
        "shares", "stock", "stocks", "shareholders", "subsidiary", "unit", "executives", "management", "board",
        "inc", "corp", "ltd", "plc", "ag", "sa", "nv", "spa", "group", "holdings", "securities",
        "ceo", "stake", "profit", "profits", "revenue", "revenues", "earnings", "output", "sales", "bonds", "gdrs",
        "shareholder", "subsidiaries", "plant", "plants", "factory", "brand", "brands", "franchise",
        "newspaper", "newspapers", "daily", "weekly", "magazine", "organisation", "organization", "owner", "owners",
        "players", "fans", "coach", "supporters",
    ]

    /// Nouns that, before "of" and a name, say it is an organization ("shares of Cofinec").
    static let organizationOfNouns: Set<String> = [
        "shares", "stock", "stocks", "shareholders", "stockholders", "subsidiary", "ceo", "founder", "co-founder",
    ]

    /// Whether the words around a candidate say it is an organization: "the company X", "X shares",
    /// "shares of X", "Ohio-based X".
    func isOrganizationContext(_ c: MentionCandidate) -> Bool {
        let before = c.start > 0 ? tokens[c.start - 1].form : nil
        let before2 = c.start > 1 ? tokens[c.start - 2].form : nil
        let after = c.end < tokens.count ? tokens[c.end].form : nil
        let beforeIsOf = before?.lower == "of"
        return before?.isOrganizationNoun == true
            || before2?.isOrganizationNoun == true && (beforeIsOf || before?.lower == ",")
            || beforeIsOf && before2?.isOrganizationOfNoun == true
            || after?.isOrganizationFollower == true
            || c.start > 0 && isPlaceAdjective(tokens[c.start - 1]) && c.kind != .misc
    }

    /// Gives each unknown name (a default guess) the type its contexts across the document vote for:
    /// "company X" or "X shares" for an organization, "in X" or "X-based" for a place, a title for a person.
    func voteOnGuesses(_ candidates: [MentionCandidate]) -> [MentionCandidate] {
        // Keyed by the candidates' stems (by stem number: equal exactly when the stems joined by spaces are).
        var votes: [DocumentMemory.StemPhrase: [EntityKind: Int]] = [:]
        func key(_ c: MentionCandidate) -> DocumentMemory.StemPhrase { DocumentMemory.phrase(tokens, c.start, c.end) }
        for c in candidates where c.evidence <= .guess {
            var kind: EntityKind?
            let before = c.start > 0 ? tokens[c.start - 1].form : nil
            if isOrganizationContext(c) {
                kind = .organization
            } else if let before, before.isPlacePreposition, before.lower != "to", before.lower != "from" {
                kind = .location
            } else if let before, before.lowerIsTitle {
                kind = .person
            }
            if let kind { votes[key(c), default: [:]][kind, default: 0] += 1 }
        }
        // A small place whose name the document uses as a company's ("Magna shares") is the company.
        for c in candidates where c.evidence == .gazetteer && c.entity?.isWeak == true && isOrganizationContext(c) {
            votes[key(c), default: [:]][.organization, default: 0] += 1
        }
        guard !votes.isEmpty else { return candidates }
        return candidates.map { c in
            let weakPlace = c.evidence == .gazetteer && c.entity?.isWeak == true && c.kind == .location
            guard c.evidence <= .guess || weakPlace, let tally = votes[key(c)],
                  let best = Self.winner(of: tally) else { return c }
            if weakPlace && (best != .organization || tally[.location, default: 0] > 0) { return c }
            var voted = c
            voted.kind = best
            voted.confidence = 0.6
            if weakPlace { voted.entity = nil }
            return voted
        }
    }

    /// The kinds a tied vote prefers, most telling context first: "company X" and "X shares" rarely
    /// surround anything but an organization, a title rarely precedes anything but a person, while "in X"
    /// also precedes organizations ("in Microsoft's plans").
    static let votePreference: [EntityKind] = [.organization, .person, .location, .misc]

    /// The kind with the most votes; a tie goes to the kind earlier in `votePreference`, so the result
    /// never depends on the dictionary's iteration order (which changes from run to run).
    static func winner(of tally: [EntityKind: Int]) -> EntityKind? {
        var best: EntityKind?
        var bestCount = 0
        for kind in votePreference {
            let count = tally[kind, default: 0]
            if count > bestCount {
                best = kind
                bestCount = count
            }
        }
        return best
    }

    // MARK: - Sentences without case

    func findInUncasedSentence(_ sentence: Sentence, memory: DocumentMemory) -> [MentionCandidate] {
        var out: [MentionCandidate] = []
        var i = sentence.tokenRange.lowerBound
        let limit = sentence.tokenRange.upperBound
        while i < limit {
            let token = tokens[i]
            guard token.isWord, token.hasLetter, token.isCapitalized || token.isAllCaps else {
                i += 1
                continue
            }
            // Title case (not all caps): "C. Lewis", "Wasim Akram" are people.
            if !token.isAllCaps || token.characterCount == 2 && token.text.hasSuffix("."), let end = uncasedPersonEnd(at: i, limit: limit) {
                out.append(MentionCandidate(start: i, end: end, kind: .person, evidence: .rule, confidence: 0.7))
                i = end
                continue
            }
            // A team in a sports report's results ("Reading 1 Bury 2").
            if isSports, let end = teamPlaceEnd(at: i, limit: limit), end < tokens.count, tokens[end].kind == .number,
               !isDateline(MentionCandidate(start: i, end: end, kind: .location, evidence: .rule, confidence: 0)) {
                out.append(MentionCandidate(start: i, end: end, kind: .organization, evidence: .rule, confidence: 0.65))
                i = end
                continue
            }
            // A club word and a town: "DYNAMO MOSCOW", "STANDARD LIEGE".
            if isSports, token.form.stemIsClubPrefix, i + 1 < limit,
               let (end, place) = gazetteerMatch(at: i + 1, limit: limit, cased: false), place.kind == .location, !place.isCountry {
                out.append(MentionCandidate(start: i, end: end, kind: .organization, evidence: .rule, confidence: 0.65))
                i = end
                continue
            }
            // A nationality and a head word: "AMERICAN LEAGUE", "ENGLISH COUNTY CHAMPIONSHIP".
            if let end = headedNameEnd(at: i, limit: limit) {
                let head = tokens[end - 1].stem
                let kind = head == "division" || head == "conference" || gazetteer.miscHeads.contains(head)
                    ? .misc : headKind(head) ?? .misc
                out.append(MentionCandidate(start: i, end: end, kind: kind, evidence: .rule, confidence: 0.6))
                i = end
                continue
            }
            // A name the document established (longest first, up to four tokens).
            var matched = false
            for n in stride(from: min(4, limit - i), through: 1, by: -1) {
                if let known = memory.strongName(i, i + n) {
                    out.append(MentionCandidate(start: i, end: i + n, kind: known.kind, evidence: .documentMemory,
                                                confidence: 0.7, entity: known.entity))
                    i += n
                    matched = true
                    break
                }
            }
            if matched { continue }
            if let (end, entity) = gazetteerMatch(at: i, limit: limit, cased: false) {
                let single = end == i + 1
                let common = token.form.stemIsGazetteerCommonWord || token.form.stemIsLowercaseWord
                let nonName = token.form.stemIsNonName
                if !nonName && !(single && common && (entity.isWeak || entity.kind != .location)) {
                    out.append(MentionCandidate(start: i, end: end, kind: entity.kind, evidence: .gazetteer,
                                                confidence: entity.isWeak ? 0.55 : 0.8, entity: entity))
                    i = end
                    continue
                }
            }
            if memory.isPersonNamePart(token), !token.form.stemIsGazetteerCommonWord {
                out.append(MentionCandidate(start: i, end: i + 1, kind: .person, evidence: .documentMemory, confidence: 0.7))
            } else if !memory.acronyms.isEmpty, let kind = memory.acronyms[token.text] {
                out.append(MentionCandidate(start: i, end: i + 1, kind: kind, evidence: .documentMemory, confidence: 0.7))
            }
            i += 1
        }
        return out
    }

    /// Whether a title-case word looks like part of a name nobody listed ("Schwarthoff"): capitalized,
    /// not all caps, not a common word, not a known non-person name, not a head word.
    func isUnknownNameWord(_ token: EntityToken) -> Bool {
        guard token.isWord, token.isCapitalized, !token.isAllCaps, token.characterCount > 2, !isCommonWord(token),
              !looksInflected(token), token.form.stemHeadKind == nil else { return false }
        if let entity = token.form.stemEntity, entity.kind != .person, !entity.isWeak { return false }
        return true
    }

    /// The end of the longest team place name (up to three tokens) at token `i`.
    func teamPlaceEnd(at i: Int, limit: Int) -> Int? {
        var key = ""
        var found: Int?
        for n in 0..<min(3, limit - i) {
            let token = tokens[i + n]
            guard token.isWord else { break }
            key = key.isEmpty ? token.stem : key + " " + token.stem
            if gazetteer.teamPlaces.contains(key) { found = i + n + 1 }
        }
        return found
    }

    /// The end of a nationality word followed by up to two more words, the last a head word.
    func headedNameEnd(at i: Int, limit: Int) -> Int? {
        if MentionFinder.leagueAdjectives.contains(tokens[i].stem), i + 1 < limit,
           ["league", "division", "conference"].contains(tokens[i + 1].stem) {
            return i + 2  // "MAJOR LEAGUE", "EASTERN DIVISION" in standings
        }
        guard tokens[i].form.stemEntity?.kind == .misc else { return nil }
        var k = i + 1
        var found: Int?
        while k < limit, k - i <= 3, tokens[k].isWord, tokens[k].isCapitalized || tokens[k].isAllCaps {
            if tokens[k].form.stemHeadKind != nil && tokens[k].form.stemEntity == nil { found = k + 1 }
            k += 1
        }
        return found
    }

    /// The end of a person's name at token `i` of a title-case sentence: an initial or a given name
    /// followed by one or two capitalized words that are not common words or known non-person names.
    func uncasedPersonEnd(at i: Int, limit: Int) -> Int? {
        let token = tokens[i]
        let isInitial = token.characterCount == 2 && token.text.hasSuffix(".") && token.isCapitalized
        let unknownPair = !token.isAllCaps && isUnknownNameWord(token) && i + 1 < limit && isUnknownNameWord(tokens[i + 1])
            && gazetteerMatch(at: i, limit: limit, cased: false) == nil
        guard isInitial || unknownPair || token.form.stemIsGivenName && !token.isAllCaps else { return nil }
        if !isInitial, gazetteerMatch(at: i, limit: limit, cased: false).map({ !$0.1.isWeak && $0.1.kind != .person && $0.0 > i + 1 }) == true {
            return nil
        }
        var end = i + 1
        while end < limit, end - i < 3 {
            let next = tokens[end]
            guard next.isWord, next.isCapitalized, !next.isAllCaps else { break }
            if next.form.stemIsNonName { break }
            if isCommonWord(next) && !isPersonNameWord(next) { break }
            if let (_, entity) = gazetteerMatch(at: end, limit: limit, cased: false), !entity.isWeak, entity.kind != .person,
               !isPersonNameWord(next) { break }
            end += 1
            if next.isPossessive { break }
        }
        return end > i + 1 ? end : nil
    }

    // MARK: - Sports reports

    /// In a sports report, a place that names a team ("Leicestershire beat Somerset") is the team: an
    /// organization, as CoNLL annotates it — except in a dateline or after "in", "at", "from".
    func applySportsConvention(_ candidates: [MentionCandidate], memory: DocumentMemory) -> [MentionCandidate] {
        guard isSports else { return candidates }
        // Results and standings: "Dumbarton 1 Clyde 2", "Celtic 4 3 1 0 9 2 10" — a name (not a person
        // the rules are sure of, not a country) followed by a score.
        var out = candidates
        for (k, candidate) in candidates.enumerated() {
            guard candidate.end < tokens.count, tokens[candidate.end].kind == .number,
                  !(candidate.kind == .person && candidate.evidence >= .documentMemory),
                  candidate.kind != .misc, candidate.entity?.isCountry != true,
                  !memory.isPersonNamePart(tokens[candidate.end - 1]),
                  !(candidate.kind == .location && candidate.evidence == .gazetteer && !(candidate.entity?.isWeak ?? true)
                    && !gazetteer.teamPlaces.contains(memory.key(candidate.start, candidate.end)))
            else { continue }
            if isDateline(candidate) { continue }
            out[k].kind = .organization
            out[k].entity = nil
        }
        return out.map { candidate in
            guard candidate.kind == .location, candidate.evidence >= .documentMemory || candidate.entity != nil else { return candidate }
            let key = memory.key(candidate.start, candidate.end)
            // A one-token name that is a person's surname stays (a longer key, with a space, is never one).
            guard gazetteer.teamPlaces.contains(key),
                  !(candidate.end - candidate.start == 1 && memory.isPersonNamePart(tokens[candidate.start]))
            else { return candidate }
            if candidate.start > 0 {
                let before = tokens[candidate.start - 1].lower
                if ["in", "at", "from", "near", "to", "of", "outside", "into"].contains(before) { return candidate }
            }
            if isDateline(candidate) { return candidate }
            var team = candidate
            team.kind = .organization
            team.entity = nil
            return team
        }
    }

    /// Whether the candidate opens a short block that carries a date ("LONDON 1996-08-30").
    func isDateline(_ candidate: MentionCandidate) -> Bool {
        let offset = tokens[candidate.start].span.start
        // Binary search for the block that holds the candidate.
        var low = 0
        var high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < blocks.count, blocks[low].span.start <= offset else { return false }
        let block = blocks[low]
        guard block.span.start == offset || block.role == .dateline else { return false }
        var count = 0
        var hasYear = false
        for token in tokens[candidate.start...] {
            guard token.span.start < block.span.end else { break }
            count += 1
            // "1996" or an ISO date "1996-08-31" (one token)
            if token.kind == .number, let value = Int(token.text.prefix(4)), value >= 1800, value <= 2100,
               token.characterCount == 4 || token.text.utf8.dropFirst(4).first == 0x2D {
                hasYear = true
            }
            if count > 10 { return false }
        }
        return hasYear
    }
}
