import NewsmarkModel

/// The JSON form's document, member for member (see docs/FORMAT.md, "JSON form").
///
/// Writing: optional members that have no value are left out (never `null`); arrays are always written,
/// empty or not; keys are written in sorted order (`JSONArticleWriter`, byte for byte what `JSONEncoder` with
/// `.sortedKeys` gives). Reading: every member name is checked (an unknown member
/// is an error, so a misspelt `speakr` is not silently dropped), and `null` is read as "absent".
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

    /// The only value of `offsets`: spans count Unicode code points, end exclusive.
    static let offsetUnit = "unicode-code-points"

    enum CodingKeys: String, CodingKey, CaseIterable {
        case newsmark, id, lang, meta, offsets, text, paragraphs, dateline, tagset, annotators, discourseEntities,
             entities, quotes, dates
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        newsmark = try c.decode(String.self, forKey: .newsmark)
        id = try c.decode(String.self, forKey: .id)
        lang = try c.decode(String.self, forKey: .lang)
        meta = try c.decodeIfPresent(Meta.self, forKey: .meta) ?? Meta()
        offsets = try c.decode(String.self, forKey: .offsets)
        text = try c.decode(String.self, forKey: .text)
        paragraphs = try c.decode([Paragraph].self, forKey: .paragraphs)
        dateline = try c.decodeIfPresent(Dateline.self, forKey: .dateline)
        tagset = try c.decodeIfPresent([String].self, forKey: .tagset) ?? TagSet.standard.entityTypes
        annotators = try c.decodeIfPresent([JSONAnnotator].self, forKey: .annotators) ?? []
        discourseEntities = try c.decodeIfPresent([DiscourseEntityMember].self, forKey: .discourseEntities) ?? []
        entities = try c.decodeIfPresent([Mention].self, forKey: .entities) ?? []
        quotes = try c.decodeIfPresent([QuoteMember].self, forKey: .quotes) ?? []
        dates = try c.decodeIfPresent([DateMember].self, forKey: .dates) ?? []
    }

    struct Meta: Codable {
        var headline: String?
        var published: String?
        var source: String?
        var url: String?
        var rights: String?

        enum CodingKeys: String, CodingKey, CaseIterable { case headline, published, source, url, rights }
    }

    struct Paragraph: Codable {
        var id: String
        var role: String
        var start: Int
        var end: Int

        enum CodingKeys: String, CodingKey, CaseIterable { case id, role, start, end }
    }

    struct Dateline: Codable {
        var start: Int
        var end: Int
        var text: String
        var place: Span?
        var source: Span?

        enum CodingKeys: String, CodingKey, CaseIterable { case start, end, text, place, source }
    }

    struct Span: Codable {
        var start: Int
        var end: Int
        var text: String

        enum CodingKeys: String, CodingKey, CaseIterable { case start, end, text }
    }

    struct JSONAnnotator: Codable {
        var id: String
        var kind: String
        var name: String
        var version: String?
        var mode: String

        enum CodingKeys: String, CodingKey, CaseIterable { case id, kind, name, version, mode }
    }

    struct DiscourseEntityMember: Codable {
        var id: String
        var type: String
        var name: String
        var kb: String?
        var resp: String?
        var cert: Double?

        enum CodingKeys: String, CodingKey, CaseIterable { case id, type, name, kb, resp, cert }
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

        enum CodingKeys: String, CodingKey, CaseIterable { case id, type, start, end, text, entity, resp, cert }
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

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, start, end, text, kind, speaker, cue, continues, resp, cert
        }
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

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, type, start, end, text, value, mod, anchor, quant, freq, resp, cert
        }
    }
}

extension JSONArticle {
    /// The JSON form of `article`, annotations in canonical text order (start, longer first, then id).
    init(_ source: Article) {
        var article = source
        article.sortAnnotations()
        var text = JSONSpanTextCutter(article.text)
        newsmark = Article.formatVersion
        id = article.id
        lang = article.language
        meta = Meta(headline: article.headline, published: article.metadata.published, source: article.metadata.source,
                    url: article.metadata.url, rights: article.metadata.rights)
        offsets = Self.offsetUnit
        self.text = article.text
        paragraphs = article.blocks.map { Paragraph(id: $0.id, role: $0.role.rawValue, start: $0.span.start, end: $0.span.end) }
        if let d = article.dateline {
            let lineText = text.string(d.span)
            let place = d.place.map { Span(start: $0.start, end: $0.end, text: text.string($0)) }
            let source = d.source.map { Span(start: $0.start, end: $0.end, text: text.string($0)) }
            dateline = Dateline(start: d.span.start, end: d.span.end, text: lineText, place: place, source: source)
        } else {
            dateline = nil
        }
        tagset = article.tagSet.entityTypes
        annotators = article.annotators.map {
            JSONAnnotator(id: $0.id, kind: $0.kind.rawValue, name: $0.name, version: $0.version, mode: $0.mode.rawValue)
        }
        discourseEntities = article.discourseEntities.map {
            DiscourseEntityMember(id: $0.id, type: $0.type, name: $0.name, kb: $0.knowledgeBaseID,
                                  resp: $0.provenance.annotatorID, cert: $0.provenance.confidence)
        }
        entities = []
        entities.reserveCapacity(article.mentions.count)
        for m in article.mentions {
            entities.append(Mention(id: m.id, type: m.type, start: m.span.start, end: m.span.end, text: text.string(m.span),
                                    entity: m.entityID, resp: m.provenance.annotatorID, cert: m.provenance.confidence))
        }
        quotes = []
        quotes.reserveCapacity(article.quotes.count)
        for q in article.quotes {
            quotes.append(QuoteMember(id: q.id, start: q.span.start, end: q.span.end, text: text.string(q.span), kind: q.kind.rawValue,
                                      speaker: q.speakerID, cue: q.cue, continues: q.continues, resp: q.provenance.annotatorID,
                                      cert: q.provenance.confidence))
        }
        dates = []
        dates.reserveCapacity(article.temporalExpressions.count)
        for t in article.temporalExpressions {
            dates.append(DateMember(id: t.id, type: t.type.rawValue, start: t.span.start, end: t.span.end, text: text.string(t.span),
                                    value: t.value, mod: t.mod, anchor: t.anchorID, quant: t.quant, freq: t.freq,
                                    resp: t.provenance.annotatorID, cert: t.provenance.confidence))
        }
    }
}

extension JSONArticle.Meta {
    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        headline = try c.decodeIfPresent(String.self, forKey: .headline)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        rights = try c.decodeIfPresent(String.self, forKey: .rights)
    }
}

extension JSONArticle.Paragraph {
    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        role = try c.decodeIfPresent(String.self, forKey: .role) ?? BlockRole.body.rawValue
        start = try c.decodeOffset(forKey: .start)
        end = try c.decodeOffset(forKey: .end)
    }
}

extension JSONArticle.Dateline {
    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        start = try c.decodeOffset(forKey: .start)
        end = try c.decodeOffset(forKey: .end)
        text = try c.decode(String.self, forKey: .text)
        place = try c.decodeIfPresent(JSONArticle.Span.self, forKey: .place)
        source = try c.decodeIfPresent(JSONArticle.Span.self, forKey: .source)
    }
}

extension JSONArticle.Span {
    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        start = try c.decodeOffset(forKey: .start)
        end = try c.decodeOffset(forKey: .end)
        text = try c.decode(String.self, forKey: .text)
    }
}

extension JSONArticle.JSONAnnotator {
    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(String.self, forKey: .kind)
        name = try c.decode(String.self, forKey: .name)
        version = try c.decodeIfPresent(String.self, forKey: .version)
        mode = try c.decode(String.self, forKey: .mode)
    }
}

extension JSONArticle.DiscourseEntityMember {
    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        type = try c.decode(String.self, forKey: .type)
        name = try c.decode(String.self, forKey: .name)
        kb = try c.decodeIfPresent(String.self, forKey: .kb)
        resp = try c.decodeIfPresent(String.self, forKey: .resp)
        cert = try c.decodeIfPresent(Double.self, forKey: .cert)
    }
}

extension JSONArticle.Mention {
    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        type = try c.decode(String.self, forKey: .type)
        start = try c.decodeOffset(forKey: .start)
        end = try c.decodeOffset(forKey: .end)
        text = try c.decode(String.self, forKey: .text)
        entity = try c.decodeIfPresent(String.self, forKey: .entity)
        resp = try c.decodeIfPresent(String.self, forKey: .resp)
        cert = try c.decodeIfPresent(Double.self, forKey: .cert)
    }
}

extension JSONArticle.QuoteMember {
    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        start = try c.decodeOffset(forKey: .start)
        end = try c.decodeOffset(forKey: .end)
        text = try c.decode(String.self, forKey: .text)
        kind = try c.decode(String.self, forKey: .kind)
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
        cue = try c.decodeIfPresent(String.self, forKey: .cue)
        continues = try c.decodeIfPresent(String.self, forKey: .continues)
        resp = try c.decodeIfPresent(String.self, forKey: .resp)
        cert = try c.decodeIfPresent(Double.self, forKey: .cert)
    }
}

extension JSONArticle.DateMember {
    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        type = try c.decode(String.self, forKey: .type)
        start = try c.decodeOffset(forKey: .start)
        end = try c.decodeOffset(forKey: .end)
        text = try c.decode(String.self, forKey: .text)
        value = try c.decode(String.self, forKey: .value)
        mod = try c.decodeIfPresent(String.self, forKey: .mod)
        anchor = try c.decodeIfPresent(String.self, forKey: .anchor)
        quant = try c.decodeIfPresent(String.self, forKey: .quant)
        freq = try c.decodeIfPresent(String.self, forKey: .freq)
        resp = try c.decodeIfPresent(String.self, forKey: .resp)
        cert = try c.decodeIfPresent(Double.self, forKey: .cert)
    }
}
