import Foundation
import NewsmarkInterop
import NewsmarkModel
import NewsmarkXML
import Testing

@Suite("The JSON form as documented")
struct JSONDocumentedExampleTests {
    @Test("the example in docs/FORMAT.md is a valid JSON-form article that survives XML")
    func documentedExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let format = try String(contentsOf: root.appendingPathComponent("docs/FORMAT.md"), encoding: .utf8)
        let section = try #require(format.range(of: "## JSON form")).upperBound
        let open = try #require(format.range(of: "```json\n", range: section..<format.endIndex))
        let close = try #require(format.range(of: "```", range: open.upperBound..<format.endIndex))
        let json = Data(format[open.upperBound..<close.lowerBound].utf8)
        let article = try JSONArticleCodec().decode(json, fileName: "FORMAT.md")
        #expect(article.quotes.first?.speakerID == "e1")
        #expect(article.dateline?.place.map { ScalarText(article.text).string($0) } == "GENEVA")
        let canonical = try JSONArticleCodec().encode(article)
        #expect(try JSONArticleCodec().encode(XMLArticleReader().read(XMLArticleWriter().write(article))) == canonical)
    }
}
