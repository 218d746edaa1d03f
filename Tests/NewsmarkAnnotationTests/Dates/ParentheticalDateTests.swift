import NewsmarkAnnotation
import NewsmarkModel
import Testing

@Suite("Dates: parenthetical pairs and missing anchors")
struct ParentheticalDateTests {
    @Test("a relative expression and its explicit date are two expressions, each right")
    func pairs() {
        let dates = AnnotatedDates(["Two days ago (May 18) the troops arrived.", "Speaking last week (May 12) to diplomats, he said so."])
        #expect(dates.surfaces == ["Two days ago", "May 18", "last week", "May 12"])
        #expect(dates.value("Two days ago") == "1998-05-18")
        #expect(dates.value("May 18") == "1998-05-18")
        #expect(dates.value("last week") == "1998-W20")
        #expect(dates.value("May 12") == "1998-05-12")
    }

    @Test("without a publication date: unknown parts are X and deictic expressions are skipped")
    func noAnchor() {
        let dates = AnnotatedDates("The council met on May 18 and on Tuesday, yesterday, in 1998.", published: nil)
        #expect(dates.value("May 18") == "XXXX-05-18")
        #expect(dates.value("Tuesday") == "XXXX-WXX-2")
        #expect(dates.value("1998") == "1998")
        #expect(dates.timex("yesterday") == nil)
    }

    @Test("an article's existing temporal expressions are kept, and new ids do not clash")
    func existing() {
        var article = Article(id: "a", metadata: ArticleMetadata(published: "1998-05-20"), blocks: [(.body, "It rained today and yesterday.")])
        article.temporalExpressions = [TemporalExpression(id: "t1", span: TextSpan(start: 9, end: 14), type: .date, value: "1998-05-20")]
        try? AnnotationPipeline(stages: [DateAnnotator()]).run(on: &article)
        #expect(article.temporalExpressions.count == 2)
        #expect(Set(article.temporalExpressions.map(\.id)).count == 2)
        #expect(article.temporalExpressions.contains { $0.value == "1998-05-19" && $0.provenance.annotatorID == "newsmark-dates" })
    }
}
