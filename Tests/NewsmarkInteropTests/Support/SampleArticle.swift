import NewsmarkModel

/// Finds code-point spans of literal strings in an article text, for building test articles by hand.
struct SpanFinder {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The span of the `occurrence`-th (1-based) occurrence of `needle`.
    func span(_ needle: String, occurrence: Int = 1) -> TextSpan {
        let pattern = Array(needle.unicodeScalars)
        var seen = 0
        var i = 0
        while i + pattern.count <= scalars.count {
            if Array(scalars[i..<(i + pattern.count)]) == pattern {
                seen += 1
                if seen == occurrence { return TextSpan(start: i, end: i + pattern.count) }
            }
            i += 1
        }
        preconditionFailure("'\(needle)' (occurrence \(occurrence)) is not in the text")
    }
}

/// A small annotated article with every feature the tool formats must keep: a character outside the BMP before
/// the annotations, nested entities, a quote over two paragraphs, a scare quote, dates with modifiers and sets.
enum SampleArticle {
    static let tools = [
        Annotator(id: "newsmark-dates", kind: .tool, name: "newsmark-dates", version: "1.0.0", mode: .automatic),
        Annotator(id: "newsmark-entities", kind: .tool, name: "newsmark-entities", version: "1.0.0", mode: .automatic),
        Annotator(id: "newsmark-quotes", kind: .tool, name: "newsmark-quotes", version: "1.0.0", mode: .automatic),
    ]

    static func make() -> Article {
        var article = Article(
            id: "fjord-2024-03-05", metadata: ArticleMetadata(published: "2024-03-05", source: "Fjord Daily", url: "https://example.org/ferry"),
            blocks: [
                (.headline, "Harbor Council 🚢 Approves Ferry Line to Nesodden"),
                (.byline, "By Mira Solberg"),
                (.body, "OSLO, 3 March 2024 -- The harbor council voted on Tuesday to open a ferry line to Nesodden, said council leader Kari Vik."),
                (.body, "\"This is a good day for commuters,\" Vik said. \"We waited ten years."),
                (.body, "The boats will run every hour from next spring.\" The Norwegian Ferry Association called the plan \"overdue\" & <late>."),
            ])
        let find = SpanFinder(article.text)
        let dates = Provenance(annotatorID: "newsmark-dates", confidence: 0.9)
        let entities = Provenance(annotatorID: "newsmark-entities", confidence: 0.8)
        let quotes = Provenance(annotatorID: "newsmark-quotes")
        article.annotators = tools
        article.discourseEntities = [
            DiscourseEntity(id: "e1", type: "person", name: "Kari Vik", provenance: entities),
            DiscourseEntity(id: "e2", type: "organization", name: "Norwegian Ferry Association", knowledgeBaseID: "wikidata:Q0000001"),
            DiscourseEntity(id: "e3", type: "location", name: "Nesodden"),
            DiscourseEntity(id: "e4", type: "organization", name: "Harbor Council"),
        ]
        article.mentions = [
            EntityMention(id: "m1", type: "organization", span: find.span("Harbor Council"), entityID: "e4", provenance: entities),
            EntityMention(id: "m2", type: "location", span: find.span("Nesodden"), entityID: "e3", provenance: entities),
            EntityMention(id: "m3", type: "location", span: find.span("OSLO"), provenance: entities),
            EntityMention(id: "m4", type: "location", span: find.span("Nesodden", occurrence: 2), entityID: "e3", provenance: entities),
            EntityMention(id: "m5", type: "person", span: find.span("Kari Vik"), entityID: "e1", provenance: entities),
            EntityMention(id: "m6", type: "person", span: find.span("Vik", occurrence: 2), entityID: "e1", provenance: entities),
            EntityMention(id: "m7", type: "organization", span: find.span("Norwegian Ferry Association"), entityID: "e2", provenance: entities),
            EntityMention(id: "m8", type: "misc", span: find.span("Norwegian"), provenance: entities),
        ]
        article.temporalExpressions = [
            TemporalExpression(id: "t1", span: find.span("3 March 2024"), type: .date, value: "2024-03-03", provenance: dates),
            TemporalExpression(id: "t2", span: find.span("Tuesday"), type: .date, value: "2024-02-27", anchorID: "t1", provenance: dates),
            TemporalExpression(id: "t3", span: find.span("ten years"), type: .duration, value: "P10Y", mod: "APPROX", provenance: dates),
            TemporalExpression(id: "t4", span: find.span("every hour"), type: .set, value: "PT1H", quant: "EVERY", provenance: dates),
            TemporalExpression(id: "t5", span: find.span("next spring"), type: .date, value: "2025-SP", provenance: dates),
        ]
        article.quotes = [
            Quote(id: "q1", span: find.span("\"This is a good day for commuters,\""), kind: .direct, speakerID: "e1", cue: "said", provenance: quotes),
            Quote(id: "q2", span: find.span("\"We waited ten years."), kind: .direct, speakerID: "e1", provenance: quotes),
            Quote(id: "q3", span: find.span("The boats will run every hour from next spring.\""), kind: .direct, speakerID: "e1", continues: "q2", provenance: quotes),
            Quote(id: "q4", span: find.span("\"overdue\""), kind: .scare, provenance: quotes),
        ]
        article.sortAnnotations()
        return article
    }
}
