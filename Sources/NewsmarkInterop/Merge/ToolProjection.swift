import NewsmarkModel

/// What an article looks like in an annotation tool: its annotations as ``ToolAnnotation`` values, with only
/// the fields the tool carries. Keys are the Newsmark ids.
public enum ToolProjection {
    /// The annotations of `article` in `layers`, in text order, carrying `fields`.
    public static func project(
        _ article: Article, fields: ToolFields, layers: Set<AnnotationLayer> = Set(AnnotationLayer.allCases)
    ) -> [ToolAnnotation] {
        var result: [ToolAnnotation] = []
        if layers.contains(.entity) {
            for mention in article.mentions {
                var a = ToolAnnotation(key: mention.id, id: mention.id, label: mention.type, span: mention.span)
                a.layer = .entity
                if fields.contains(.entityLink) { a.entityID = mention.entityID }
                result.append(a)
            }
        }
        if layers.contains(.date) {
            for timex in article.temporalExpressions {
                var a = ToolAnnotation(key: timex.id, id: timex.id, label: timex.type.rawValue, span: timex.span)
                if fields.contains(.dateValue) { a.value = timex.value }
                if fields.contains(.dateDetails) {
                    a.mod = timex.mod
                    a.anchorID = timex.anchorID
                    a.quant = timex.quant
                    a.freq = timex.freq
                }
                result.append(a)
            }
        }
        if layers.contains(.quote) {
            for quote in article.quotes {
                var a = ToolAnnotation(key: quote.id, id: quote.id, label: ToolLabels.quote, span: quote.span)
                if fields.contains(.quoteKind) { a.kind = quote.kind }
                if fields.contains(.speaker) { a.speaker = quote.speakerID.map(ToolReference.newsmark) }
                if fields.contains(.cue) { a.cue = quote.cue }
                if fields.contains(.continues) { a.continues = quote.continues.map(ToolReference.newsmark) }
                result.append(a)
            }
        }
        result.sort { ($0.span, $0.layer.rawValue, $0.key) < ($1.span, $1.layer.rawValue, $1.key) }
        return result
    }

    /// The mention closest to `span` (inside it or at the smallest distance; earlier on ties).
    public static func nearest(_ mentions: [ToolAnnotation], to span: TextSpan) -> ToolAnnotation? {
        func distance(_ m: TextSpan) -> Int {
            if m.overlaps(span) { return 0 }
            return m.end <= span.start ? span.start - m.end : m.start - span.end
        }
        return mentions.min { (distance($0.span), $0.span.start) < (distance($1.span), $1.span.start) }
    }

    /// The mentions of `projection` by discourse entity, in text order.
    public static func mentionsByEntity(_ projection: [ToolAnnotation]) -> [String: [ToolAnnotation]] {
        var result: [String: [ToolAnnotation]] = [:]
        for item in projection where item.layer == .entity {
            if let entity = item.entityID { result[entity, default: []].append(item) }
        }
        return result
    }
}
