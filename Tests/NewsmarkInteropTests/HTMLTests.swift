import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NewsmarkModel
import Testing
@testable import NewsmarkInterop

/// Collects what the tests check in a page: elements' `data-id`s, the text inside `<main>`, and the `title` per id.
final class PageCollector: NSObject, XMLParserDelegate {
    var ids: [String: Int] = [:]
    var titles: [String: String] = [:]
    var mainText = ""
    var depthInMain = 0
    var blockTexts: [String] = []
    var inBlock = false
    var error: Error?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if let id = attributes["data-id"] {
            ids[id, default: 0] += 1
            if titles[id] == nil { titles[id] = attributes["title"] }
        }
        if name == "main" { depthInMain = 1 } else if depthInMain > 0 { depthInMain += 1 }
        if depthInMain == 2, ["h1", "h2", "p"].contains(name) {
            inBlock = true
            blockTexts.append("")
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if depthInMain > 0 { depthInMain -= 1 }
        if depthInMain == 1 { inBlock = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inBlock { blockTexts[blockTexts.count - 1] += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }

    static func parse(_ html: String) -> (PageCollector, Bool) {
        let collector = PageCollector()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = collector
        let ok = parser.parse()
        return (collector, ok && collector.error == nil)
    }
}

@Suite("HTML view")
struct HTMLTests {
    let article = SampleArticle.make()

    @Test("the page is well-formed XML and carries every annotation")
    func wellFormedAndComplete() throws {
        let html = HTMLArticleRenderer().render(article)
        let (page, ok) = PageCollector.parse(html)
        #expect(ok, "the page does not parse as XML")
        for id in article.mentions.map(\.id) + article.quotes.map(\.id) + article.temporalExpressions.map(\.id) + article.discourseEntities.map(\.id) {
            #expect(page.ids[id] != nil, "\(id) is missing")
        }
        // The text is exactly the article's blocks (the speaker labels are drawn by CSS, not inserted).
        #expect(page.blockTexts.joined(separator: Article.blockSeparator) == article.text)
        #expect(page.titles["t1"]?.contains("date: 2024-03-03") == true)
        #expect(page.titles["q1"]?.contains("speaker: Kari Vik") == true)
        #expect(page.titles["m5"]?.contains("Kari Vik (e1)") == true)
    }

    @Test("special characters are escaped in text and attributes")
    func escaping() throws {
        var tricky = article
        tricky.discourseEntities[0].name = "Kari \"K&V\" <Vik>"
        let html = HTMLArticleRenderer().render(tricky)
        #expect(html.contains("&quot;overdue&quot;") || html.contains("\"overdue\""))
        #expect(html.contains("&amp; &lt;late&gt;."))
        #expect(html.contains("data-speaker=\"Kari &quot;K&amp;V&quot; &lt;Vik&gt;\""))
        #expect(PageCollector.parse(html).1)
    }

    @Test("crossing annotations are split into properly nested fragments")
    func crossing() throws {
        var crossing = Article(id: "x", blocks: [(.body, "Alpha Beta Gamma Delta")])
        crossing.mentions = [EntityMention(id: "m1", type: "person", span: TextSpan(start: 0, end: 10))]
        crossing.quotes = [Quote(id: "q1", span: TextSpan(start: 6, end: 16), kind: .scare)]
        crossing.temporalExpressions = [TemporalExpression(id: "t1", span: TextSpan(start: 6, end: 10), type: .date, value: "2024")]
        let html = HTMLArticleRenderer().render(crossing)
        let (page, ok) = PageCollector.parse(html)
        #expect(ok)
        #expect(page.ids["q1"] == 2)  // split at the end of m1
        #expect(page.blockTexts == ["Alpha Beta Gamma Delta"])
    }

    @Test("annotations made by hand are marked, and every tooltip names its annotator")
    func manualAnnotations() throws {
        var edited = article
        edited.annotators.append(Annotator(id: "ann1", kind: .person, name: "ann1", mode: .manual))
        edited.mentions[0].provenance = Provenance(annotatorID: "ann1")
        let html = HTMLArticleRenderer().render(edited)
        #expect(html.contains("class=\"ann ent ent-organization manual\" data-id=\"m1\" title=\"organization · Harbor Council (e4) · m1 · by ann1\""))
        #expect(html.contains("title=\"date: 2024-03-03 · t1 · by newsmark-dates (90%)\""))
        #expect(html.components(separatedBy: " manual\"").count == 3)  // the mention and the legend
        #expect(html.contains("made by hand"))
    }

    @Test("the page loads nothing from elsewhere")
    func selfContained() {
        let html = HTMLArticleRenderer().render(article)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
    }

    @Test("the index lists every article with its counts")
    func index() {
        var second = article
        second.id = "b&b"
        second.quotes = []
        let html = HTMLIndexRenderer().render([article, second]) { "\($0.id).html" }
        #expect(PageCollector.parse(html).1)
        #expect(html.contains("href=\"b%26b.html\""))
        #expect(html.contains("<td class=\"n\">4</td></tr>"))
        #expect(html.contains(">b&amp;b</a>"))
    }
}
