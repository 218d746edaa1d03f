import NewsmarkModel

/// Finds quotations, classifies them as direct, partial or scare quotes, and attributes them to speakers.
///
/// The stages (see docs/QUOTES.md):
/// 1. ``QuoteSpanScanner`` pairs quotation marks per paragraph (apostrophes, inch marks, nesting,
///    multi-paragraph quotes, unbalanced marks).
/// 2. ``AttributionFinder`` reads the quote's sentence for a speech cue and the phrase naming its speaker.
/// 3. Quotes without a cue of their own take the attribution of a quote in the same sentence, of the
///    other parts of the same multi-paragraph quote, or — when they read as a full utterance — of the
///    previous attributed quote of the paragraph (or of the paragraph before, when the quote opens its
///    paragraph).
/// 4. ``QuoteKindRule`` decides direct, partial or scare; ``SpeakerResolver`` links speakers to entities.
public struct QuoteAnnotator: ArticleAnnotator {
    public let annotator = Annotator(
        id: "newsmark-quotes", kind: .tool, name: "newsmark-quotes", version: AnnotationPipeline.toolVersion, mode: .automatic)

    public init() {}

    public func annotate(_ article: inout Article, analysis: TextAnalysis) throws {
        let blocks = article.blocks.isEmpty
            ? [TextSpan(start: 0, end: analysis.text.count)] : article.blocks.map(\.span)
        let candidates = QuoteSpanScanner(text: analysis.text).scan(blocks: blocks)
        guard !candidates.isEmpty else { return }

        let reader = QuoteTokenReader(analysis: analysis, quotes: candidates)
        let commonWords = CommonWordIndex(reader: reader)
        let phrases = SpeakerPhraseReader(
            reader: reader, isCommonWord: { commonWords.contains($0) }, isCapitalizedInside: { commonWords.isCapitalizedInside($0) })
        let finder = AttributionFinder(reader: reader, phrases: phrases)
        let contexts = QuoteContextBuilder(reader: reader, candidates: candidates, blocks: blocks)
        let rule = QuoteKindRule(reader: reader, blocks: blocks)
        let headlines = headlineBlocks(of: article, analysis: analysis)

        // 1. Each quote's own attribution.
        var own: [Attribution?] = []
        own.reserveCapacity(candidates.count)
        for index in candidates.indices {
            let context = contexts.context(of: index)
            // "RAMOS: Senator, …": a transcript line names its speaker before the colon.
            let candidate = candidates[index]
            if let label = finder.transcriptLabel(contentStart: candidate.contentStart, contentEnd: candidate.contentEnd) {
                own.append(label)
                continue
            }
            // "After Lind said that …, “…,” Berg said: “…”": the clause ending in a colon introduces the next
            // quote; an attribution of its own before the quote comes first.
            if context.afterIntroducesNext,
                let found = finder.find(before: context.before, after: context.after.lowerBound..<context.after.lowerBound,
                                        sentenceStart: context.sentenceStart),
                found.speaker != nil, !found.isFallback {
                own.append(found)
                continue
            }
            own.append(finder.find(before: context.before, after: context.after, sentenceStart: context.sentenceStart))
        }

        var allocator = IDAllocator(article: article)
        var ids: [String] = []
        ids.reserveCapacity(candidates.count)
        for _ in candidates { ids.append(allocator.next("q")) }
        // The resolver takes the article's mentions and entities over (they are written back at the end), so that
        // adding to them copies nothing.
        let mentions = article.mentions
        let entities = article.discourseEntities
        article.mentions = []
        article.discourseEntities = []
        let resolver = SpeakerResolver(
            mentions: mentions, entities: entities, reader: reader, provenance: Provenance(annotatorID: annotator.id),
            allocator: allocator)

        // A subject guessed from the main clause must not be a place or thing ("Zürich and Łódź sign …"); a
        // saying or naming cue still makes the quote someone's words, with no speaker read.
        for index in candidates.indices {
            if let found = own[index], found.isFallback, let speaker = found.speaker, resolver.isNonSpeakerName(speaker) {
                if let cue = found.cue, reader.isIn(.strongCues, cue.lowerBound) {
                    own[index] = Attribution(cue: cue, speaker: nil, placement: .sentence, confidence: 0.5)
                } else {
                    own[index] = nil
                }
            }
        }

        // 2. Borrowed attributions.
        var attribution = own
        // Attributions taken from another sentence: their cue does not attribute this quote.
        var inherited = Array(repeating: false, count: candidates.count)
        for index in candidates.indices {
            let context = contexts.context(of: index)
            let previousFound = context.sharesSentenceWithPrevious ? context.previousSibling.flatMap { attribution[$0] } : nil
            if let found = attribution[index] {
                // A cue whose subject was guessed from the main clause defers to the speaker of an earlier
                // quote in the same sentence ("« … », wrote the critic X, calling it “a sketch”"), and so does
                // a quote joined to that one by a conjunction ("calling it “a” and “b”, as he put it").
                let coordinated = found.placement == .sentence && onlyConjunctions(context.before, reader: reader)
                if found.isFallback || found.speaker == nil || coordinated, let previousFound, previousFound.speaker != nil {
                    attribution[index] = Attribution(cue: found.cue, speaker: previousFound.speaker, placement: .sentence,
                                                     confidence: previousFound.confidence * 0.9)
                }
            } else if previousFound != nil, let subject = interveningSubject(context.before, phrases: phrases, reader: reader),
                resolver.isSpeakerLike(subject), !resolver.isNonSpeakerName(subject) {
                // "…in a clip that Judge Mosse called “distasteful,” Sandvik expressed a desire to “…”": a clause with
                // a subject of its own between the two quotes speaks for the second one.
                attribution[index] = Attribution(cue: nil, speaker: subject, placement: .sentence, confidence: 0.6, isFallback: true)
            } else if let previousFound {
                // The same speaker; the cue is this quote's own verb if it has one ("warning that …").
                var found = previousFound
                if let cue = finder.nearestCue(before: context.before) { found.cue = cue }
                attribution[index] = found
            } else if context.sharesSentenceWithNext, let next = context.nextSibling, let found = own[next] {
                attribution[index] = found
            } else if candidates[index].depth == 0, rule.readsAsUtterance(candidates[index]),
                let introduced = contexts.previousSentence(introducing: index) {
                if let found = finder.find(before: introduced, after: introduced.upperBound..<introduced.upperBound) {
                    // "Anna Keller said the agreement was overdue. “We have waited long enough …”"
                    attribution[index] = Attribution(cue: found.cue, speaker: found.speaker, placement: .sentence,
                                                     confidence: found.confidence * 0.8)
                } else if introduced.contains(where: { reader.isLowercaseWord($0) && Self.messageNounHashes.contains(reader.lowerHash($0)) }),
                    let subject = phrases.mainSubject(sentenceStart: introduced.lowerBound, limit: introduced.upperBound),
                    resolver.isSpeakerLike(subject), !resolver.isNonSpeakerName(subject) {
                    // "Lind began the day with a short statement. “We are grieving …”": the sentence before names
                    // the message and its sender.
                    switch subject {
                    case .name, .pronoun("he", _), .pronoun("she", _):
                        attribution[index] = Attribution(cue: nil, speaker: subject, placement: .sentence, confidence: 0.5)
                    default:
                        break
                    }
                }
            }
        }
        // Multi-paragraph quotes: every part takes the first attribution found in the chain.
        var continuedBy = Array(repeating: Int?.none, count: candidates.count)
        for index in candidates.indices { if let previous = candidates[index].continues { continuedBy[previous] = index } }
        for index in candidates.indices where candidates[index].continues == nil && continuedBy[index] != nil {
            var chain = [index]
            var current = index
            while let next = continuedBy[current] {
                chain.append(next)
                current = next
            }
            guard let found = chain.lazy.compactMap({ attribution[$0] }).first else { continue }
            for part in chain where attribution[part] == nil {
                attribution[part] = found
                inherited[part] = true
            }
        }
        // Full utterances in a paragraph (or opening a paragraph) that continues one speaker.
        var lastAttributedInBlock: [Int: Int] = [:]
        for index in candidates.indices where candidates[index].depth == 0 {
            let quote = candidates[index]
            if attribution[index] == nil, rule.readsAsUtterance(quote) {
                if contexts.endsBlock(index), let signature = contexts.signature(inBlock: quote.blockIndex + 1),
                    let speaker = phrases.phraseStarting(at: signature.lowerBound, upperBound: signature.upperBound),
                    case .name = speaker {
                    // A quote signed on the next line: "“…”" then "- Bernie Sanders."
                    attribution[index] = Attribution(cue: nil, speaker: speaker, placement: .after, confidence: 0.8)
                } else if let previous = lastAttributedInBlock[quote.blockIndex] {
                    attribution[index] = attribution[previous]
                    inherited[index] = true
                } else if contexts.opensBlock(index), let carried = carriedAttribution(into: quote.blockIndex,
                    contexts: contexts, lastAttributedInBlock: lastAttributedInBlock, attribution: attribution, finder: finder,
                    phrases: phrases, resolver: resolver) {
                    attribution[index] = carried
                    inherited[index] = true
                }
            }
            if attribution[index] != nil, rule.readsAsUtterance(quote) || own[index] != nil {
                lastAttributedInBlock[quote.blockIndex] = index
            }
        }

        // Fragments with no cue in a sentence whose subject is a person or organization are its words
        // ("The governor described her rival as “a steady, careful manager”" has a cue; "The mayor has
        // pushed his promise of “free buses”" has only the subject).
        for index in candidates.indices where attribution[index]?.speaker == nil && candidates[index].depth == 0 {
            let quote = candidates[index]
            let hasCue = attribution[index]?.cue != nil
            let context = contexts.context(of: index)
            // "Trump leaned in and boomed: “…”": a colon after a verb introduces the subject's words.
            // "Lind issued a statement, “…”": a comma after a noun for a message introduces it just as well.
            let last = context.before.upperBound - 1
            // (The word before the colon may be a name: "Mona Berg, R-Ohio, sent a pointed warning to Reyes: “…”".)
            let colonIntroduced = context.before.count >= 2
                && (reader.isLowercaseWord(last - 1)
                    || reader.isPunctuation(last, ":") && context.before.count >= 4 && reader.isLowercaseWord(last - 2))
                && (reader.isPunctuation(last, ":")
                    || reader.isComma(last) && reader.isIn(.messageNouns, last - 1))
            guard hasCue || colonIntroduced || !rule.readsAsUtterance(quote), !rule.looksLikeTitle(quote) else { continue }
            // "Reyes was asked, “…”": the subject of a passive cue is spoken to, not speaking.
            if let cue = attribution[index]?.cue, phrases.isPassive(verbAt: cue.lowerBound, lowerBound: context.sentenceStart) { continue }
            guard let subject = phrases.mainSubject(sentenceStart: context.sentenceStart, limit: context.before.upperBound)
            else { continue }
            // With a cue in the sentence, any name that is not a place will do; without one, the subject must
            // plainly be a person or organization.
            var isName = false
            if case .name = subject { isName = true }
            guard resolver.isSpeakerLike(subject) || (hasCue && isName && !resolver.isNonSpeakerName(subject)) else { continue }
            attribution[index] = Attribution(cue: attribution[index]?.cue, speaker: subject, placement: .sentence, confidence: 0.55)
        }

        // A clause-long fragment with no attribution right after someone's quote goes on with that speaker
        // ("“…,” Lind said. But that is not the same as “being charged under the law.”").
        for index in candidates.indices where attribution[index] == nil && candidates[index].depth == 0
            && rule.readsAsQuotedClause(candidates[index]) {
            // "… ,” Lind said." closing the paragraph before one that opens with "“… and they go on”": she goes on.
            if contexts.opensBlock(index), candidates[index].blockIndex > 0,
                let previous = lastAttributedInBlock[candidates[index].blockIndex - 1], contexts.endsBlock(previous),
                let found = attribution[previous], found.speaker != nil {
                attribution[index] = Attribution(cue: nil, speaker: found.speaker, placement: .sentence, confidence: found.confidence * 0.6)
                inherited[index] = true
                continue
            }
            guard let previous = contexts.context(of: index).previousSibling, let found = attribution[previous],
                found.speaker != nil, let here = reader.analysis.sentenceIndex(containing: candidates[index].start),
                let there = reader.analysis.sentenceIndex(containing: candidates[previous].start), here - there <= 1 else { continue }
            attribution[index] = Attribution(cue: nil, speaker: found.speaker, placement: .sentence, confidence: found.confidence * 0.6)
            inherited[index] = true
        }

        // 3. Kinds, speakers and the annotations.
        var kinds: [QuoteKind] = []
        var quotes: [Quote] = []
        for (index, candidate) in candidates.enumerated() {
            let found = attribution[index]
            var kind: QuoteKind
            let adjacent = found.map { $0.cue != nil && $0.placement != .sentence } ?? false
            if let previous = candidate.continues, kinds[previous] != .scare {
                kind = kinds[previous]
            } else if found != nil, !adjacent, headlines.contains(candidate.blockIndex) || rule.isTitleLike(candidate) {
                // Titles of works and shows, and headline shorthand, are not quotations unless a speech
                // verb right next to them says so.
                kind = .scare
            } else if found == nil {
                // An unattributed quote in a headline is headline shorthand.
                let utterance = rule.readsAsUtterance(candidate) && candidate.depth == 0
                let inHeadline = headlines.contains(candidate.blockIndex)
                if utterance && !inHeadline {
                    kind = .direct
                } else if candidate.depth == 0, !inHeadline, rule.readsAsQuotedClause(candidate) {
                    // "her remark that “there is no going back for any of us”": a clause-long fragment in lower
                    // case is someone's words woven into the sentence, not a word held at a distance.
                    kind = .partial
                } else {
                    kind = .scare
                }
            } else {
                kind = rule.kind(of: candidate)
            }
            kinds.append(kind)
            var speakerID: String?
            var cue: String?
            var confidence = kind == .scare ? 0.7 : 0.5
            if kind != .scare, let found {
                cue = inherited[index] ? nil : found.cue.map { reader.text(of: $0) }
                confidence = found.confidence * (inherited[index] ? 0.75 : 1)
                if let speaker = found.speaker, let resolved = resolver.resolve(speaker) {
                    speakerID = resolved.entityID
                    confidence *= resolved.confidence
                } else {
                    confidence *= 0.7
                }
            }
            if !candidate.isClosed && !candidate.isContinued && candidate.continues == nil { confidence *= 0.6 }
            let rounded = (confidence * 100).rounded() / 100
            quotes.append(Quote(
                id: ids[index], span: candidate.span, kind: kind, speakerID: speakerID, cue: cue,
                continues: candidate.continues.map { ids[$0] },
                provenance: Provenance(annotatorID: annotator.id, confidence: rounded)))
        }
        article.quotes.append(contentsOf: quotes)
        article.mentions = Self.removingMentions(crossing: quotes, from: resolver.mentions)
        article.discourseEntities = resolver.entities
    }

    /// ``SpeechLexicon/messageNouns`` as token hashes, so that sentences are searched without building strings.
    private static let messageNounHashes = Set(SpeechLexicon.messageNouns.map { QuoteTokenReader.hash(ofLowercased: $0) })

    /// Mentions that cross a quote boundary (a name that takes in a quotation mark) cannot be written
    /// inline with the quote and are always wrong; they are dropped.
    static func removingMentions(crossing quotes: [Quote], from mentions: [EntityMention]) -> [EntityMention] {
        // Every quote boundary, sorted, with its quote.
        var boundaries: [(offset: Int, quote: Int)] = []
        boundaries.reserveCapacity(quotes.count * 2)
        for (index, quote) in quotes.enumerated() {
            boundaries.append((quote.span.start, index))
            boundaries.append((quote.span.end, index))
        }
        boundaries.sort { $0.offset < $1.offset }
        func crosses(_ span: TextSpan) -> Bool {
            var low = 0
            var high = boundaries.count
            while low < high {
                let mid = (low + high) / 2
                if boundaries[mid].offset <= span.start { low = mid + 1 } else { high = mid }
            }
            var i = low
            while i < boundaries.count, boundaries[i].offset < span.end {
                if !span.contains(quotes[boundaries[i].quote].span) { return true }
                i += 1
            }
            return false
        }
        // Mostly none crosses: the array is then returned as it is, without copying it (only spans are read).
        guard let first = mentions.indices.first(where: { crosses(mentions[$0].span) }) else { return mentions }
        var kept = Array(mentions[..<first])
        for index in (first + 1)..<mentions.count where !crosses(mentions[index].span) { kept.append(mentions[index]) }
        return kept
    }

    /// Whether the tokens between two quotes only join them ("and", "or", a comma).
    /// For the words between an earlier quote and this one in the same sentence, the subject of a clause that
    /// opens them (`…,” Sandvik expressed a desire to “…`): a name at their start (after a comma or a
    /// conjunction) right before a verb in -ed. `nil` otherwise; a pronoun there ("… and he is a “bully”") is
    /// more often still inside the clause the earlier quote's speaker reports.
    private func interveningSubject(_ range: Range<Int>, phrases: SpeakerPhraseReader, reader: QuoteTokenReader) -> SpeakerPhrase? {
        var i = range.lowerBound
        while i < range.upperBound, reader.isComma(i) || reader.isDash(i) || ["and", "but"].contains(reader.lower(i)) { i += 1 }
        guard i < range.upperBound else { return nil }
        var end = i
        while end < range.upperBound, end - i < 6, reader.isCapitalized(end) || (end > i && reader.isAbbreviationPeriod(end)) {
            end += 1
        }
        guard end > i, end + 1 < range.upperBound, reader.isLowercaseWord(end) else { return nil }
        let verb = reader.lower(end)
        guard verb.hasSuffix("ed"), verb.count > 4 else { return nil }
        guard case .name(let name, let isOrganization)? = phrases.phraseEnding(at: end - 1, lowerBound: i) else { return nil }
        return .name(name, isOrganization: isOrganization)
    }

    private func onlyConjunctions(_ range: Range<Int>, reader: QuoteTokenReader) -> Bool {
        guard !range.isEmpty, range.count <= 3 else { return false }
        return range.allSatisfy { i in
            reader.isComma(i) || ["and", "or", "but", "nor"].contains(reader.lower(i))
        }
    }

    /// The blocks that are headlines or sub-headlines. When no block has a role (raw text), a short
    /// one-sentence first block followed by more text is taken for the headline.
    private func headlineBlocks(of article: Article, analysis: TextAnalysis) -> Set<Int> {
        var result = Set<Int>()
        for (index, block) in article.blocks.enumerated() where block.role == .headline || block.role == .subheadline {
            result.insert(index)
        }
        if result.isEmpty, article.blocks.count > 1, article.blocks.allSatisfy({ $0.role == .body }),
            article.blocks[0].span.length <= 200 {
            let sentences = analysis.sentences.prefix { $0.blockIndex == 0 }.count
            if sentences == 1 { result.insert(0) }
        }
        return result
    }

    /// The attribution a quote that opens block `blockIndex` carries over from the paragraph before:
    /// the last attributed utterance there, or a speech verb ending it with a colon (`He added:`).
    private func carriedAttribution(
        into blockIndex: Int, contexts: QuoteContextBuilder, lastAttributedInBlock: [Int: Int], attribution: [Attribution?],
        finder: AttributionFinder, phrases: SpeakerPhraseReader, resolver: SpeakerResolver
    ) -> Attribution? {
        guard blockIndex > 0 else { return nil }
        if let introduction = contexts.colonIntroduction(endingBlock: blockIndex - 1) {
            if let found = finder.find(before: introduction, after: introduction.upperBound..<introduction.upperBound) {
                return found
            }
            // "Anna Keller issued the following statement:": the subject of the introducing sentence speaks.
            if let subject = phrases.mainSubject(sentenceStart: introduction.lowerBound, limit: introduction.upperBound),
                resolver.isSpeakerLike(subject) {
                return Attribution(cue: nil, speaker: subject, placement: .sentence, confidence: 0.6)
            }
        }
        if let previous = lastAttributedInBlock[blockIndex - 1], contexts.endsBlock(previous) { return attribution[previous] }
        // "Anna Keller praised the agreement." closing the paragraph before: she speaks on.
        let lastSentence = contexts.lastSentence(ofBlock: blockIndex - 1)
        if let sentence = lastSentence,
            let found = finder.find(before: sentence, after: sentence.upperBound..<sentence.upperBound),
            found.speaker != nil, !found.isFallback {
            return Attribution(cue: found.cue, speaker: found.speaker, placement: .sentence, confidence: found.confidence * 0.7)
        }
        // "Anna Keller is upbeat about the vote." with no speech verb: the person the paragraph ends on speaks.
        if let sentence = lastSentence, let subject = phrases.mainSubject(sentenceStart: sentence.lowerBound, limit: sentence.upperBound) {
            switch subject {
            case .name where resolver.isSpeakerLike(subject) && !resolver.isNonSpeakerName(subject),
                .pronoun("he", _), .pronoun("she", _):
                return Attribution(cue: nil, speaker: subject, placement: .sentence, confidence: 0.5)
            default:
                break
            }
        }
        // "“…,” Keller said. When they met, the others listened." then a quote: the paragraph's last speaker
        // goes on, since no one else was introduced.
        if let previous = lastAttributedInBlock[blockIndex - 1], let found = attribution[previous], found.speaker != nil {
            return Attribution(cue: nil, speaker: found.speaker, placement: .sentence, confidence: found.confidence * 0.6)
        }
        return nil
    }
}
