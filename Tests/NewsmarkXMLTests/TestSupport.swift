import Foundation
import NewsmarkModel
@testable import NewsmarkXML

/// Paths and builders shared by the XML tests.
enum TestSupport {
    /// The package's root directory.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/NewsmarkXMLTests/Fixtures")

    /// The XML files in `folder`, sorted by name.
    static func xmlFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// A document from its `<header>` and `<body>` contents, in canonical layout.
    static func document(header: String = defaultHeader, body: String, rootAttributes: String = #"xmlns="urn:newsmark:1.0" version="1.0" id="a1" xml:lang="en""#) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <article \(rootAttributes)>
          <header>
        \(header)
          </header>
          <body>
        \(body)
          </body>
        </article>

        """
    }

    static let defaultHeader = """
            <tagset>
              <entityType name="person"/>
              <entityType name="location"/>
            </tagset>
        """

    /// Reads `xml` and returns the article, or the error.
    static func read(_ xml: String, fileName: String = "t.xml") -> Result<Article, NewsmarkError> {
        do {
            return .success(try XMLArticleReader().read(Data(xml.utf8), fileName: fileName))
        } catch let error as NewsmarkError {
            return .failure(error)
        } catch {
            return .failure(NewsmarkError(.usage, "unexpected error \(error)"))
        }
    }

    /// The error reading `xml` gives, if any.
    static func readError(_ xml: String, fileName: String = "t.xml") -> NewsmarkError? {
        if case .failure(let error) = read(xml, fileName: fileName) { return error }
        return nil
    }

    /// A small article with every kind of annotation.
    static func richArticle() -> Article {
        var article = Article(id: "rich-1", language: "de", metadata: ArticleMetadata(published: "1998-05-20", source: "Agentur & Co", url: "https://example.org/a?b=1&c=2", rights: "© \"Quoted\" <rights>"), blocks: [
            (.headline, "Zürich & Łódź: <talks> \"resume\""),
            (.dateline, "ZÜRICH, May 20 (AP) —"),
            (.body, "The minister 𝔘 said \"we will 🙂 meet\" on Tuesday."),
        ])
        article.annotators = [
            Annotator(id: "tool1", kind: .tool, name: "newsmark-dates", version: "1.0.0", mode: .automatic),
            Annotator(id: "ann1", kind: .person, name: "ann \"one\"", mode: .manual),
        ]
        article.discourseEntities = [
            DiscourseEntity(id: "e1", type: "person", name: "The Minister", knowledgeBaseID: "wikidata:Q1",
                            provenance: Provenance(annotatorID: "ann1", confidence: 0.75)),
        ]
        let text = ScalarText(article.text)
        func span(_ needle: String, in block: Int, occurrence: Int = 0) -> TextSpan {
            let blockText = text.string(article.blocks[block].span)
            var searchStart = blockText.startIndex
            var found = blockText.range(of: needle)!
            for _ in 0..<occurrence {
                searchStart = found.upperBound
                found = blockText.range(of: needle, range: searchStart..<blockText.endIndex)!
            }
            let start = blockText.unicodeScalars.distance(from: blockText.startIndex, to: found.lowerBound)
            let length = needle.unicodeScalars.count
            return TextSpan(start: article.blocks[block].span.start + start, end: article.blocks[block].span.start + start + length)
        }
        article.dateline = Dateline(span: article.blocks[1].span, place: span("ZÜRICH", in: 1), source: span("AP", in: 1))
        article.mentions = [
            EntityMention(id: "m1", type: "location", span: span("Zürich", in: 0), provenance: Provenance(annotatorID: "tool1")),
            EntityMention(id: "m2", type: "person", span: span("minister 𝔘", in: 2), entityID: "e1",
                          provenance: Provenance(annotatorID: "ann1", confidence: 1)),
            EntityMention(id: "m3", type: "location", span: span("ZÜRICH", in: 1)),
        ]
        article.quotes = [
            Quote(id: "q1", span: span("\"we will 🙂 meet\"", in: 2), kind: .direct, speakerID: "e1", cue: "said",
                  provenance: Provenance(annotatorID: "ann1", confidence: 0.5)),
        ]
        article.temporalExpressions = [
            TemporalExpression(id: "t1", span: span("May 20", in: 1), type: .date, value: "1998-05-20", provenance: Provenance(annotatorID: "tool1")),
            TemporalExpression(id: "t2", span: span("Tuesday", in: 2), type: .date, value: "1998-05-19", mod: "APPROX", anchorID: "t1"),
        ]
        return article
    }
}
