import NewsmarkModel
import Testing

@Suite struct ArticleTests {
    @Test func blocksAreJoinedByBlankLinesWithCodePointSpans() {
        let article = Article(id: "a", blocks: [(.headline, "Zürich 🚀"), (.body, "First."), (.body, "Second.")])
        #expect(article.text == "Zürich 🚀\n\nFirst.\n\nSecond.")
        #expect(article.blocks.map(\.span) == [
            TextSpan(start: 0, end: 8), TextSpan(start: 10, end: 16), TextSpan(start: 18, end: 25),
        ])
        #expect(article.blocks.map(\.id) == ["p1", "p2", "p3"])
        #expect(article.headline == "Zürich 🚀")
        #expect(article.block(containing: TextSpan(start: 11, end: 14))?.id == "p2")
    }

    @Test func idAllocatorSkipsUsedIDs() {
        var article = Article(id: "a", blocks: [(.body, "x")])
        article.mentions = [EntityMention(id: "m1", type: "person", span: TextSpan(start: 0, end: 1))]
        var ids = IDAllocator(article: article)
        #expect(ids.next("m") == "m2")
        #expect(ids.next("m") == "m3")
        #expect(ids.next("p") == "p2")
        #expect(ids.next("q") == "q1")
    }

    @Test func annotationsSortInTextOrderEnclosingFirst() {
        var article = Article(id: "a", blocks: [(.body, "Boris Yeltsin said")])
        article.mentions = [
            EntityMention(id: "m2", type: "person", span: TextSpan(start: 6, end: 13)),
            EntityMention(id: "m1", type: "person", span: TextSpan(start: 0, end: 13)),
        ]
        article.sortAnnotations()
        #expect(article.mentions.map(\.id) == ["m1", "m2"])
    }

    @Test func errorsPrintLikeCompilerDiagnostics() {
        let error = NewsmarkError(.invalidInput, "unexpected end of input", location: SourceLocation(file: "a.xml", line: 3, column: 14), ruleID: "NM001")
        #expect(error.description == "a.xml:3:14: error[NM001]: unexpected end of input")
        #expect(NewsmarkError(.io, "no such file").inFile("b.xml").description == "b.xml: error: no such file")
    }

    @Test func forEachIDVisitsEveryIDBearingPartInOrder() {
        var article = Article(id: "a", blocks: [(.headline, "Heading"), (.body, "Body text here.")])
        article.annotators = [Annotator(id: "ann", kind: .tool, name: "tool", mode: .automatic)]
        article.discourseEntities = [DiscourseEntity(id: "e1", type: "person", name: "Someone")]
        article.mentions = [EntityMention(id: "m1", type: "person", span: TextSpan(start: 0, end: 4))]
        article.quotes = [Quote(id: "q1", span: TextSpan(start: 8, end: 12), kind: .direct)]
        article.temporalExpressions = [TemporalExpression(id: "t1", span: TextSpan(start: 13, end: 17), type: .date, value: "2026")]
        var seen: [String] = []
        article.forEachID { seen.append($0) }
        #expect(seen == article.blocks.map(\.id) + ["ann", "e1", "m1", "q1", "t1"])
        #expect(Set(seen) == article.allIDs)
    }
}
