import NewsmarkAnnotation
import NewsmarkModel
import Testing

@Suite("Nesting repair after the annotators")
struct NestingRepairTests {
    private func article() -> Article {
        Article(id: "a", blocks: [(.headline, "May 1998 Elections Loom"), (.body, "WASHINGTON (AP) — \"We won,\" said Ann Lee.")])
    }

    @Test func aCrossingDateLosesToTheEntity() {
        var a = article()
        a.temporalExpressions = [TemporalExpression(id: "t1", span: TextSpan(start: 0, end: 8), type: .date, value: "1998-05")]
        a.mentions = [EntityMention(id: "m1", type: "misc", span: TextSpan(start: 4, end: 18))]
        let dropped = NestingRepair.repair(&a)
        #expect(dropped.map(\.id) == ["t1"])
        #expect(dropped.first?.crossed == "m1")
        #expect(a.temporalExpressions.isEmpty)
        #expect(a.mentions.count == 1)
    }

    @Test func nestedAndDisjointAnnotationsStay() {
        var a = article()
        a.quotes = [Quote(id: "q1", span: TextSpan(start: 43, end: 51), kind: .direct)]
        a.mentions = [EntityMention(id: "m1", type: "person", span: TextSpan(start: 57, end: 64))]
        a.temporalExpressions = [TemporalExpression(id: "t1", span: TextSpan(start: 0, end: 8), type: .date, value: "1998-05")]
        #expect(NestingRepair.repair(&a).isEmpty)
        #expect(a.quotes.count == 1 && a.mentions.count == 1 && a.temporalExpressions.count == 1)
    }

    @Test func annotationsLeavingTheirBlockOrEnclosingTheDatelineAreDropped() {
        var a = article()
        a.dateline = Dateline(span: TextSpan(start: 25, end: 42), place: TextSpan(start: 25, end: 35))
        a.mentions = [
            EntityMention(id: "m1", type: "location", span: TextSpan(start: 25, end: 35)),  // the place: nests
            EntityMention(id: "m2", type: "misc", span: TextSpan(start: 20, end: 30)),  // crosses blocks
            EntityMention(id: "m3", type: "misc", span: TextSpan(start: 25, end: 45)),  // encloses the dateline
        ]
        let dropped = NestingRepair.repair(&a)
        #expect(Set(dropped.map(\.id)) == ["m2", "m3"])
        #expect(a.mentions.map(\.id) == ["m1"])
    }

    @Test func aDroppedQuotePartNoLongerHasContinuations() {
        var a = Article(id: "a", blocks: [(.body, "\"One two"), (.body, "\"three,\" she said.")])
        a.quotes = [
            Quote(id: "q1", span: TextSpan(start: 0, end: 8), kind: .direct),
            Quote(id: "q2", span: TextSpan(start: 10, end: 18), kind: .direct, continues: "q1"),
        ]
        a.mentions = [EntityMention(id: "m1", type: "misc", span: TextSpan(start: 4, end: 12))]  // leaves its block
        NestingRepair.repair(&a)
        #expect(a.quotes.count == 2)
        a.quotes[0].span = TextSpan(start: 0, end: 12)  // now leaves its block
        NestingRepair.repair(&a)
        #expect(a.quotes.map(\.id) == ["q2"])
        #expect(a.quotes.first?.continues == nil)
    }
}
