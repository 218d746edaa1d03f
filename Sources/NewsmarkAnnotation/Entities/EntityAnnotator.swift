import NewsmarkModel

/// Finds named-entity mentions (person, organization, location, misc, as in CoNLL-2003) and links the
/// mentions of one entity to one discourse entity.
///
/// Mentions come from the gazetteers shipped with Newsmark (see ``Gazetteer``) and from rules over
/// capitalization and context (see ``MentionFinder``); ``CoreferenceResolver`` groups them. Each mention
/// and discourse entity records this annotator and a confidence; discourse entities carry a canonical
/// name and, where the gazetteer knows one, a knowledge-base id (`wikidata:Q…`, `geonames:…`).
public struct EntityAnnotator: ArticleAnnotator {
    public let annotator = Annotator(
        id: "newsmark-entities", kind: .tool, name: "newsmark-entities", version: AnnotationPipeline.toolVersion, mode: .automatic)

    /// The knowledge the annotator uses.
    public let gazetteer: Gazetteer

    public init() { gazetteer = .shared }

    /// An annotator over a gazetteer of one's own (for tests and special domains).
    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    public func annotate(_ article: inout Article, analysis: TextAnalysis) throws {
        // The token forms are shared with later articles through a pooled memo; this article keeps the
        // memo until it has read the last form.
        try EntityTokenForms.withPooledMemo(gazetteer: gazetteer) { memo in
            let forms = EntityTokenForms(analysis: analysis, memo: &memo)
            try annotate(&article, analysis: analysis, finder: MentionFinder(gazetteer: gazetteer, analysis: analysis,
                                                                              blocks: article.blocks, forms: forms))
        }
    }

    private func annotate(_ article: inout Article, analysis: TextAnalysis, finder: MentionFinder) throws {
        let candidates = removeOverlaps(finder.find())
        // Mentions already in the article (made by hand, say) are kept; new ones must not overlap them.
        let taken = article.mentions.map(\.span)
        var kept: [(MentionCandidate, TextSpan)] = []
        kept.reserveCapacity(candidates.count)
        for candidate in candidates {
            let span = self.span(of: candidate, tokens: finder.tokens)
            guard !span.isEmpty, !taken.contains(where: { $0.overlaps(span) }) else { continue }
            kept.append((candidate, span))
        }
        // The first kept candidate at each start token, found once (a search per mention was quadratic).
        var firstKeptAt = [Int32](repeating: -1, count: finder.tokens.count)
        for (index, (candidate, _)) in kept.enumerated() where firstKeptAt[candidate.start] < 0 {
            firstKeptAt[candidate.start] = Int32(index)
        }
        // The mentions' words as stem numbers, one list for all of them.
        var words = CoreferenceResolver.Words(ids: [], stems: finder.stems, the: finder.theStemID)
        words.ids.reserveCapacity(kept.count * 2)
        var resolverInput: [CoreferenceResolver.Mention] = []
        resolverInput.reserveCapacity(kept.count)
        for (candidate, _) in kept {
            let first = words.ids.count
            for index in candidate.start..<candidate.end where !finder.tokens[index].form.isPeriod {
                words.ids.append(finder.tokens[index].form.stemID)
            }
            resolverInput.append(CoreferenceResolver.Mention(
                kind: candidate.kind, words: first..<words.ids.count, entity: candidate.entity,
                expansion: candidate.expansion.flatMap { start in
                    let index = firstKeptAt[start]
                    return index >= 0 ? Int(index) : nil
                },
                confidence: candidate.confidence))
        }
        let resolver = CoreferenceResolver(mentions: resolverInput, words: words, gazetteer: gazetteer)
        // Ids as IDAllocator gives them (the next number whose id the article does not use yet).
        var (entityNumbers, mentionNumbers) = EntityIDNumbering.entitiesAndMentions(in: article)
        let provenance = { (confidence: Double) in
            Provenance(annotatorID: annotator.id, confidence: (confidence * 100).rounded() / 100)
        }
        var entityIDs: [String] = []
        entityIDs.reserveCapacity(resolver.clusters.count)
        article.discourseEntities.reserveCapacity(article.discourseEntities.count + resolver.clusters.count)
        article.mentions.reserveCapacity(article.mentions.count + kept.count)
        for cluster in resolver.clusters {
            let id = entityNumbers.next()
            entityIDs.append(id)
            let name = cluster.nameEntity >= 0 ? gazetteer.store.canonicalName(Int(cluster.nameEntity))
                : EntityAnnotator.string(analysis.text, kept[cluster.nameMention].1)
            let knowledgeBaseID = cluster.knowledgeBaseEntity >= 0
                ? gazetteer.store.knowledgeBaseID(Int(cluster.knowledgeBaseEntity)) : nil
            article.discourseEntities.append(DiscourseEntity(
                id: id, type: cluster.kind.rawValue, name: name, knowledgeBaseID: knowledgeBaseID,
                provenance: provenance(cluster.confidence)))
        }
        for (index, (candidate, span)) in kept.enumerated() {
            let cluster = resolver.assignment[index]
            article.mentions.append(EntityMention(
                id: mentionNumbers.next(), type: candidate.kind.rawValue, span: span,
                entityID: cluster >= 0 ? entityIDs[cluster] : nil, provenance: provenance(candidate.confidence)))
        }
    }

    /// The text of `span`, built from UTF-8 bytes when it is ASCII (the common case, and much faster
    /// than appending scalars one by one).
    static func string(_ text: ScalarText, _ span: TextSpan) -> String {
        text.fastString(span)
    }

    /// The text span of a candidate: its tokens, without a final possessive ending.
    /// An organization ending in an abbreviated company word keeps its period ("NationsBank Corp.").
    func span(of candidate: MentionCandidate, tokens: [EntityToken]) -> TextSpan {
        let last = tokens[candidate.end - 1]
        var end = candidate.isCompound ? last.span.end : last.stemEnd
        if candidate.kind == .organization, end == last.span.end, candidate.end < tokens.count,
           last.form.isAbbreviatedCompanyWord {
            // Not a sentence's final period: "Lear Corp." ending a sentence leaves the period to the sentence.
            let next = tokens[candidate.end]
            let after = candidate.end + 1 < tokens.count ? tokens[candidate.end + 1] : nil
            if next.text == ".", next.span.start == last.span.end, let after,
               after.isWord && !after.isCapitalized && !after.isAllCaps || [",", ";", ")"].contains(after.text) {
                end = next.span.end
            }
        }
        return TextSpan(start: tokens[candidate.start].span.start, end: end)
    }

    /// Company words written abbreviated with a period, which belongs to the name.
    static let abbreviatedCompanyWords: Set<String> = ["inc", "corp", "co", "ltd", "bros", "cos", "mfg", "intl"]

    /// Keeps the better of overlapping candidates (stronger evidence, then longer), in text order.
    func removeOverlaps(_ candidates: [MentionCandidate]) -> [MentionCandidate] {
        var out: [MentionCandidate] = []
        out.reserveCapacity(candidates.count)
        // Sorted by start, keeping the order of equal starts (the finder hands them over sorted already).
        var isSorted = true
        for k in candidates.indices.dropFirst() where candidates[k - 1].start > candidates[k].start {
            isSorted = false
            break
        }
        for candidate in isSorted ? candidates : candidates.sorted(by: { $0.start < $1.start }) {
            if let last = out.last, last.end > candidate.start {
                let better = (candidate.evidence, candidate.end - candidate.start) > (last.evidence, last.end - last.start)
                if better && candidate.expansion == nil { out[out.count - 1] = candidate }
                continue
            }
            out.append(candidate)
        }
        return out
    }
}
