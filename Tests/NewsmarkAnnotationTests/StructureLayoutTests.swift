import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

@Suite("Structure: headline, sub-headline, byline, dateline roles")
struct StructureLayoutTests {
    private func roles(_ paragraphs: [String]) -> [BlockRole] { ArticleLayoutDetector.detect(paragraphs).roles }

    let body1 = "The council met on Monday to discuss the budget for the coming year, officials said."
    let body2 = "Members disagreed sharply over spending on roads."

    @Test("headline, then body")
    func headline() {
        #expect(roles(["Council delays budget vote", body1, body2]) == [.headline, .body, .body])
    }

    @Test("a headline may end with a question mark, an exclamation mark or an emoji")
    func headlinePunctuation() {
        #expect(roles(["Is the budget doomed?", body1, body2]).first == .headline)
        #expect(roles(["Lunar rover app tops charts 🚀", body1, body2]).first == .headline)
    }

    @Test("a first paragraph that is a sentence is not a headline")
    func noHeadline() {
        #expect(roles([body1, body2]) == [.body, .body])
    }

    @Test("a first line ending in a function word is a broken sentence, not a headline")
    func brokenSentence() {
        #expect(roles(["The council said today it will look again at the future of", body1, body2]).first == .body)
    }

    @Test("a dateline on its own line before the body, with a region and agency, is not a byline")
    func standaloneDatelineNotByline() {
        #expect(roles(["OSLO, Norway (AP) _", body1, body2]) == [.dateline, .body, .body])
    }

    @Test("a headline with a final period: title case, or short and followed by a long paragraph")
    func headlineWithFinalPeriod() {
        #expect(roles(["Here Is What We Know About The Ferry Fire.", body1, body2]).first == .headline)
        #expect(roles(["Transit fares are a shared burden.", body1, body2]).first == .headline)
        #expect(roles(["The vote failed. Members left.", body1, body2]).first == .body)
        #expect(roles(["Members disagreed sharply over spending on roads and bridges, the mayor said.", body2]).first == .body)
    }

    @Test("a single paragraph is body")
    func single() {
        #expect(roles(["Council delays budget vote"]) == [.body])
    }

    @Test("headline, sub-headline, byline, dateline paragraph")
    func fullHeader() {
        let layout = ArticleLayoutDetector.detect([
            "Cities sign climate pact", "The two cities will share heat-wave data for five years.",
            "By Marta Nowak, Europe Correspondent", "ZÜRICH, March 3 (Newsmark Wire) — The mayors signed.", body2,
        ])
        #expect(layout.roles == [.headline, .subheadline, .byline, .body, .body])
        #expect(layout.datelineParagraph == 3)
    }

    @Test("a deck right after the headline is a sub-headline")
    func deck() {
        #expect(roles(["Council delays budget vote", "Spending on roads divides members", body1, body2]) ==
                [.headline, .subheadline, .body, .body])
    }

    @Test("a dateline on its own line is a dateline block")
    func standaloneDateline() {
        let layout = ArticleLayoutDetector.detect(["Council delays budget vote", "By Jane Doe", "WASHINGTON (AP) —", body1])
        #expect(layout.roles == [.headline, .byline, .dateline, .body])
        #expect(layout.datelineParagraph == 2)
    }

    @Test("a date line in the header is publication information")
    func dateLine() {
        let layout = ArticleLayoutDetector.detect(["Council delays budget vote", "Published: 20 May 1998", body1, body2])
        #expect(layout.roles == [.headline, .byline, .body, .body])
        #expect(layout.headerDate?.description == "1998-05-20")
    }

    @Test("a byline-like line deep in the body stays body")
    func bylineInBody() {
        let paragraphs = ["Council delays budget vote", body1, body2, body1, body2, body1, body2, body1, "By Jane Doe"]
        #expect(roles(paragraphs).last == .body)
    }

    @Test("a headline ending with a period is taken when a byline follows")
    func headlineWithPeriod() {
        #expect(roles(["Council delays budget vote.", "By Jane Doe", body1]) == [.headline, .byline, .body])
    }

    @Test("the byline names the source after a bar")
    func bylineSource() {
        #expect(ArticleLayoutDetector.detect(["Council delays budget vote", "Jane Doe | Reuters", body1]).bylineSource == "Reuters")
    }
}
