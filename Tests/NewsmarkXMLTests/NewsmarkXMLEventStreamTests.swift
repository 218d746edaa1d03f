import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkXML

@Suite("NewsmarkXMLEventStream")
struct NewsmarkXMLEventStreamTests {
    private func events(_ xml: String, options: NewsmarkXMLEventStream.Options = .init()) throws -> [NewsmarkXMLEvent] {
        let stream = try NewsmarkXMLEventStream(data: Data(xml.utf8), fileName: "s.xml", options: options)
        var all: [NewsmarkXMLEvent] = []
        try stream.forEach { all.append($0) }
        return all
    }

    @Test("start, text and end events with names, attributes, exact positions and offsets")
    func eventSequence() throws {
        let xml = """
            <?xml version="1.0"?>
            <!-- a comment -->
            <article xmlns="urn:newsmark:1.0" version="1.0" id="a" xml:lang="en">
              <header><tagset/></header>
              <body>
                <p id="p1">Zürich</p>
                <p id="p2">𝔘 <mention id="m1" type="person" title="a &gt; b">Łódź</mention><![CDATA[ & ]]>x</p>
              </body>
            </article>
            """
        let all = try events(xml)
        guard case .startElement(let root) = all.first else { Issue.record("no root"); return }
        #expect(root.newsmarkElement == .article)
        #expect(root.location == SourceLocation(file: "s.xml", line: 3, column: 1))
        #expect(root.attribute("lang", namespaceURI: NewsmarkVocabulary.xmlNamespace) == "en")
        #expect(root.attributes.map(\.qualifiedName) == ["version", "id", "xml:lang"])

        let starts = all.compactMap { event -> XMLStartElement? in
            if case .startElement(let start) = event { return start }
            return nil
        }
        #expect(starts.map(\.localName) == ["article", "header", "tagset", "body", "p", "p", "mention"])
        let mention = try #require(starts.last)
        #expect(mention.location == SourceLocation(file: "s.xml", line: 7, column: 18))
        #expect(mention.textOffset == 10)  // "Zürich" (6) + "\n\n" (2) + "𝔘 " (2)
        #expect(mention.attribute("title") == "a > b")
        #expect(starts.first(where: { $0.localName == "tagset" })?.isEmptyElementTag == true)

        let texts = all.compactMap { event -> XMLText? in
            if case .text(let text) = event { return text }
            return nil
        }
        #expect(texts.map(\.value) == ["Zürich", "𝔘 ", "Łódź", " & ", "x"])
        #expect(texts.allSatisfy { $0.context == .articleText })
        #expect(texts.map(\.textSpan) == [TextSpan(start: 0, end: 6), TextSpan(start: 8, end: 10), TextSpan(start: 10, end: 14),
                                           TextSpan(start: 14, end: 17), TextSpan(start: 17, end: 18)])
        #expect(texts[2].location == SourceLocation(file: "s.xml", line: 7, column: 66))

        let ends = all.compactMap { event -> XMLEndElement? in
            if case .endElement(let end) = event { return end }
            return nil
        }
        #expect(ends.count == starts.count)
        #expect(ends.first(where: { $0.localName == "mention" })?.textOffset == 14)
        #expect(ends.last?.localName == "article")
    }

    @Test("indentation is reported only when asked")
    func whitespace() throws {
        let xml = TestSupport.document(body: #"    <p id="p1"> a </p>"#)
        let quiet = try events(xml).filter { if case .text = $0 { return true } else { return false } }
        #expect(quiet.count == 1)
        let verbose = try events(xml, options: .init(reportsIgnorableWhitespace: true)).compactMap { event -> XMLText? in
            if case .text(let text) = event { return text }
            return nil
        }
        #expect(verbose.count > 1)
        let indentation = verbose.filter { $0.context == .other }
        #expect(indentation.allSatisfy { $0.isWhitespace })
        #expect(verbose.first { $0.context == .articleText }?.value == " a ")
    }

    @Test("schema errors are collected while reading goes on")
    func schemaErrors() throws {
        let xml = TestSupport.document(body: """
                <p id="p1">a <quote id="q1" kind="indirect">b</quote></p>
                <p id="p2" role="lede">c</p>
            """)
        let stream = try NewsmarkXMLEventStream(data: Data(xml.utf8), fileName: "s.xml", options: .init(schema: try NewsmarkSchemas.xsd()))
        var paragraphs = 0
        while let event = try stream.next() {
            if case .startElement(let start) = event, start.localName == "p" { paragraphs += 1 }
        }
        #expect(paragraphs == 2)
        let problems = stream.drainSchemaErrors()
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.location?.file == "s.xml" && ($0.location?.column ?? 0) > 0 })
        #expect(problems.last?.location?.column == 5)
        #expect(stream.schemaErrorCount == 2)
        #expect(stream.drainSchemaErrors().isEmpty)
    }

    @Test("parse errors keep their message and position while a schema is attached", arguments: [CompiledSchema.Language.xsd, .relaxNG])
    func parseErrorWithSchema(language: CompiledSchema.Language) throws {
        let xml = "<?xml version=\"1.0\"?>\n<article xmlns=\"urn:newsmark:1.0\">\n  <header>\n  </heder>\n"
        let schema = language == .xsd ? try NewsmarkSchemas.xsd() : try NewsmarkSchemas.relaxNG()
        let stream = try NewsmarkXMLEventStream(data: Data(xml.utf8), fileName: "s.xml", options: .init(schema: schema))
        do {
            while try stream.next() != nil {}
            Issue.record("no error")
        } catch let error as NewsmarkError {
            #expect(error.location == SourceLocation(file: "s.xml", line: 4, column: 11))
            #expect(error.message.contains("tag mismatch"))
        }
    }

    @Test("a large article streams in one pass with offsets counted in code points")
    func largeArticle() throws {
        var body = ""
        let paragraph = "Zürich 𝔘 🙂 <mention id=\"mID\" type=\"person\">Łódź</mention> &amp; end"
        let count = 5_000
        for index in 0..<count {
            body += "    <p id=\"p\(index)\">" + paragraph.replacingOccurrences(of: "ID", with: "\(index)") + "</p>\n"
        }
        let stream = try NewsmarkXMLEventStream(data: Data(TestSupport.document(body: body).utf8), fileName: nil)
        var lastMentionOffset = -1
        while let event = try stream.next() {
            if case .startElement(let start) = event, start.localName == "mention" { lastMentionOffset = start.textOffset }
        }
        let paragraphLength = "Zürich 𝔘 🙂 Łódź & end".unicodeScalars.count
        #expect(stream.articleTextLength == count * paragraphLength + (count - 1) * 2)
        #expect(lastMentionOffset == (count - 1) * (paragraphLength + 2) + "Zürich 𝔘 🙂 ".unicodeScalars.count)
        #expect(stream.paragraphCount == count)
    }
}
