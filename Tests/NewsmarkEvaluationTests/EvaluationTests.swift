import Foundation
import NewsmarkAnnotation
import NewsmarkModel
import Testing
@testable import NewsmarkEvaluation

/// The code-point span of the `occurrence`-th `needle` in `text`.
func span(_ needle: String, in text: String, occurrence: Int = 1) -> TextSpan {
    let haystack = Array(text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    var seen = 0
    for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
        seen += 1
        if seen == occurrence { return TextSpan(start: start, end: start + pattern.count) }
    }
    preconditionFailure("'\(needle)' not found")
}

/// A gold article and a perturbed copy whose scores are computed by hand below.
enum Fixture {
    static let text = "Anna Berg met Carl Dahl in Oslo on Monday. \"We agreed,\" Berg said."

    static func gold() -> Article {
        var article = Article(id: "a1", blocks: [(.body, text)])
        article.discourseEntities = [
            DiscourseEntity(id: "e1", type: "person", name: "Anna Berg"),
            DiscourseEntity(id: "e2", type: "person", name: "Carl Dahl"),
        ]
        article.mentions = [
            EntityMention(id: "m1", type: "person", span: span("Anna Berg", in: text), entityID: "e1"),
            EntityMention(id: "m2", type: "person", span: span("Carl Dahl", in: text), entityID: "e2"),
            EntityMention(id: "m3", type: "location", span: span("Oslo", in: text)),
            EntityMention(id: "m4", type: "person", span: span("Berg", in: text, occurrence: 2), entityID: "e1"),
        ]
        article.temporalExpressions = [TemporalExpression(id: "t1", span: span("Monday", in: text), type: .date, value: "2024-01-01")]
        article.quotes = [Quote(id: "q1", span: span("\"We agreed,\"", in: text), kind: .direct, speakerID: "e1")]
        return article
    }

    /// "Carl" instead of "Carl Dahl", Oslo as an organization, another Monday, and the quote given to Carl.
    static func perturbed() -> Article {
        var article = gold()
        article.mentions[1].span = span("Carl", in: text)
        article.mentions[2].type = "organization"
        article.temporalExpressions[0].value = "2024-01-08"
        article.quotes[0].speakerID = "e2"
        return article
    }
}

@Suite("Evaluation")
struct EvaluationTests {
    func report(_ gold: Article, _ predicted: Article) throws -> EvaluationReport {
        var evaluator = CorpusEvaluator()
        try evaluator.add(gold: gold, predicted: predicted)
        return evaluator.report()
    }

    func score(_ report: EvaluationReport, _ layer: String, _ type: String, _ match: MatchMode) -> EvaluationScore? {
        report.scores.first { $0.layer == layer && $0.type == type && $0.match == match }
    }

    @Test("an article agrees with itself perfectly everywhere")
    func selfAgreement() throws {
        let report = try report(Fixture.gold(), Fixture.gold())
        #expect(report.articles == 1)
        #expect(!report.scores.isEmpty)
        for score in report.scores {
            #expect(score.precision == 1 && score.recall == 1 && score.f1 == 1, "\(score.layer)/\(score.type)/\(score.match)")
            if score.layer == "entities" { #expect(score.kappa == 1) }
            if score.layer == "dates" { #expect(score.valueAccuracy == 1) }
            if score.layer == "quotes" { #expect(score.speakerAccuracy == 1) }
        }
        // Types absent from both sides are left out.
        #expect(score(report, "entities", "misc", .exact) == nil)
        #expect(score(report, "quotes", "scare", .exact) == nil)
        #expect(score(report, "dates", "duration", .overlap) == nil)
    }

    @Test("a perturbed copy scores as computed by hand")
    func perturbed() throws {
        let report = try report(Fixture.gold(), Fixture.perturbed())
        // Persons: Anna Berg and Berg match exactly; Carl only overlaps Carl Dahl.
        let personExact = try #require(score(report, "entities", "person", .exact))
        #expect(personExact.gold == 3 && personExact.predicted == 3 && personExact.matched == 2)
        #expect(abs(personExact.f1 - 2.0 / 3.0) < 1e-12)
        #expect(score(report, "entities", "person", .overlap)?.f1 == 1)
        // Oslo: a location on one side, an organization on the other.
        let location = try #require(score(report, "entities", "location", .exact))
        #expect(location.precision == 0 && location.recall == 0 && location.f1 == 0 && location.gold == 1 && location.predicted == 0)
        #expect(score(report, "entities", "organization", .overlap)?.predicted == 1)
        #expect(score(report, "entities", "all", .exact)?.f1 == 0.5)
        #expect(score(report, "entities", "all", .overlap)?.f1 == 0.75)
        // Kappa over 18 tokens. All labels: observed 16/18, expected 167/324, kappa 121/157.
        #expect(abs((score(report, "entities", "all", .exact)?.kappa ?? 0) - 121.0 / 157.0) < 1e-12)
        // Persons only: observed 17/18, expected 193/324, kappa 113/131.
        #expect(abs((personExact.kappa ?? 0) - 113.0 / 131.0) < 1e-12)
        // Location and organization: observed equals expected, kappa 0.
        #expect(abs(location.kappa ?? 1) < 1e-12)
        // Dates: the span matches, the value does not.
        let dates = try #require(score(report, "dates", "date", .exact))
        #expect(dates.f1 == 1 && dates.valueAccuracy == 0)
        // Quotes: the span matches, the speaker does not.
        let quotes = try #require(score(report, "quotes", "direct", .exact))
        #expect(quotes.f1 == 1 && quotes.speakerAccuracy == 0)
    }

    @Test("the tokenizer gives the 18 tokens the hand computation assumes")
    func tokenCount() {
        let analysis = TextAnalysis(article: Fixture.gold())
        #expect(analysis.tokens.count == 18)
        let labels = TokenAgreement.labels(Fixture.perturbed().mentions, analysis: analysis)
        #expect(labels == ["B-person", "I-person", "O", "B-person", "O", "O", "B-organization", "O", "O", "O",
                           "O", "O", "O", "O", "O", "B-person", "O", "O"])
    }

    @Test("speakers are compared by the canonical name of their entity, not by id")
    func speakerByName() throws {
        var predicted = Fixture.gold()
        predicted.discourseEntities = [DiscourseEntity(id: "x9", type: "person", name: "anna  Berg")]
        predicted.quotes[0].speakerID = "x9"
        predicted.mentions = predicted.mentions.map { var m = $0; m.entityID = nil; return m }
        let report = try report(Fixture.gold(), predicted)
        #expect(score(report, "quotes", "direct", .exact)?.speakerAccuracy == 1)
    }

    @Test("overlap matching is one-to-one, largest overlap first")
    func overlapMatching() {
        let gold = [TextSpan(start: 0, end: 10), TextSpan(start: 12, end: 20)]
        let predicted = [TextSpan(start: 5, end: 14), TextSpan(start: 0, end: 4), TextSpan(start: 8, end: 20)]
        let pairs = SpanMatcher.match(gold: gold, predicted: predicted, mode: .overlap)
        // Overlaps: g0-p0 5, g0-p1 4, g0-p2 2, g1-p0 2, g1-p2 8. Greedy: g1-p2 (8), g0-p0 (5).
        #expect(pairs.map { [$0.0, $0.1] } == [[0, 0], [1, 2]])
        let exact = SpanMatcher.match(gold: gold + [gold[0]], predicted: [gold[0]], mode: .exact)
        #expect(exact.count == 1)
    }

    @Test("different texts cannot be compared")
    func differentText() {
        var other = Fixture.gold()
        other.text = other.text.replacingOccurrences(of: "Monday", with: "Sunday")
        var evaluator = CorpusEvaluator()
        #expect(throws: NewsmarkError.self) { try evaluator.add(gold: Fixture.gold(), predicted: other) }
    }

    @Test("counts are pooled over articles")
    func pooled() throws {
        var evaluator = CorpusEvaluator()
        try evaluator.add(gold: Fixture.gold(), predicted: Fixture.gold())
        try evaluator.add(gold: Fixture.gold(), predicted: Fixture.perturbed())
        let report = evaluator.report()
        #expect(report.articles == 2)
        let person = score(report, "entities", "person", .exact)
        #expect(person?.gold == 6 && person?.matched == 5)
    }
}
