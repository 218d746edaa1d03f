import NewsmarkModel

/// The JSON form's document, member for member (see docs/FORMAT.md).
struct JSONArticle: Codable {
    var newsmark: String
    var id: String
    var lang: String
    var meta: Meta
    var offsets: String
    var text: String
    var paragraphs: [Paragraph]
    var dateline: Dateline?
    var tagset: [String]
    var annotators: [JSONAnnotator]
    var discourseEntities: [DiscourseEntityMember]
    var entities: [Mention]
    var quotes: [QuoteMember]
    var dates: [DateMember]

    struct Meta: Codable {
        var headline: String?
        var published: String?
        var source: String?
        var url: String?
        var rights: String?
    }

    struct Paragraph: Codable {
        var id: String
        var role: String
        var start: Int
        var end: Int
    }

    struct Dateline: Codable {
        var start: Int
        var end: Int
        var text: String
        var place: Span?
        var source: Span?
    }

    struct Span: Codable {
        var start: Int
        var end: Int
        var text: String
    }

    struct JSONAnnotator: Codable {
        var id: String
        var kind: String
        var name: String
        var version: String?
        var mode: String
    }

    struct DiscourseEntityMember: Codable {
        var id: String
        var type: String
        var name: String
        var kb: String?
        var resp: String?
        var cert: Double?
    }

    struct Mention: Codable {
        var id: String
        var type: String
        var start: Int
        var end: Int
        var text: String
        var entity: String?
        var resp: String?
        var cert: Double?
    }

    struct QuoteMember: Codable {
        var id: String
        var start: Int
        var end: Int
        var text: String
        var kind: String
        var speaker: String?
        var cue: String?
        var continues: String?
        var resp: String?
        var cert: Double?
    }

    struct DateMember: Codable {
        var id: String
        var type: String
        var start: Int
        var end: Int
        var text: String
        var value: String
        var mod: String?
        var anchor: String?
        var quant: String?
        var freq: String?
        var resp: String?
        var cert: Double?
    }

    init(_ article: Article) {
        let text = ScalarText(article.text)
        newsmark = Article.formatVersion
        id = article.id
        lang = article.language
        meta = Meta(headline: article.headline, published: article.metadata.published, source: article.metadata.source,
                    url: article.metadata.url, rights: article.metadata.rights)
        offsets = "unicode-code-points"
        self.text = article.text
        paragraphs = article.blocks.map { Paragraph(id: $0.id, role: $0.role.rawValue, start: $0.span.start, end: $0.span.end) }
        dateline = article.dateline.map { d in
            Dateline(start: d.span.start, end: d.span.end, text: text.string(d.span),
                     place: d.place.map { Span(start: $0.start, end: $0.end, text: text.string($0)) },
                     source: d.source.map { Span(start: $0.start, end: $0.end, text: text.string($0)) })
        }
        tagset = article.tagSet.entityTypes
        annotators = article.annotators.map {
            JSONAnnotator(id: $0.id, kind: $0.kind.rawValue, name: $0.name, version: $0.version, mode: $0.mode.rawValue)
        }
        discourseEntities = article.discourseEntities.map {
            DiscourseEntityMember(id: $0.id, type: $0.type, name: $0.name, kb: $0.knowledgeBaseID,
                                  resp: $0.provenance.annotatorID, cert: $0.provenance.confidence)
        }
        entities = article.mentions.map {
            Mention(id: $0.id, type: $0.type, start: $0.span.start, end: $0.span.end, text: text.string($0.span),
                    entity: $0.entityID, resp: $0.provenance.annotatorID, cert: $0.provenance.confidence)
        }
        quotes = article.quotes.map {
            QuoteMember(id: $0.id, start: $0.span.start, end: $0.span.end, text: text.string($0.span), kind: $0.kind.rawValue,
                        speaker: $0.speakerID, cue: $0.cue, continues: $0.continues, resp: $0.provenance.annotatorID,
                        cert: $0.provenance.confidence)
        }
        dates = article.temporalExpressions.map {
            DateMember(id: $0.id, type: $0.type.rawValue, start: $0.span.start, end: $0.span.end, text: text.string($0.span),
                       value: $0.value, mod: $0.mod, anchor: $0.anchorID, quant: $0.quant, freq: $0.freq,
                       resp: $0.provenance.annotatorID, cert: $0.provenance.confidence)
        }
    }
}
