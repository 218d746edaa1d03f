import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkXML

@Suite("XMLArticleReader")
struct XMLArticleReaderTests {
    @Test("reads text, blocks and annotations with code-point offsets")
    func readsArticle() throws {
        let xml = TestSupport.document(body: """
                <p id="p1" role="headline">Zürich 𝔘 talks</p>
                <p id="p2">🙂 <mention id="m1" type="person" resp="x" cert="0.5">Łódź</mention> &amp; <timex id="t1" type="date" value="1998-05-19">Tuesday</timex></p>
            """)
        let article = try XMLArticleReader().read(Data(xml.utf8), fileName: "t.xml")
        #expect(article.id == "a1")
        #expect(article.language == "en")
        #expect(article.text == "Zürich 𝔘 talks\n\n🙂 Łódź & Tuesday")
        #expect(article.blocks.map(\.span) == [TextSpan(start: 0, end: 14), TextSpan(start: 16, end: 32)])
        #expect(article.blocks.map(\.role) == [.headline, .body])
        // "🙂 " is two code points, so "Łódź" starts at 16 + 2.
        #expect(article.mentions.first?.span == TextSpan(start: 18, end: 22))
        #expect(article.mentions.first?.provenance == Provenance(annotatorID: "x", confidence: 0.5))
        #expect(article.temporalExpressions.first?.span == TextSpan(start: 25, end: 32))
        #expect(ScalarText(article.text).string(article.temporalExpressions[0].span) == "Tuesday")
        #expect(article.tagSet.entityTypes == ["person", "location"])
    }

    @Test("malformed XML is reported with file, line and column")
    func malformed() throws {
        let xml = "<?xml version=\"1.0\"?>\n<article xmlns=\"urn:newsmark:1.0\">\n  <header>\n  </heder>\n"
        let error = try #require(TestSupport.readError(xml, fileName: "bad.xml"))
        #expect(error.kind == .invalidInput)
        #expect(error.location == SourceLocation(file: "bad.xml", line: 4, column: 11))
        #expect(error.description.hasPrefix("bad.xml:4:11: error: "))
        #expect(error.message.contains("tag mismatch"))
    }

    @Test("an unescaped ampersand is located exactly")
    func ampersand() throws {
        let xml = TestSupport.document(body: #"    <p id="p1">Fish & chips</p>"#)
        let error = try #require(TestSupport.readError(xml))
        let line = xml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("Fish") }! + 1
        #expect(error.location?.line == line)
        #expect((error.location?.column ?? 0) > 0)
    }

    @Test("a DOCTYPE is refused, so external entities never load")
    func externalEntity() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE article [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <article xmlns="urn:newsmark:1.0" version="1.0" id="a" xml:lang="en"><header><tagset/></header><body><p id="p1">&xxe;</p></body></article>
            """
        let error = try #require(TestSupport.readError(xml))
        #expect(error.message.contains("DOCTYPE"))
        #expect(error.location?.line == 2)
        #expect(error.location?.column == 1)
    }

    @Test("billion laughs is refused at once")
    func billionLaughs() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...12 {
            let previous = "&lol\(level - 1);"
            xml += "<!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">\n"
        }
        xml += "]>\n<article xmlns=\"urn:newsmark:1.0\" version=\"1.0\" id=\"a\" xml:lang=\"en\"><header><tagset/></header><body><p id=\"p1\">&lol12;</p></body></article>\n"
        let clock = ContinuousClock()
        var error: NewsmarkError?
        let elapsed = clock.measure { error = TestSupport.readError(xml) }
        #expect(error?.message.contains("DOCTYPE") == true, "\(String(describing: error))")
        #expect(elapsed < .seconds(1))
    }

    @Test("an undeclared entity is a well-formedness error")
    func undeclaredEntity() throws {
        let error = try #require(TestSupport.readError(TestSupport.document(body: #"    <p id="p1">a &nbsp; b</p>"#)))
        #expect(error.message.lowercased().contains("entity"))
        #expect((error.location?.line ?? 0) > 0)
    }

    @Test("an older version suggests migration; a newer one suggests an upgrade")
    func versions() throws {
        let older = TestSupport.document(body: #"    <p id="p1">x</p>"#, rootAttributes: #"xmlns="urn:newsmark:0.9" version="0.9" id="a" xml:lang="en""#)
        #expect(TestSupport.readError(older)?.message.contains("migrate") == true)
        let olderVersionOnly = TestSupport.document(body: #"    <p id="p1">x</p>"#, rootAttributes: #"xmlns="urn:newsmark:1.0" version="0.8" id="a" xml:lang="en""#)
        #expect(TestSupport.readError(olderVersionOnly)?.message.contains("migrate") == true)
        let newer = TestSupport.document(body: #"    <p id="p1">x</p>"#, rootAttributes: #"xmlns="urn:newsmark:2.0" version="2.0" id="a" xml:lang="en""#)
        #expect(TestSupport.readError(newer)?.message.contains("upgrade") == true)
        let noNamespace = TestSupport.document(body: #"    <p id="p1">x</p>"#, rootAttributes: #"version="1.0" id="a" xml:lang="en""#)
        #expect(TestSupport.readError(noNamespace)?.message.contains("xmlns=\"urn:newsmark:1.0\"") == true)
        let foreign = TestSupport.document(body: #"    <p id="p1">x</p>"#, rootAttributes: #"xmlns="http://www.tei-c.org/ns/1.0" version="1.0" id="a" xml:lang="en""#)
        #expect(TestSupport.readError(foreign)?.message.contains("not a Newsmark article") == true)
        let noLanguage = TestSupport.document(body: #"    <p id="p1">x</p>"#, rootAttributes: #"xmlns="urn:newsmark:1.0" version="1.0" id="a""#)
        #expect(TestSupport.readError(noLanguage)?.message.contains("xml:lang") == true)
    }

    @Test("unknown elements and attributes are named, with their position")
    func unknownNames() throws {
        let element = TestSupport.document(body: #"    <p id="p1">a <person>b</person></p>"#)
        let elementError = try #require(TestSupport.readError(element))
        #expect(elementError.message.contains("unknown element <person>"))
        #expect(elementError.location?.column == 18)

        let attribute = TestSupport.document(body: #"    <p id="p1">a <mention id="m1" type="person" colour="red">b</mention></p>"#)
        let attributeError = try #require(TestSupport.readError(attribute))
        #expect(attributeError.message.contains("unknown attribute 'colour' on <mention>"))
        #expect(attributeError.location?.column == 18)

        let foreignNamespace = TestSupport.document(body: #"    <p id="p1" xmlns:x="urn:x">a <x:b>c</x:b></p>"#)
        #expect(TestSupport.readError(foreignNamespace)?.message.contains("{urn:x}b") == true)
    }

    @Test("structural problems are refused with clear messages", arguments: [
        (#"    <p id="p1">a<mention id="m1" type="person"></mention></p>"#, "contains no text"),
        (#"    <p id="p1">a <mention id="m1">b</mention></p>"#, "needs the attribute 'type'"),
        (#"    <p id="p1">a <quote id="q1" kind="indirect">b</quote></p>"#, "kind is one of direct, partial, scare"),
        (#"    <p id="p1">a <timex id="t1" type="date" value="x" cert="1.5">b</timex></p>"#, "cert is a decimal"),
        (#"    <p id="p1" role="body">a</p>"#, "role is one of"),
        (#"    <p id="p1">a <place>b</place></p>"#, "only allowed inside <dateline>"),
        (#"    <p id="p1"><dateline>a</dateline> <dateline>b</dateline></p>"#, "at most one <dateline>"),
        (#"    <p id="p1">a</p>\#n    <p id="p1">b</p>"#, "used twice"),
        (#"    <p id="p1"></p>"#, "contains no text"),
        (#"    <mention id="m1" type="person">x</mention>"#, "not allowed in <body>"),
        (#"    text <p id="p1">a</p>"#, "text is not allowed in <body>"),
    ])
    func structure(body: String, expected: String) throws {
        let error = try #require(TestSupport.readError(TestSupport.document(body: body)))
        #expect(error.message.contains(expected), "\(error)")
        #expect((error.location?.line ?? 0) > 0)
    }

    @Test("a line break inside a paragraph is refused at its position")
    func lineBreakInParagraph() throws {
        let xml = TestSupport.document(body: "    <p id=\"p1\">one\ntwo</p>")
        let error = try #require(TestSupport.readError(xml))
        #expect(error.message.contains("line break"))
        let line = xml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("one") }! + 1
        #expect(error.location?.line == line)
        #expect(error.location?.column == 19)
    }

    @Test("the header needs a tagset and must come in order")
    func headerOrder() throws {
        let noTagset = TestSupport.document(header: "    <meta/>", body: #"    <p id="p1">a</p>"#)
        #expect(TestSupport.readError(noTagset)?.message.contains("no <tagset>") == true)
        let wrongOrder = TestSupport.document(header: "    <tagset/>\n    <meta/>", body: #"    <p id="p1">a</p>"#)
        #expect(TestSupport.readError(wrongOrder)?.message.contains("out of order") == true)
    }

    @Test("hostile and broken inputs give one-line located errors", arguments: [
        ("", "the file is empty"),
        ("  \n", "only white space"),
        ("<?xml version=\"1.0\"?>\n<article xmlns=\"urn:newsmark:1.0\" version=\"1.0\" id=\"a\" xml:lang=\"en\"><header><tagset/></header><body><p id=\"p1\">A\u{0}B</p></body></article>", "0x0"),
        ("<?xml version=\"1.0\"?>\n<article xmlns=\"urn:newsmark:1.0\" version=\"1.0\" id=\"a\" xml:lang=\"en\"><header><tagset/>", "end"),
        ("\u{1}\u{2}binary", "not an XML document"),
    ])
    func brokenInput(text: String, expected: String) throws {
        let error = try #require(TestSupport.readError(text))
        #expect(error.kind == .invalidInput)
        #expect(error.message.lowercased().contains(expected.lowercased()), "\(error)")
        #expect(!error.message.contains("\n"))
        #expect((error.location?.line ?? 0) > 0)
    }

    @Test("invalid UTF-8 is located, on one line")
    func invalidUTF8() throws {
        var data = Data(TestSupport.document(body: #"    <p id="p1">AB</p>"#).utf8)
        let index = try #require(data.firstIndex(of: UInt8(ascii: "B")))
        data[index] = 0xFF
        do {
            _ = try XMLArticleReader().read(data, fileName: "u.xml")
            Issue.record("no error")
        } catch let error as NewsmarkError {
            #expect(error.message.contains("UTF-8"))
            #expect(!error.message.contains("\n"))
            #expect((error.location?.column ?? 0) > 0)
        }
    }

    @Test("nesting deeper than libxml2's limit is refused, not a crash")
    func deepNesting() throws {
        var inner = "a"
        for index in 0..<300 { inner = "<mention id=\"m\(index)\" type=\"person\">\(inner)</mention>" }
        let error = try #require(TestSupport.readError(TestSupport.document(body: "    <p id=\"p1\">\(inner)</p>")))
        #expect(error.kind == .invalidInput)
        #expect((error.location?.line ?? 0) > 0)
    }

    @Test("UTF-16 input and CRLF line ends are read")
    func utf16AndCRLF() throws {
        let xml = TestSupport.document(body: #"    <p id="p1">Zürich 𝔘</p>"#)
        let utf16 = try #require(xml.replacingOccurrences(of: "UTF-8", with: "UTF-16").data(using: .utf16))
        #expect(try XMLArticleReader().read(utf16).text == "Zürich 𝔘")
        let crlf = Data(xml.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(try XMLArticleReader().read(crlf).text == "Zürich 𝔘")
    }

    @Test("lines beyond 65,535 keep their numbers")
    func bigLines() throws {
        let padding = String(repeating: "\n", count: 70_000)
        let xml = TestSupport.document(body: #"    <p id="p1">a</p>"# + padding + #"    <p id="p2">b <bad/></p>"#)
        let error = try #require(TestSupport.readError(xml))
        let line = xml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("<bad/>") }! + 1
        #expect(line > 65_535)
        #expect(error.location?.line == line)
    }

    @Test("other encodings are read and converted")
    func latin1() throws {
        let xml = TestSupport.document(body: #"    <p id="p1">Zürich</p>"#).replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
        let data = try #require(xml.data(using: .isoLatin1))
        let article = try XMLArticleReader().read(data)
        #expect(article.text == "Zürich")
    }

    @Test("locations of identified elements are recorded")
    func locations() throws {
        let xml = TestSupport.document(body: #"    <p id="p1">a <mention id="m1" type="person">b</mention></p>"#)
        let result = try XMLArticleReader().readDocument(Data(xml.utf8), fileName: "t.xml")
        let line = xml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("m1") }! + 1
        #expect(result.locations["m1"] == SourceLocation(file: "t.xml", line: line, column: 18))
        #expect(result.locations["p1"] == SourceLocation(file: "t.xml", line: line, column: 5))
        #expect(result.locations["a1"]?.line == 2)
    }
}
