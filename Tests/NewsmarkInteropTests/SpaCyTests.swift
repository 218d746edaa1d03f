import NewsmarkModel
import Testing
@testable import NewsmarkInterop

@Suite("spaCy JSON")
struct SpaCyTests {
    let original = SampleArticle.make()

    @Test("tokens rebuild the text the way Doc.from_json does")
    func tokensRebuildText() throws {
        let doc = SpaCyExporter().document(for: original)
        let text = Array(original.text.unicodeScalars)
        let tokens = doc["tokens"]?.array ?? []
        #expect(!tokens.isEmpty)
        // spaCy: word = text[start:end]; the token has a trailing space when the next token starts later.
        var rebuilt = String.UnicodeScalarView()
        for (index, token) in tokens.enumerated() {
            let start = try #require(token["start"]?.int)
            let end = try #require(token["end"]?.int)
            #expect(token["id"]?.int == index)
            rebuilt.append(contentsOf: text[start..<end])
            let next = index + 1 < tokens.count ? (tokens[index + 1]["start"]?.int ?? end) : text.count
            if next > end {
                #expect(next == end + 1 && text[end] == " ", "gap after token \(index) is more than one space")
                rebuilt.append(" ")
            }
        }
        #expect(String(rebuilt) == original.text)
        // The blank line between paragraphs is a white-space token, as spaCy's tokenizer makes it.
        #expect(tokens.contains { $0["start"]?.int.map { text[$0] == "\n" } == true })
    }

    @Test("ents are code-point spans on token boundaries that do not overlap")
    func ents() throws {
        let doc = SpaCyExporter().document(for: original)
        let ents = doc["ents"]?.array ?? []
        let find = SpanFinder(original.text)
        let nesodden = find.span("Nesodden")
        #expect(ents.contains(.object(["start": .number(Double(nesodden.start)), "end": .number(Double(nesodden.end)), "label": .string("LOC")])))
        let kari = find.span("Kari Vik")
        #expect(ents.contains(.object(["start": .number(Double(kari.start)), "end": .number(Double(kari.end)), "label": .string("PERSON")])))
        let tuesday = find.span("Tuesday")
        #expect(ents.contains(.object(["start": .number(Double(tuesday.start)), "end": .number(Double(tuesday.end)), "label": .string("DATE")])))
        let spans = ents.compactMap { e in e["start"]?.int.flatMap { s in e["end"]?.int.map { TextSpan(start: s, end: $0) } } }
        for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.end <= b.start) }
        #expect(!ents.contains { $0["label"]?.string == "MISC" })  // the nested "Norwegian" is left out
        #expect(doc["sents"]?.array?.first == .object(["start": .number(0), "end": .number(48)]))
    }
}
