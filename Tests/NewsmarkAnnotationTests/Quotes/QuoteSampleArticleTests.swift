import Foundation
import NewsmarkModel
import Testing

@testable import NewsmarkAnnotation

@Suite("Sample articles")
struct QuoteSampleArticleTests {
    /// The paragraphs of a sample article from the repository's Samples folder.
    private func sample(_ name: String) throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Samples/\(name)"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingNewsmarkWhitespace() }.filter { !$0.isEmpty }
    }

    @Test("The seed article: seven quotes by Yeltsin, scare quotes without speakers")
    func seedArticle() throws {
        let (_, quotes) = try annotateQuotes(try sample("rferl-1998-05-20-nato-russia.txt"))
        let yeltsin = quotes.filter { $0.speaker == "Boris Yeltsin" }
        #expect(yeltsin.map(\.text) == [
            #""encourage radical changes""#,
            #""constructive cooperation""#,
            #""radically to change its essence so it becomes an alliance which strengthens security in Europe, rather than threatening it.""#,
            #""is preparing, on Russia's initiative, a charter of European security.""#,
            #""We are strongly opposed to NATO's enlargement,""#,
            #""In NATO expansion, there is a red line for Russia which should not be crossed,""#,
            #""otherwise, European stability might not withstand the new tension.""#,
        ])
        #expect(yeltsin.map(\.kind) == [.partial, .partial, .partial, .partial, .direct, .direct, .partial])
        #expect(yeltsin.map(\.cue) == ["said", "said", "said", "said", "told", "told", "warning"])
        let scare = quotes.filter { $0.kind == .scare }
        #expect(scare.map(\.text) == [
            "'Partnership for Peace'", #""accepted""#, #""legitimate defensive right""#, #""a sphere of influence,""#,
        ])
        #expect(scare.allSatisfy { $0.speaker == nil })
        #expect(quotes.count == 11)
    }

    @Test("Rail safety sample: consecutive quotes, organizations and appositive names")
    func railSafety() throws {
        let (_, quotes) = try annotateQuotes(try sample("senate-2025-10-14-rail-safety.txt"))
        #expect(quotes.map(\.speaker) == ["Maria Delgado", "Maria Delgado", "National Freight Rail Council", "James O'Connor"])
        #expect(quotes.map(\.kind) == [.direct, .direct, .partial, .direct])
        #expect(quotes.map(\.cue) == ["said", nil, "said", "told"])
    }

    @Test("Climate pact sample: a quote over two paragraphs and an appositive speaker")
    func climatePact() throws {
        let (_, quotes) = try annotateQuotes(try sample("zurich-lodz-2026-03-03-climate-pact.txt"))
        let keller = quotes.filter { $0.speaker == "Anna Keller" }
        #expect(keller.count == 2)
        #expect(keller.last?.quote.continues == keller.first?.quote.id)
        #expect(keller.map(\.cue) == ["said", "told"])
        #expect(quotes.contains { $0.text == "“a beginning, not an end”" && $0.speaker == "Tomasz Wiśniewski" && $0.kind == .partial })
    }

    @Test("Rover app sample: guillemets, an organization in apposition, a participle cue")
    func roverApp() throws {
        let (_, quotes) = try annotateQuotes(try sample("berlin-2026-11-23-rover-app.txt"))
        #expect(quotes.map(\.speaker) == ["Mondfahrt Labs", "Élodie Marchand", "Élodie Marchand"])
        #expect(quotes.map(\.cue) == ["wrote", "wrote", "calling"])
        #expect(quotes.map(\.kind) == [.direct, .direct, .partial])
    }
}
