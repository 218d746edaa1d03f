import Dispatch
import Synchronization
import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

/// The entity stage shares its token forms between articles through a pool of memos; articles
/// annotated at the same time must each keep their memo until they have finished with it.
@Suite("Entities: articles annotated at the same time")
struct EntityConcurrencyTests {
    /// Articles that share many words (so they share forms) but not their stems' order.
    static let articles: [[String]] = [
        ["Mayor Lena Oduya of Port Talbot met union leaders on Monday.",
         "The Port Talbot council said Oduya would visit Cardiff and the Welsh Assembly next week."],
        ["In Cardiff, the Welsh Assembly debated the steel plan; Lena Oduya did not attend.",
         "Union leaders from Swansea and Port Talbot called the plan a betrayal."],
        ["The Swansea Steel Workers Union asked the European Commission to step in.",
         "Commission officials in Brussels said the mayor of Port Talbot had written to them."],
        ["Tata Steel said it would keep the Port Talbot works open until March.",
         "The company, based in Mumbai, employs 4,000 people in Wales; Oduya welcomed the news."],
    ]

    /// The mentions of `blocks`, annotated on their own.
    static func mentions(_ blocks: [String]) -> [String] {
        (try? annotateEntities(blocks))?.mentionPairs.map(\.description) ?? ["failed"]
    }

    @Test("annotating articles in parallel gives what annotating each alone gives")
    func parallelEqualsSequential() {
        let expected = Self.articles.map(Self.mentions)
        let rounds = 240
        let results = Mutex<[Int: [String]]>([:])
        let mismatches = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: rounds) { round in
            let index = round % Self.articles.count
            let got = Self.mentions(Self.articles[index])
            if got != expected[index] {
                mismatches.withLock { $0 += 1 }
                results.withLock { $0[index] = got }
            }
        }
        #expect(mismatches.withLock { $0 } == 0, "\(results.withLock { $0 })")
    }

    @Test("an article keeps its pooled memo until it is done: another article meanwhile gets another memo")
    func memoStaysWithItsArticle() {
        let first = TextAnalysis(article: Article(id: "a", blocks: Self.articles[0].map { (role: BlockRole.body, text: $0) }))
        let second = TextAnalysis(article: Article(id: "b", blocks: Self.articles[2].map { (role: BlockRole.body, text: $0) }))
        // Warm the pool so that a memo is there to be taken.
        EntityTokenForms.withPooledMemo(gazetteer: .shared) { memo in _ = EntityTokenForms(analysis: second, memo: &memo) }
        EntityTokenForms.withPooledMemo(gazetteer: .shared) { memo in
            let forms = EntityTokenForms(analysis: first, memo: &memo)
            // Another article runs while this one still reads its forms.
            EntityTokenForms.withPooledMemo(gazetteer: .shared) { other in _ = EntityTokenForms(analysis: second, memo: &other) }
            for token in forms.tokens {
                #expect(forms.stems[Int(token.form.stemID)] == token.stem, "\(token.text)")
            }
        }
    }
}

