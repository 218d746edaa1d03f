import Foundation
import NewsmarkAnnotation
import NewsmarkModel

/// Writes articles in the JSON form of spaCy's `Doc.to_json()`, which `Doc.from_json()` reads back:
/// `text`, `tokens` (`id`, `start`, `end`), `sents` (`start`, `end`) and `ents` (`start`, `end`, `label`).
///
/// - Offsets count code points (spaCy works on Python `str`).
/// - Tokens are Newsmark's tokenizer's. As in spaCy, a token owns at most one following space; any other white
///   space (the blank line between paragraphs) is a token of its own, so the text rebuilds exactly.
/// - `ents` cannot overlap and must cover whole tokens: nested mentions are left out and spans are widened to tokens.
///   Entity labels follow spaCy's English models (`PERSON`, `ORG`, `LOC`, `MISC`); dates are `DATE` (and times
///   `TIME`) where they do not overlap an entity.
/// - Quotes, date values and the article id have no place in `Doc.to_json()`; several articles are a JSON array in
///   input order.
public struct SpaCyExporter: Sendable {
    public init() {}

    static let labels = ["person": "PERSON", "organization": "ORG", "location": "LOC", "misc": "MISC"]

    /// The JSON for one article.
    public func document(for article: Article) -> JSONValue {
        let analysis = TextAnalysis(article: article)
        let text = analysis.text
        // Tokens, with white-space tokens for white space a trailing single space does not cover.
        var tokens: [TextSpan] = []
        var position = 0
        for token in analysis.tokens {
            var gapStart = position
            if let last = tokens.last, last.end == position, gapStart < token.span.start, text[gapStart] == " " { gapStart += 1 }
            if gapStart < token.span.start { tokens.append(TextSpan(start: gapStart, end: token.span.start)) }
            tokens.append(token.span)
            position = token.span.end
        }
        var tail = position
        if tokens.last?.end == position, tail < text.count, text[tail] == " " { tail += 1 }
        if tail < text.count { tokens.append(TextSpan(start: tail, end: text.count)) }

        var ents: [(TextSpan, String)] = []
        for entity in TokenAlignedEntities.entities(article.mentions, analysis: analysis) {
            ents.append((entity.tokenSpan, Self.labels[entity.label] ?? entity.label.uppercased()))
        }
        let asMentions = article.temporalExpressions.map {
            EntityMention(id: $0.id, type: $0.type == .time ? "TIME" : "DATE", span: $0.span)
        }
        for date in TokenAlignedEntities.entities(asMentions, analysis: analysis)
            where !ents.contains(where: { $0.0.overlaps(date.tokenSpan) }) {
            ents.append((date.tokenSpan, date.label))
        }
        ents.sort { $0.0 < $1.0 }

        func number(_ n: Int) -> JSONValue { .number(Double(n)) }
        let sents = analysis.sentences.map { JSONValue.object(["start": number($0.span.start), "end": number($0.span.end)]) }
        return .object([
            "text": .string(article.text),
            "tokens": .array(tokens.enumerated().map { JSONValue.object(["id": number($0.offset), "start": number($0.element.start), "end": number($0.element.end)]) }),
            "sents": .array(sents),
            "ents": .array(ents.map { JSONValue.object(["start": number($0.0.start), "end": number($0.0.end), "label": .string($0.1)]) }),
        ])
    }

    /// One JSON object for one article, or a JSON array for several.
    public func export(_ articles: [Article], pretty: Bool = false) throws -> Data {
        let value = articles.count == 1 ? document(for: articles[0]) : .array(articles.map(document))
        var data = try value.encoded(pretty: pretty)
        data.append(0x0A)
        return data
    }
}
