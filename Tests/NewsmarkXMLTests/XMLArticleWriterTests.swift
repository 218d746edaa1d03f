import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkXML

@Suite("XMLArticleWriter")
struct XMLArticleWriterTests {
    private func written(_ article: Article) throws -> String {
        String(decoding: try XMLArticleWriter().write(article), as: UTF8.self)
    }

    private func writeError(_ article: Article) -> NewsmarkError? {
        do {
            _ = try XMLArticleWriter().write(article)
            return nil
        } catch {
            return error as? NewsmarkError
        }
    }

    @Test("the canonical layout, byte for byte")
    func canonicalLayout() throws {
        var article = Article(id: "a1", metadata: ArticleMetadata(published: "1998-05-20"), blocks: [(.headline, "Talks"), (.body, "Yeltsin spoke.")])
        article.tagSet = TagSet(entityTypes: ["person"])
        article.mentions = [EntityMention(id: "m1", type: "person", span: TextSpan(start: 7, end: 14), provenance: Provenance(annotatorID: "x", confidence: 0.9))]
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-model href="https://newsmark.org/schema/1.0/newsmark.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
            <article xmlns="urn:newsmark:1.0" version="1.0" id="a1" xml:lang="en">
              <header>
                <meta>
                  <published>1998-05-20</published>
                </meta>
                <tagset>
                  <entityType name="person"/>
                </tagset>
              </header>
              <body>
                <p id="p1" role="headline">Talks</p>
                <p id="p2"><mention id="m1" type="person" resp="x" cert="0.9">Yeltsin</mention> spoke.</p>
              </body>
            </article>

            """
        #expect(try written(article) == expected)
    }

    @Test("markup characters are escaped; quotes in text and non-ASCII stay as they are")
    func escaping() throws {
        var article = Article(id: "a1", metadata: ArticleMetadata(source: "A & B <news>", rights: "\"quoted\" 'single'"),
                              blocks: [(.body, "a < b && c > d \"q\" 'a' ]]> Zürich Łódź 𝔘 🙂")])
        article.annotators = [Annotator(id: "x", kind: .person, name: "say \"hi\" & <bye>\tnow", mode: .manual)]
        let xml = try written(article)
        #expect(xml.contains(#"<p id="p1">a &lt; b &amp;&amp; c &gt; d "q" 'a' ]]&gt; Zürich Łódź 𝔘 🙂</p>"#))
        #expect(xml.contains("<source>A &amp; B &lt;news&gt;</source>"))
        #expect(xml.contains(#"<rights>"quoted" 'single'</rights>"#))
        #expect(xml.contains(#"name="say &quot;hi&quot; &amp; &lt;bye&gt;&#9;now""#))
        let back = try XMLArticleReader().read(Data(xml.utf8))
        #expect(back.text == article.text)
        #expect(back.metadata == article.metadata)
        #expect(back.annotators == article.annotators)
    }

    @Test("characters outside XML 1.0 are refused, in text and attributes", arguments: ["\u{01}", "\u{0B}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "\u{00}"])
    func controlCharacters(character: String) throws {
        let inText = Article(id: "a1", blocks: [(.body, "bad\(character)text")])
        let textError = try #require(writeError(inText))
        #expect(textError.kind == .invalidInput)
        #expect(textError.message.contains("XML 1.0 does not allow"))
        #expect(textError.message.contains("offset 3"))

        var inAttribute = Article(id: "a1", blocks: [(.body, "fine")])
        inAttribute.discourseEntities = [DiscourseEntity(id: "e1", type: "person", name: "A\(character)B")]
        let attributeError = try #require(writeError(inAttribute))
        #expect(attributeError.message.contains("<entity id=\"e1\">"))
        #expect(attributeError.message.contains("XML 1.0 does not allow"))

        let inMeta = Article(id: "a1", metadata: ArticleMetadata(source: "x\(character)"), blocks: [(.body, "fine")])
        #expect(writeError(inMeta) != nil)
    }

    @Test("crossing annotations are refused with both ids")
    func crossing() throws {
        var article = Article(id: "a1", blocks: [(.body, "one two three")])
        article.mentions = [EntityMention(id: "m1", type: "person", span: TextSpan(start: 0, end: 7))]
        article.quotes = [Quote(id: "q1", span: TextSpan(start: 4, end: 13), kind: .direct)]
        let error = try #require(writeError(article))
        #expect(error.message.contains("id=\"m1\""))
        #expect(error.message.contains("id=\"q1\""))
        #expect(error.message.contains("cannot be nested"))
    }

    @Test("an annotation across a paragraph boundary is refused")
    func acrossBlocks() throws {
        var article = Article(id: "a1", blocks: [(.body, "one"), (.body, "two")])
        article.quotes = [Quote(id: "q7", span: TextSpan(start: 1, end: 6), kind: .direct)]
        let error = try #require(writeError(article))
        #expect(error.message.contains("id=\"q7\""))
        #expect(error.message.contains("crosses the boundary of paragraph p1"))
    }

    @Test("an annotation enclosing the dateline is refused")
    func datelineInsideAnnotation() throws {
        var article = Article(id: "a1", blocks: [(.body, "PARIS (AP) — Talks")])
        article.dateline = Dateline(span: TextSpan(start: 0, end: 12))
        article.quotes = [Quote(id: "q1", span: TextSpan(start: 0, end: 18), kind: .scare)]
        let error = try #require(writeError(article))
        #expect(error.message.contains("id=\"q1\""))
        #expect(error.message.contains("contains the dateline"))
    }

    @Test("blocks must partition the text; empty annotations and bad cert are refused")
    func inconsistentModels() throws {
        var gap = Article(id: "a1", blocks: [(.body, "one"), (.body, "two")])
        gap.text = "one\n\n\ntwo"
        #expect(writeError(gap) != nil)
        var lineBreak = Article(id: "a1", blocks: [(.body, "one two")])
        lineBreak.text = "one\ntwo"
        #expect(writeError(lineBreak)?.message.contains("line break") == true)
        var empty = Article(id: "a1", blocks: [(.body, "one")])
        empty.mentions = [EntityMention(id: "m1", type: "person", span: TextSpan(start: 1, end: 1))]
        #expect(writeError(empty)?.message.contains("is empty") == true)
        var cert = Article(id: "a1", blocks: [(.body, "one")])
        cert.mentions = [EntityMention(id: "m1", type: "person", span: TextSpan(start: 0, end: 3), provenance: Provenance(confidence: 1.5))]
        #expect(writeError(cert)?.message.contains("between 0 and 1") == true)
        #expect(writeError(Article(id: "a1"))?.message.contains("no paragraph") == true)
    }

    @Test("equal spans nest in the fixed layer order: dateline, place, agency, quote, mention, timex")
    func layerOrder() throws {
        var article = Article(id: "a1", blocks: [(.body, "Paris")])
        let whole = TextSpan(start: 0, end: 5)
        article.dateline = Dateline(span: whole, place: whole)
        article.temporalExpressions = [TemporalExpression(id: "t1", span: whole, type: .date, value: "1998")]
        article.mentions = [EntityMention(id: "m1", type: "location", span: whole), EntityMention(id: "m2", type: "location", span: whole)]
        article.quotes = [Quote(id: "q1", span: whole, kind: .scare)]
        let xml = try written(article)
        #expect(xml.contains(#"<p id="p1"><dateline><place><quote id="q1" kind="scare"><mention id="m1" type="location"><mention id="m2" type="location"><timex id="t1" type="date" value="1998">Paris</timex></mention></mention></quote></place></dateline></p>"#))
    }

    @Test("equal spans of one layer keep their document order, so any nesting order reads back and writes back unchanged")
    func tieOrder() throws {
        let xml = TestSupport.document(body: #"    <p id="p1"><mention id="b" type="person"><mention id="a" type="person">X</mention></mention></p>"#)
        let article = try XMLArticleReader().read(Data(xml.utf8))
        #expect(article.mentions.map(\.id) == ["b", "a"])
        let written = try XMLArticleWriter().write(article)
        #expect(String(decoding: written, as: UTF8.self).contains(#"<mention id="b" type="person"><mention id="a" type="person">X</mention></mention>"#))
        #expect(try XMLArticleReader().read(written) == article)
    }

    @Test("white space in meta fields and line breaks in attributes are kept")
    func metaWhitespace() throws {
        var article = Article(id: "a1", metadata: ArticleMetadata(source: " ", url: nil, rights: "\n\t"), blocks: [(.body, "x")])
        article.discourseEntities = [DiscourseEntity(id: "e1", type: "person", name: "two\nlines\rand\ttab")]
        let written = try XMLArticleWriter().write(article)
        let back = try XMLArticleReader().read(written)
        #expect(back == article)
        #expect(try XMLArticleWriter().write(back) == written)
    }

    @Test("cert values are written in their shortest plain decimal form", arguments: [
        (0.0, "0"), (1.0, "1"), (0.5, "0.5"), (0.85, "0.85"), (0.00001, "0.00001"), (0.333, "0.333"), (1.0 / 3.0, "0.3333333333333333"),
    ])
    func certFormatting(value: Double, expected: String) throws {
        #expect(CertaintyValue.format(value) == expected)
        #expect(CertaintyValue.parse(expected) == value)
    }

    @Test("a rich article survives write → read → write unchanged")
    func richRoundTrip() throws {
        let article = TestSupport.richArticle()
        let first = try XMLArticleWriter().write(article)
        let read = try XMLArticleReader().read(first)
        #expect(read.text == article.text)
        #expect(read.blocks == article.blocks)
        #expect(read.dateline == article.dateline)
        #expect(Set(read.mentions.map(\.id)) == Set(article.mentions.map(\.id)))
        for mention in article.mentions { #expect(read.mentions.first { $0.id == mention.id } == mention) }
        #expect(read.quotes == article.quotes)
        #expect(Set(read.temporalExpressions.map(\.id)) == Set(article.temporalExpressions.map(\.id)))
        #expect(read.discourseEntities == article.discourseEntities)
        #expect(read.annotators == article.annotators)
        #expect(read.metadata == article.metadata)
        #expect(try XMLArticleWriter().write(read) == first)
        #expect(SchemaValidatorTests.problems(first, .xsd).isEmpty)
        #expect(SchemaValidatorTests.problems(first, .relaxNG).isEmpty)
    }
}
