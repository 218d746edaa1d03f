import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

@Suite("Structure: raw text to article")
struct StructureConverterTests {
    private func structure(_ raw: String, published: String? = nil) throws -> RawTextConverter.Result {
        try RawTextConverter(options: .init(published: published)).structure(raw, id: "a1")
    }

    private func blockTexts(_ article: Article) -> [String] {
        let text = ScalarText(article.text)
        return article.blocks.map { text.string($0.span) }
    }

    @Test("the seed article: chrome removed, headline, dateline, date, source, 15 body paragraphs")
    func seed() throws {
        let result = try structure(try StructureSamples.text("rferl-1998-05-20-nato-russia.txt"))
        let article = result.article
        #expect(result.removedLines == ["Accessibility links", "Breaking News"])
        #expect(article.headline == "Russia: Rapprochement With NATO Remains Politically Fragile")
        #expect(article.blocks.count == 16)
        #expect(article.blocks.filter { $0.role == .body }.count == 15)
        let dateline = try #require(article.dateline)
        let text = ScalarText(article.text)
        #expect(text.string(dateline.span) == "Prague, 20 May 1998 (RFE/RL) --")
        #expect(dateline.place.map(text.string) == "Prague")
        #expect(dateline.source.map(text.string) == "RFE/RL")
        #expect(article.blocks[1].span.start == dateline.span.start)
        #expect(article.metadata.published == "1998-05-20")
        #expect(article.metadata.source == "RFE/RL")
        #expect(!article.text.contains("Accessibility links"))
        #expect(!article.text.contains("Breaking News"))
    }

    @Test("--published overrides the dateline's date")
    func publishedOverrides() throws {
        let article = try structure("Talks resume\n\nPrague, 20 May 1998 (RFE/RL) -- Talks resumed.", published: "1998-05-21").article
        #expect(article.metadata.published == "1998-05-21")
    }

    @Test("a dateline date without a year gives no publication date, with a note")
    func yearlessDateline() throws {
        let result = try structure("Shares fall\n\nLONDON, March 3 (Reuters) - Shares fell.")
        #expect(result.article.metadata.published == nil)
        #expect(result.article.metadata.source == "Reuters")
        #expect(result.notes.count == 1)
    }

    @Test("a header date line gives the publication date and completes a year-less dateline")
    func headerDate() throws {
        let result = try structure("Shares fall\n\nMarch 3, 2024\n\nLONDON, March 3 (Reuters) - Shares fell.")
        #expect(result.article.metadata.published == "2024-03-03")
        #expect(result.notes.isEmpty)
    }

    @Test("sub-headline, byline and dateline stay in the text; blocks are joined by one blank line")
    func textKept() throws {
        let raw = """
            Skip to content

            Cities sign climate pact

            The two cities will share data

            By Marta Nowak, Europe Correspondent

            ZÜRICH, March 3 (Newsmark Wire) — The mayors signed a pact on Tuesday.

            Share this article
            """
        let article = try structure(raw).article
        #expect(article.text == "Cities sign climate pact\n\nThe two cities will share data\n\nBy Marta Nowak, Europe Correspondent\n\n"
                + "ZÜRICH, March 3 (Newsmark Wire) — The mayors signed a pact on Tuesday.")
        #expect(article.blocks.map(\.role) == [.headline, .subheadline, .byline, .body])
    }

    @Test("a standalone dateline block is the article's dateline")
    func standaloneDatelineBlock() throws {
        let article = try structure("Senate votes\n\nWASHINGTON (AP) —\n\nThe Senate voted on Monday.").article
        #expect(article.blocks.map(\.role) == [.headline, .dateline, .body])
        #expect(article.dateline?.span == article.blocks[1].span)
        #expect(article.metadata.source == "AP")
    }

    @Test("empty input and input that is all chrome are errors")
    func empty() {
        #expect(throws: NewsmarkError.self) { try structure("") }
        #expect(throws: NewsmarkError.self) { try structure("Skip to content\n\nAdvertisement\n") }
    }

    @Test("control characters never reach the article text")
    func controlCharacters() throws {
        let result = try structure("Title\u{7}\n\nBody\u{0} text \u{1B}[0m here.")
        #expect(result.article.text.unicodeScalars.allSatisfy { $0.isXMLCharacter })
        #expect(result.notes.count == 3)
    }

    @Test("a paragraph over 10 MB is refused, not truncated")
    func hugeParagraph() {
        let sentence = "This sentence is repeated to build one enormous paragraph. "
        let raw = "Title\n\n" + String(repeating: sentence, count: ArticleAssembler.maximumBlockBytes / sentence.utf8.count + 2)
        #expect {
            try structure(raw)
        } throws: { error in
            guard let error = error as? NewsmarkError else { return false }
            return error.kind == .invalidInput && error.location?.line == 3 && error.message.contains("10000000")
        }
    }

    @Test("every raw sample: text out, converted again, gives the same text, roles and dateline",
          arguments: StructureSamples.rawNames)
    func textRoundTrip(_ name: String) throws {
        let first = try RawTextConverter().convert(try StructureSamples.text(name), id: "sample")
        let exported = first.article.text + "\n"
        let second = try RawTextConverter().convert(exported, id: "sample")
        #expect(second.article.text == first.article.text)
        #expect(second.article.blocks == first.article.blocks)
        #expect(second.article.dateline == first.article.dateline)
        #expect(second.removed.isEmpty)
        #expect(!first.article.blocks.isEmpty)
    }
}
