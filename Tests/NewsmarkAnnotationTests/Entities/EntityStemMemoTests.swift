import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// The stem numbers an article gets through a memo that numbered the stems of earlier articles equal
/// those of a fresh memo: the memo's own numbers are renumbered per article.
@Suite struct EntityStemMemoTests {
    static let texts = [
        "The caf\u{E9}'s owner met Ana in Z\u{FC}rich. THE CAFE closed; the the the.",
        "Cafe\u{301}s and cafe\u{301} owners: the owner's Caf\u{E9}. a;b a\u{37E}b, Ana's ANA.",
        "No article word here: Owners met Zu\u{308}rich officials, caf\u{E9} owners' views.",
    ]

    static func analysis(_ text: String) -> TextAnalysis {
        TextAnalysis(article: Article(id: "t", blocks: [(role: .body, text: text)]))
    }

    @Test func reusedMemoNumbersStemsAsAFreshOne() {
        for order in [[0, 1, 2], [2, 1, 0], [1, 0, 2, 1]] {
            var memo = EntityFormMemo(gazetteer: .shared)
            for index in order {
                let analysis = Self.analysis(Self.texts[index])
                let reused = EntityTokenForms(analysis: analysis, memo: &memo)
                var fresh = EntityFormMemo(gazetteer: .shared)
                let alone = EntityTokenForms(analysis: analysis, memo: &fresh)
                #expect(reused.stems == alone.stems)
                #expect(reused.theStemID == alone.theStemID)
                for (a, b) in zip(reused.tokens, alone.tokens) {
                    #expect(a.form.stemID == b.form.stemID, "\(a.text)")
                    #expect(a.form.stemIsLowercaseWord == b.form.stemIsLowercaseWord, "\(a.text)")
                }
                for a in reused.tokens {
                    #expect(reused.stems[Int(a.form.stemID)] == a.stem)
                }
            }
        }
    }
}
