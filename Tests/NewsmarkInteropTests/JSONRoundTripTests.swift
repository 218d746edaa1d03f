import Foundation
import NewsmarkInterop
import NewsmarkModel
import NewsmarkXML
import Testing

@Suite("JSON form round trips")
struct JSONRoundTripTests {
    let codec = JSONArticleCodec()

    @Test("the complete sample survives JSON → Article → JSON unchanged")
    func completeSample() throws {
        let article = JSONTestArticles.complete()
        let json = try codec.encode(article)
        let decoded = try codec.decode(json, fileName: "sample.json")
        #expect(decoded == article)
        #expect(try codec.encode(decoded) == json)
        #expect(try codec.encode(decoded, pretty: true) == codec.encode(article, pretty: true))
    }

    @Test("generated articles survive JSON → Article → JSON byte for byte", arguments: 0..<300)
    func generated(seed: Int) throws {
        let article = JSONTestArticles.generated(seed: UInt64(seed))
        let json = try codec.encode(article)
        let decoded = try codec.decode(json)
        #expect(decoded == article)
        #expect(try codec.encode(decoded) == json)
    }

    @Test("offsets count code points: astral letters, emoji sequences, combining marks")
    func astralOffsets() throws {
        let article = JSONTestArticles.complete()
        let object = try JSONTestArticles.jsonObject(article)
        let text = try #require(object["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        let entities = try #require(object["entities"] as? [[String: Any]])
        // The headline starts with 𝔘 (one code point, two UTF-16 units, four UTF-8 bytes).
        let zurich = try #require(entities.first { $0["id"] as? String == "m1" })
        #expect(zurich["start"] as? Int == 22)
        #expect(zurich["end"] as? Int == 28)
        for entity in entities {
            let start = try #require(entity["start"] as? Int)
            let end = try #require(entity["end"] as? Int)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            #expect(String(view) == entity["text"] as? String)
        }
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        let first = try #require(quotes.first { $0["id"] as? String == "q1" })
        #expect(first["text"] as? String == "“We will 𝔘nite,”")
        // Python's len() and slicing count the same code points.
        #expect((first["end"] as? Int ?? 0) - (first["start"] as? Int ?? 0) == "“We will 𝔘nite,”".unicodeScalars.count)
    }

    @Test("keys are sorted and absent optional members are left out, never null")
    func deterministicShape() throws {
        let json = try codec.encode(JSONArticleTestDocument.minimal)
        let text = String(decoding: json, as: UTF8.self)
        #expect(!text.contains("null"))
        #expect(text.hasPrefix(#"{"annotators":[],"dates":[],"discourseEntities":[],"entities":[],"id":"min","lang":"en","meta":{},"newsmark":"1.0","offsets":"unicode-code-points","paragraphs":[{"end":5,"id":"p1","role":"body","start":0}],"quotes":[],"tagset":["person","organization","location","misc"],"text":"Hello"}"#))
    }

    @Test("null is read as an absent member")
    func nullIsAbsent() throws {
        let data = Data(#"{"newsmark":"1.0","id":"a1","lang":"en","offsets":"unicode-code-points","text":"Hi","paragraphs":[{"id":"p1","start":0,"end":2}],"dateline":null,"meta":{"url":null},"entities":null}"#.utf8)
        let article = try codec.decode(data)
        #expect(article.dateline == nil && article.metadata.url == nil && article.mentions.isEmpty)
        #expect(article.tagSet == .standard)
        #expect(article.blocks.first?.role == .body)
    }

    @Test("annotations are written in text order whatever the article's order")
    func canonicalOrder() throws {
        var article = JSONTestArticles.complete()
        let canonical = try codec.encode(article)
        article.mentions.reverse()
        article.temporalExpressions.reverse()
        article.quotes.reverse()
        #expect(try codec.encode(article) == canonical)
    }

    @Test("XML → JSON → XML is byte-identical and JSON → XML → JSON identical", .enabled(if: JSONXMLAvailability.available), arguments: 0..<100)
    func throughXML(seed: Int) throws {
        let article = switch seed {
        case 0: JSONTestArticles.complete()
        case 1: JSONTestArticles.identicalSpans()
        default: JSONTestArticles.generated(seed: UInt64(seed))
        }
        let xml = try XMLArticleWriter().write(article)
        #expect(try SchemaValidator.xsd().validate(xml, fileName: article.id).map(\.description) == [])
        let json = try codec.encode(XMLArticleReader().read(xml))
        #expect(try XMLArticleWriter().write(codec.decode(json)) == xml)
        let direct = try codec.encode(article)
        #expect(try codec.encode(XMLArticleReader().read(XMLArticleWriter().write(codec.decode(direct)))) == direct)
    }
}

/// Whether the XML reader and writer are available in this build (the XML round-trip test needs both).
enum JSONXMLAvailability {
    static let available: Bool = {
        let article = Article(id: "probe", blocks: [(.body, "x")])
        guard let xml = try? XMLArticleWriter().write(article) else { return false }
        return (try? XMLArticleReader().read(xml)) != nil
    }()
}

/// Small fixed documents.
enum JSONArticleTestDocument {
    static let minimal = Article(id: "min", blocks: [(.body, "Hello")])
}
