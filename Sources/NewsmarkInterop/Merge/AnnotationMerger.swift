import NewsmarkAnnotation
import NewsmarkModel

/// Merges what an annotation tool gives back onto the original article.
///
/// Rules:
/// - The tool's text must equal the original text; otherwise the merge stops with a ``TextConflict``.
/// - An annotation keeps its Newsmark id when the tool kept it, or when it still has the span (and layer) of an
///   exported annotation. Everything else the tool gives back is new and gets a fresh id.
/// - New and changed annotations win and get `manual` provenance from the annotator ``annotatorID``, declared in
///   the header as a person. Exported annotations the tool no longer has are removed.
/// - Annotations that were not exported (other layers, nested entities a format cannot hold) and every field the
///   format does not carry are kept from the original. An unedited round trip gives the original back exactly.
public struct AnnotationMerger: Sendable {
    /// The id (and name) of the person whose work is merged.
    public var annotatorID: String

    public init(annotatorID: String = "annotator") { self.annotatorID = annotatorID }

    /// Merges `edited` onto `original`.
    ///
    /// - Parameters:
    ///   - exported: the annotations as they were exported to the tool (``ToolProjection`` or the format's own
    ///     projection): only these can be changed or removed by the merge.
    ///   - fields: the fields the format carries; the others come from the original.
    public func merge(
        _ edited: ToolDocument, onto original: Article, exported: [ToolAnnotation], fields: ToolFields
    ) throws -> MergeResult {
        let fileLocation = SourceLocation(file: edited.source)
        if let text = edited.text, let conflict = TextConflict.find(original: original.text, edited: text) {
            throw conflict.error(file: edited.source)
        }
        if let existing = original.annotators.first(where: { $0.id == annotatorID }), existing.kind != .person {
            throw NewsmarkError(.usage, "the annotator id '\(annotatorID)' is already declared for a tool; choose another with --annotator")
        } else if !original.annotators.contains(where: { $0.id == annotatorID }), original.allIDs.contains(annotatorID) {
            throw NewsmarkError(.usage, "the annotator id '\(annotatorID)' is already used by an annotation; choose another with --annotator")
        }

        let text = ScalarText(original.text)
        let items = edited.annotations
        var keyToIndex: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let location = item.location ?? fileLocation
            guard item.span.start >= 0, item.span.end <= text.count, !item.span.isEmpty else {
                throw NewsmarkError(.invalidInput, "annotation \(item.key) ('\(item.label)') has the span \(item.span), "
                    + "which is empty or outside the text of \(text.count) code points", location: location)
            }
            if item.layer == .entity, !original.tagSet.allowsEntityType(item.label) {
                throw NewsmarkError(.invalidInput, "annotation \(item.key) has the label '\(item.label)', which is neither a "
                    + "declared entity type (\(original.tagSet.entityTypes.joined(separator: ", "))), a TIMEX3 type nor 'quote'",
                    location: location)
            }
            if keyToIndex.updateValue(index, forKey: item.key) != nil {
                throw NewsmarkError(.invalidInput, "the annotation key \(item.key) is used twice", location: location)
            }
        }

        // 1. Which imported annotation is which exported one.
        var exportedByID: [String: ToolAnnotation] = [:]
        for item in exported { if let id = item.id { exportedByID[id] = item } }
        var finalID = [String?](repeating: nil, count: items.count)
        var claimedBy: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            if let id = item.id, let source = exportedByID[id], source.layer == item.layer, claimedBy[id] == nil {
                claimedBy[id] = index
                finalID[index] = id
            }
        }
        var unclaimedBySpan: [SpanKey: [ToolAnnotation]] = [:]
        for item in exported where claimedBy[item.id ?? ""] == nil {
            unclaimedBySpan[SpanKey(layer: item.layer, span: item.span), default: []].append(item)
        }
        for (index, item) in items.enumerated() where finalID[index] == nil {
            let key = SpanKey(layer: item.layer, span: item.span)
            guard var candidates = unclaimedBySpan[key], !candidates.isEmpty else { continue }
            let pick = candidates.firstIndex { $0.label == item.label } ?? 0
            let id = candidates.remove(at: pick).id ?? ""
            unclaimedBySpan[key] = candidates
            claimedBy[id] = index
            finalID[index] = id
        }
        var allocator = IDAllocator(article: original)
        allocator.reserve(annotatorID)
        var isNew = [Bool](repeating: false, count: items.count)
        for (index, item) in items.enumerated() where finalID[index] == nil {
            finalID[index] = allocator.next(item.layer.idPrefix)
            isNew[index] = true
        }

        let manual = Provenance(annotatorID: annotatorID)
        var report = MergeReport()
        var entityIDs = Set(original.discourseEntities.map(\.id))
        var newEntities: [DiscourseEntity] = []
        let mentionsByID = Dictionary(original.mentions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        // 2. Mention → entity links (carried, or kept from the original).
        var mentionEntity: [Int: String] = [:]
        for (index, item) in items.enumerated() where item.layer == .entity {
            let link = fields.contains(.entityLink) ? item.entityID : (isNew[index] ? nil : mentionsByID[finalID[index] ?? ""]?.entityID)
            if let link {
                guard entityIDs.contains(link) else {
                    throw NewsmarkError(.invalidInput, "mention \(item.key) refers to the entity '\(link)', which the article does not declare",
                                        location: item.location ?? fileLocation)
                }
                mentionEntity[index] = link
            }
        }

        // 3. Quote speakers and continuations.
        var survivingQuoteIDs = Set(original.quotes.filter { exportedByID[$0.id]?.layer != .quote }.map(\.id))
        for (index, item) in items.enumerated() where item.layer == .quote { survivingQuoteIDs.insert(finalID[index] ?? "") }
        var speakerOf: [Int: String] = [:]
        var continuesOf: [Int: String] = [:]
        for (index, item) in items.enumerated() where item.layer == .quote {
            let location = item.location ?? fileLocation
            if fields.contains(.speaker), let reference = item.speaker {
                switch reference {
                case .newsmark(let entity):
                    guard entityIDs.contains(entity) else {
                        throw NewsmarkError(.invalidInput, "the speaker of quote \(item.key) is '\(entity)', which the article does not declare as an entity", location: location)
                    }
                    speakerOf[index] = entity
                case .tool(let key):
                    guard let target = keyToIndex[key], items[target].layer == .entity else {
                        throw NewsmarkError(.invalidInput, "the speaker of quote \(item.key) is \(key), which is not an entity mention", location: location)
                    }
                    if let entity = mentionEntity[target] {
                        speakerOf[index] = entity
                    } else {
                        let entity = allocator.next("e")
                        let name = text.string(items[target].span).trimmingNewsmarkWhitespace()
                        newEntities.append(DiscourseEntity(id: entity, type: items[target].label, name: name, provenance: manual))
                        entityIDs.insert(entity)
                        report.createdEntities.append(entity)
                        mentionEntity[target] = entity
                        speakerOf[index] = entity
                    }
                }
            }
            if fields.contains(.continues), let reference = item.continues {
                let target: String
                switch reference {
                case .newsmark(let id): target = id
                case .tool(let key):
                    guard let j = keyToIndex[key], items[j].layer == .quote, let id = finalID[j] else {
                        throw NewsmarkError(.invalidInput, "quote \(item.key) continues \(key), which is not a quote", location: location)
                    }
                    target = id
                }
                if survivingQuoteIDs.contains(target), target != finalID[index] {
                    continuesOf[index] = target
                } else {
                    report.warnings.append("quote \(finalID[index] ?? item.key) continued '\(target)', which is not a quote any more; the link was dropped")
                }
            }
        }

        // 4. Apply, layer by layer.
        var article = original
        var changed = Set<String>()
        func record(_ id: String) { if changed.insert(id).inserted { report.changed.append(id) } }

        article.mentions = []
        for mention in original.mentions {
            guard exportedByID[mention.id]?.layer == .entity else { article.mentions.append(mention); continue }
            guard let index = claimedBy[mention.id] else { report.removed.append(mention.id); continue }
            var merged = mention
            merged.type = items[index].label
            merged.span = items[index].span
            merged.entityID = mentionEntity[index]
            if merged != mention {
                merged.provenance = manual
                record(mention.id)
            }
            article.mentions.append(merged)
        }

        var autoValues: [SpanKey: TemporalExpression]?
        article.temporalExpressions = []
        for timex in original.temporalExpressions {
            guard exportedByID[timex.id]?.layer == .date else { article.temporalExpressions.append(timex); continue }
            guard let index = claimedBy[timex.id] else { report.removed.append(timex.id); continue }
            let item = items[index]
            var merged = timex
            merged.span = item.span
            merged.type = TimexType(rawValue: item.label) ?? timex.type
            if fields.contains(.dateValue), let value = item.value, !value.isEmpty { merged.value = value }
            if fields.contains(.dateDetails) {
                merged.mod = item.mod
                merged.anchorID = item.anchorID
                merged.quant = item.quant
                merged.freq = item.freq
            }
            if merged != timex {
                merged.provenance = manual
                record(timex.id)
            }
            article.temporalExpressions.append(merged)
        }

        article.quotes = []
        for quote in original.quotes {
            guard exportedByID[quote.id]?.layer == .quote else { article.quotes.append(quote); continue }
            guard let index = claimedBy[quote.id] else { report.removed.append(quote.id); continue }
            let item = items[index]
            var merged = quote
            merged.span = item.span
            if fields.contains(.quoteKind), let kind = item.kind { merged.kind = kind }
            if fields.contains(.speaker) { merged.speakerID = speakerOf[index] }
            if fields.contains(.cue) { merged.cue = item.cue }
            if fields.contains(.continues) { merged.continues = continuesOf[index] }
            if merged != quote {
                merged.provenance = manual
                record(quote.id)
            }
            article.quotes.append(merged)
        }

        // New annotations.
        for (index, item) in items.enumerated() where isNew[index] {
            let id = finalID[index] ?? ""
            report.added.append(id)
            switch item.layer {
            case .entity:
                article.mentions.append(EntityMention(id: id, type: item.label, span: item.span, entityID: mentionEntity[index], provenance: manual))
            case .date:
                let type = TimexType(rawValue: item.label) ?? .date
                var value = item.value.flatMap { $0.isEmpty ? nil : $0 }
                if value == nil {
                    if autoValues == nil { autoValues = Self.automaticDates(for: original) }
                    if let found = autoValues?[SpanKey(layer: .date, span: item.span)], found.type == type {
                        value = found.value
                        report.warnings.append("date \(id) ('\(text.string(item.span))') had no value; the date annotator gave \(found.value)")
                    }
                }
                let finalValue = value ?? Self.placeholderValue(for: type)
                if value == nil {
                    report.warnings.append("date \(id) ('\(text.string(item.span))') has no value; it was given the placeholder \(finalValue)")
                }
                article.temporalExpressions.append(TemporalExpression(
                    id: id, span: item.span, type: type, value: finalValue,
                    mod: fields.contains(.dateDetails) ? item.mod : nil, anchorID: fields.contains(.dateDetails) ? item.anchorID : nil,
                    quant: fields.contains(.dateDetails) ? item.quant : nil, freq: fields.contains(.dateDetails) ? item.freq : nil,
                    provenance: manual))
            case .quote:
                article.quotes.append(Quote(
                    id: id, span: item.span, kind: item.kind ?? .direct, speakerID: speakerOf[index],
                    cue: fields.contains(.cue) ? item.cue : nil, continues: continuesOf[index], provenance: manual))
            }
        }

        // 5. Links to removed annotations.
        let addedIDs = Set(report.added)
        let quoteIDs = Set(article.quotes.map(\.id))
        for i in article.quotes.indices {
            if let target = article.quotes[i].continues, !quoteIDs.contains(target) {
                report.warnings.append("quote \(article.quotes[i].id) continued the removed quote \(target); the link was dropped")
                article.quotes[i].continues = nil
                article.quotes[i].provenance = manual
                if !addedIDs.contains(article.quotes[i].id) { record(article.quotes[i].id) }
            }
        }
        let timexIDs = Set(article.temporalExpressions.map(\.id))
        for i in article.temporalExpressions.indices {
            if let anchor = article.temporalExpressions[i].anchorID, !timexIDs.contains(anchor) {
                report.warnings.append("date \(article.temporalExpressions[i].id) was anchored to the removed date \(anchor); it is now anchored to the publication date")
                article.temporalExpressions[i].anchorID = nil
                article.temporalExpressions[i].provenance = manual
                if !addedIDs.contains(article.temporalExpressions[i].id) { record(article.temporalExpressions[i].id) }
            }
        }

        if report.isEmpty { return MergeResult(article: original, report: report) }
        article.discourseEntities.append(contentsOf: newEntities)
        article.declare(Annotator(id: annotatorID, kind: .person, name: annotatorID, mode: .manual))
        article.sortAnnotations()
        return MergeResult(article: article, report: report)
    }

    /// The TIMEX3 value given to a new expression whose value nobody supplied: fully unknown, of the right type.
    public static func placeholderValue(for type: TimexType) -> String {
        switch type {
        case .date: "XXXX-XX-XX"
        case .time: "XXXX-XX-XXTXX:XX"
        case .duration, .set: "PXD"
        }
    }

    /// The expressions Newsmark's date annotator finds in the original text, by span.
    private static func automaticDates(for original: Article) -> [SpanKey: TemporalExpression] {
        var copy = original
        copy.temporalExpressions = []
        let annotator = DateAnnotator()
        guard (try? annotator.annotate(&copy, analysis: TextAnalysis(article: copy))) != nil else { return [:] }
        var result: [SpanKey: TemporalExpression] = [:]
        for timex in copy.temporalExpressions { result[SpanKey(layer: .date, span: timex.span)] = timex }
        return result
    }
}

/// A layer and a span, for matching annotations without ids.
struct SpanKey: Hashable {
    var layer: AnnotationLayer
    var span: TextSpan
}
