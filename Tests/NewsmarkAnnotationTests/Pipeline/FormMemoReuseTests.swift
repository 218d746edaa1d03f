import Foundation
import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// Word-form memos kept from article to article change nothing an article gets: not the pieces and
/// tokens a stage derives, not the annotations, whatever was converted before and whoever converts
/// at the same time.
@Suite struct FormMemoReuseTests {
    static let earlier = """
        The alliance met on Monday in Brussels. "We will see," the minister said of the two-week talks.

        Russia's president said the alliance's plans for May 20, 1998 were accepted.
        """
    static let later = """
        The Alliance met on Monday. President Yeltsin said on Tuesday that the Alliance's expansion was a mistake.

        NATO and Russia signed the act in Paris; ALLIANCE officials, the 1990s and 3pm, Zürich’s café.
        """

    static func analysis(_ text: String) -> TextAnalysis {
        TextAnalysis(article: Article(id: "t", blocks: text.components(separatedBy: "\n\n").map { (role: BlockRole.body, text: $0) }))
    }

    @Test func entityFormsFromAFilledMemoEqualFreshOnes() {
        let first = Self.analysis(Self.earlier)
        let second = Self.analysis(Self.later)
        var memo = EntityFormMemo(gazetteer: .shared)
        _ = EntityTokenForms(analysis: first, memo: &memo)
        let formsAfterFirst = memo.formCount
        let reused = EntityTokenForms(analysis: second, memo: &memo)
        var fresh = EntityFormMemo(gazetteer: .shared)
        let alone = EntityTokenForms(analysis: second, memo: &fresh)
        // The memo kept the first article's forms and added only the second article's new ones.
        #expect(memo.formCount > formsAfterFirst && memo.formCount < formsAfterFirst + fresh.formCount)
        #expect(reused.stems == alone.stems)
        #expect(reused.theStemID == alone.theStemID)
        #expect(reused.tokens.count == alone.tokens.count)
        for (a, b) in zip(reused.tokens, alone.tokens) {
            #expect(a.span == b.span && a.text == b.text && a.stem == b.stem)
            #expect(a.form.stemID == b.form.stemID, "\(a.text)")
            // "alliance" is lower case in the first article only: the second must not inherit that.
            #expect(a.form.stemIsLowercaseWord == b.form.stemIsLowercaseWord, "\(a.text)")
            #expect(a.form.isCommonWord == b.form.isCommonWord, "\(a.text)")
        }
        #expect(reused.tokens.first { $0.text == "Alliance" }?.form.stemIsLowercaseWord == false)
    }

    @Test func entityMemoOfAnotherGazetteerIsNotUsed() {
        // A gazetteer whose only common word is "met".
        let other = Gazetteer(names: "L\tBrussels", givenNames: "", surnames: "", commonWords: "met", titles: "",
                              organizationHeads: "", locationHeads: "", miscHeads: "", nonNames: "", teamPlaces: "", sportsWords: "")
        var memo = EntityFormMemo(gazetteer: other)
        let analysis = Self.analysis(Self.earlier)
        let own = EntityTokenForms(analysis: analysis, memo: &memo)
        #expect(own.tokens.first { $0.text == "alliance" }?.form.stemIsGazetteerCommonWord == false)
        EntityFormMemo.pool.giveBack(memo)
        // Forms whose look-ups were made in `other` never reach an article annotated with the shared one.
        let forms = EntityTokenForms(analysis: analysis, gazetteer: .shared)
        #expect(forms.tokens.allSatisfy { $0.form.stemIsGazetteerCommonWord == Gazetteer.shared.commonWords.contains($0.stem) })
    }

    @Test func datePiecesFromAFilledMemoEqualFreshOnes() {
        let first = Self.analysis(Self.earlier)
        let second = Self.analysis(Self.later)
        var memo = TemporalPieceForms()
        for sentence in first.sentences {
            _ = TemporalPieceBuilder.pieces(text: first.text, tokens: first.tokens, range: sentence.tokenRange,
                                            regions: [Int](repeating: 0, count: first.tokens.count), forms: &memo)
        }
        let regions = TemporalPieceBuilder.quoteRegions(text: second.text, tokens: second.tokens, sentences: second.sentences)
        var fresh = TemporalPieceForms()
        for sentence in second.sentences {
            let reused = TemporalPieceBuilder.pieces(text: second.text, tokens: second.tokens, range: sentence.tokenRange,
                                                     regions: regions, forms: &memo)
            let alone = TemporalPieceBuilder.pieces(text: second.text, tokens: second.tokens, range: sentence.tokenRange,
                                                    regions: regions, forms: &fresh)
            #expect(reused == alone)
        }
    }

    /// The samples converted one after another, in either order, and all at once, come out the same.
    @Test func conversionsDoNotDependOnWhatWasConvertedBefore() async throws {
        let names = StructureSamples.rawNames
        #expect(names.count >= 4)
        let texts = try names.map { try StructureSamples.text($0) }
        let converter = RawTextConverter(options: .init(published: "2026-11-23"))
        func convert(_ k: Int) throws -> Article { try converter.convert(texts[k], id: "a\(k)").article }
        let forward = try texts.indices.map(convert)
        let backward = try texts.indices.reversed().map(convert).reversed()
        #expect(forward == Array(backward))
        let together = try await withThrowingTaskGroup(of: (Int, Article).self) { group in
            for _ in 0..<3 {
                for k in texts.indices { group.addTask { (k, try convert(k)) } }
            }
            var results: [(Int, Article)] = []
            for try await result in group { results.append(result) }
            return results
        }
        for (k, article) in together { #expect(article == forward[k]) }
    }
}
