import Foundation
import NewsmarkModel
import PropertyBased
import Testing
@testable import NewsmarkXML

/// The writer's fast paths against the plain algorithms they replace, on random text with markup
/// characters, control characters, non-ASCII and characters outside the BMP.
@Suite("Writer fast paths (differential)")
struct WriterFastPathTests {
    static let pieces: [String] = [
        "a", "Z", " ", "&", "<", ">", "\"", "'", "]]>", "\r", "\n", "\t", "\u{01}", "\u{1F}", "\u{7F}", "ü", "é", "e\u{301}",
        "𝔘", "😀", "中", "\u{FFFE}", "\u{FFFF}", "&amp;", "x", "0",
    ]

    static func randomString(_ seed: Int) -> String {
        var state = UInt64(truncatingIfNeeded: seed) &+ 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var text = ""
        for _ in 0..<(next() % 40) { text += pieces[next() % pieces.count] }
        return text
    }

    /// The text escaping as the writer did it before writing unescaped runs directly: byte by byte.
    static func referenceEscape(_ text: String) -> String {
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case 0x0D: out += Array("&#13;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` without the XML declaration and the line feed after it.
    static func withoutDeclaration(_ text: String) -> String {
        let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        return text.hasPrefix(declaration) ? String(text.dropFirst(declaration.count)) : text
    }

    /// `text` without the line feed libxml2 ends a document with.
    static func withoutFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// The first character XML 1.0 does not allow, by the scalar loop alone (no ASCII fast path).
    static func referenceFirstInvalid(_ value: String) -> (Unicode.Scalar, Int)? {
        for (offset, scalar) in value.unicodeScalars.enumerated() where !scalar.isXMLCharacter { return (scalar, offset) }
        return nil
    }

    @Test("element text is escaped exactly as the byte-by-byte escaping does")
    func textEscaping() async {
        await propertyCheck(count: 1000, input: Gen.int(in: 0...Int.max)) { seed in
            let text = WriterFastPathTests.randomString(seed)
            do {
                let writer = try LibXML2TextWriter(expectedSize: 64)
                try writer.startDocument()
                try writer.startElement("p")
                var scratch: [UInt8] = []
                var copy = text
                try copy.withUTF8 { try writer.text(utf8: $0, scratch: &scratch) }
                try writer.endElement()
                let written = String(decoding: try writer.finish(), as: UTF8.self)
                let expected = WriterFastPathTests.referenceEscape(text)
                let body = text.isEmpty ? "<p/>" : "<p>\(expected)</p>"
                #expect(written.hasSuffix(body + "\n"), "seed \(seed)")
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    @Test("the XML character check finds the same first invalid character with and without its fast path")
    func characterCheck() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...Int.max)) { seed in
            let text = WriterFastPathTests.randomString(seed)
            let fast = XMLCharacterCheck.firstInvalid(in: text)
            let reference = WriterFastPathTests.referenceFirstInvalid(text)
            #expect(fast?.scalar == reference?.0 && fast?.offset == reference?.1, "seed \(seed): \(text.debugDescription)")
        }
    }

    @Test("cached cert spellings equal the formatter's, and out-of-range values stay refused")
    func certaintyCache() throws {
        let writer = try LibXML2TextWriter(expectedSize: 64)
        for value in [0.7, 0.9, 0.7, 0.95, 0, 1, 0.00001, 0.123456789, 0.9, 0.1 + 0.2] {
            #expect(writer.certainty(value) == CertaintyValue.format(value))
        }
        #expect(writer.certainty(1.5) == nil)
        #expect(writer.certainty(-0.1) == nil)
        #expect(writer.certainty(.nan) == nil)
    }

    @Test("attribute values are escaped exactly as libxml2's writer escapes them")
    func attributeEscapingMatchesLibXML2() async {
        await propertyCheck(count: 1000, input: Gen.int(in: 0...Int.max)) { seed in
            // Characters XML 1.0 refuses are checked before writing, so they are left out here.
            let value = String(String.UnicodeScalarView(WriterFastPathTests.randomString(seed).unicodeScalars.filter(\.isXMLCharacter)))
            do {
                // As in the article writer, the document declares UTF-8: libxml2 then writes non-ASCII
                // characters in attribute values as themselves (without a declaration, as `&#xE9;`).
                let writer = try LibXML2TextWriter(expectedSize: 64)
                try writer.startDocument()
                try writer.startElement("p")
                try writer.attribute("a", value)
                try writer.endElement()
                let reference = WriterFastPathTests.withoutDeclaration(String(decoding: try writer.finish(), as: UTF8.self))
                var buffer = MarkupBuffer(capacity: 64)
                buffer.startElement("p")
                buffer.attribute("a", value)
                buffer.endElement()
                #expect(WriterFastPathTests.withoutFinalNewline(reference) == String(decoding: buffer.bytes, as: UTF8.self),
                        "seed \(seed): \(value.debugDescription)")
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    @Test("elements, empty elements and text in a markup buffer match libxml2's writer")
    func markupMatchesLibXML2() throws {
        let writer = try LibXML2TextWriter(expectedSize: 64)
        try writer.startDocument()
        var buffer = MarkupBuffer(capacity: 64)
        var scratch: [UInt8] = []
        for (index, piece) in WriterFastPathTests.pieces.enumerated() where piece.unicodeScalars.allSatisfy(\.isXMLCharacter) {
            try writer.startElement("p")
            buffer.startElement("p")
            try writer.attribute("id", "p\(index)")
            buffer.attribute("id", "p\(index)")
            if index % 3 == 0 {  // an element without content
                try writer.startElement("mention")
                buffer.startElement("mention")
                try writer.endElement()
                buffer.endElement()
            }
            var copy = piece
            try copy.withUTF8 { try writer.text(utf8: $0, scratch: &scratch) }
            copy.withUTF8 { buffer.text(utf8: $0) }
            try writer.endElement()
            buffer.endElement()
        }
        let reference = WriterFastPathTests.withoutDeclaration(String(decoding: try writer.finish(), as: UTF8.self))
        #expect(WriterFastPathTests.withoutFinalNewline(reference) == String(decoding: buffer.bytes, as: UTF8.self))
    }

    @Test("random articles are written byte for byte as the element-by-element libxml2 writer writes them")
    func bodyMatchesLibXML2Writer() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...Int.max)) { seed in
            let article = RandomArticle.make(seed: UInt64(seed))
            do {
                let fast = try XMLArticleWriter().write(article)
                let reference = try XMLArticleWriter(bodyWriting: .libxml2).write(article)
                #expect(fast == reference, "seed \(seed)")
            } catch {
                Issue.record("seed \(seed): \(error)")
            }
        }
    }

    @Test("a long article (many buffer chunks) is written as the libxml2 writer writes it")
    func longArticleMatches() throws {
        var blocks: [(role: BlockRole, text: String)] = [(.headline, "A & B <headline>")]
        for index in 0..<3000 { blocks.append((.body, "Paragraph \(index): \"quoted\" text with <markup> & 😀 é\t.")) }
        var article = Article(id: "long", blocks: blocks)
        for (index, block) in article.blocks.enumerated() where index > 0 {
            article.mentions.append(EntityMention(id: "m\(index)", type: "person", span: TextSpan(start: block.span.start, end: block.span.start + 9),
                                                  provenance: Provenance(annotatorID: "tool", confidence: index % 2 == 0 ? 0.7 : 0.95)))
        }
        let fast = try XMLArticleWriter().write(article)
        #expect(fast == (try XMLArticleWriter(bodyWriting: .libxml2).write(article)))
        #expect(fast.count > 200_000)
    }

    @Test("repeated provenances (written from the markup cache) match the libxml2 writer, past the cache's size")
    func repeatedProvenancesMatch() throws {
        let annotators: [String?] = [nil, "tool", "a&b \"quoted\" <x>", "tool-2", "tööl"]
        let confidences: [Double?] = [nil, 0.5, 0.9, 1, 0, 0.123456789, 0.25]
        var blocks: [(role: BlockRole, text: String)] = [(.headline, "Heading")]
        for index in 0..<120 { blocks.append((.body, "Paragraph \(index) names someone here.")) }
        var article = Article(id: "prov", blocks: blocks)
        for (index, block) in article.blocks.enumerated() where index > 0 {
            // 35 distinct provenances, each met several times, in an order that mixes them.
            let provenance = Provenance(annotatorID: annotators[(index * 7) % annotators.count],
                                        confidence: confidences[(index * 3) % confidences.count])
            article.mentions.append(EntityMention(id: "m\(index)", type: "person",
                                                  span: TextSpan(start: block.span.start, end: block.span.start + 9),
                                                  provenance: provenance))
        }
        let fast = try XMLArticleWriter().write(article)
        #expect(fast == (try XMLArticleWriter(bodyWriting: .libxml2).write(article)))
        // A bad confidence after its annotator's markup is cached is still refused, as by libxml2's path.
        article.mentions[100].provenance = Provenance(annotatorID: "tool", confidence: 2)
        #expect(throws: NewsmarkError.self) { try XMLArticleWriter().write(article) }
        #expect(throws: NewsmarkError.self) { try XMLArticleWriter(bodyWriting: .libxml2).write(article) }
    }

    @Test("errors in inline attributes read the same with both body writers")
    func errorsMatch() throws {
        var article = Article(id: "a", blocks: [(.body, "Some text here.")])
        article.mentions = [EntityMention(id: "m1", type: "per\u{01}son", span: TextSpan(start: 0, end: 4))]
        #expect(throws: NewsmarkError.self) { try XMLArticleWriter().write(article) }
        var messages: [String] = []
        for writer in [XMLArticleWriter(), XMLArticleWriter(bodyWriting: .libxml2)] {
            do { _ = try writer.write(article) } catch { messages.append("\(error)") }
        }
        #expect(messages.count == 2 && messages[0] == messages[1])
        article.mentions = [EntityMention(id: "m1", type: "person", span: TextSpan(start: 0, end: 4),
                                          provenance: Provenance(annotatorID: "x", confidence: 2))]
        messages = []
        for writer in [XMLArticleWriter(), XMLArticleWriter(bodyWriting: .libxml2)] {
            do { _ = try writer.write(article) } catch { messages.append("\(error)") }
        }
        #expect(messages.count == 2 && messages[0] == messages[1])
    }

    @Test("the text check reports the first bad character at its code-point offset after ASCII runs and non-ASCII text")
    func textCheckOffsets() {
        func message(_ blocks: [(role: BlockRole, text: String)]) -> String? {
            do {
                _ = try XMLArticleWriter().write(Article(id: "a", blocks: blocks))
                return nil
            } catch {
                return (error as? NewsmarkError)?.message
            }
        }
        // "héllo" (5) + "\n\n" (2) + "ok 😀 fine" (9): the vertical tab is at offset 16.
        #expect(message([(.body, "héllo"), (.body, "ok 😀 fine\u{0B}x")])?.contains("U+000B at offset 16") == true)
        #expect(message([(.body, "plain ascii\tand tab"), (.body, "one\ntwo")])?.contains("line break at offset 24") == true)
        #expect(message([(.body, "ascii then \u{FFFE}")])?.contains("U+FFFE at offset 11") == true)
        #expect(message([(.body, "fine"), (.body, "also fine \u{7F} é 😀")]) == nil)
    }
}
