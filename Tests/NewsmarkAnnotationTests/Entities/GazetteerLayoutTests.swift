import Testing
@testable import NewsmarkAnnotation

/// The shared gazetteer, loaded from the keys laid out at build time, against the same lists parsed
/// the slow way (every entry keyed by the tokenizer at load time): every table must hold the same keys
/// with the same values.
@Suite("Gazetteer layout (differential)")
struct GazetteerLayoutTests {
    static let parsed = Gazetteer(
        names: GazetteerData.names, givenNames: GazetteerData.givenNames, surnames: GazetteerData.surnames,
        commonWords: GazetteerData.commonWords, titles: GazetteerData.titles,
        organizationHeads: GazetteerData.organizationHeads, locationHeads: GazetteerData.locationHeads,
        miscHeads: GazetteerData.miscHeads, nonNames: GazetteerData.nonNames, teamPlaces: GazetteerData.teamPlaces,
        sportsWords: GazetteerData.sportsWords)

    static func expectSame(_ laidOut: GazetteerTable, _ parsed: GazetteerTable, _ name: String) {
        #expect(laidOut.count == parsed.count, "\(name): \(laidOut.count) keys instead of \(parsed.count)")
        var wrong = 0
        for (key, value) in parsed.entries where laidOut.value(key) != value {
            wrong += 1
            if wrong <= 10 {
                Issue.record("\(name) '\(key)': \(String(describing: laidOut.value(key))) instead of \(value)")
            }
        }
        #expect(wrong == 0, "\(name): \(wrong) keys differ")
    }

    @Test("the laid-out tables equal the parsed ones, key for key")
    func laidOutTablesEqualParsedOnes() {
        let shared = Gazetteer.shared
        let parsed = GazetteerLayoutTests.parsed
        #expect(shared.entities == parsed.entities)
        GazetteerLayoutTests.expectSame(shared.phrases, parsed.phrases, "phrases")
        GazetteerLayoutTests.expectSame(shared.longestPhrase, parsed.longestPhrase, "longest phrase")
        GazetteerLayoutTests.expectSame(shared.personSurnames, parsed.personSurnames, "person surnames")
        let lists: [(GazetteerWordList, GazetteerWordList, String)] = [
            (shared.givenNames, parsed.givenNames, "given names"), (shared.surnames, parsed.surnames, "surnames"),
            (shared.commonWords, parsed.commonWords, "common words"), (shared.titles, parsed.titles, "titles"),
            (shared.organizationHeads, parsed.organizationHeads, "organization heads"),
            (shared.locationHeads, parsed.locationHeads, "location heads"), (shared.miscHeads, parsed.miscHeads, "misc heads"),
            (shared.nonNames, parsed.nonNames, "non-names"), (shared.teamPlaces, parsed.teamPlaces, "team places"),
            (shared.sportsWords, parsed.sportsWords, "sports words"),
        ]
        for (laidOut, plain, name) in lists { GazetteerLayoutTests.expectSame(laidOut.table, plain.table, name) }
        #expect(shared.longestTitle == parsed.longestTitle)
    }

    @Test("non-ASCII names are found, composed or decomposed, before and after other look-ups")
    func nonASCIINamesAreFound() throws {
        let shared = Gazetteer.shared
        let composed = try #require(GazetteerLayoutTests.parsed.entity(phrase: "curaçao"))
        #expect(shared.entity(phrase: "curaçao") == composed)
        #expect(shared.entity(phrase: "curac\u{327}ao") == composed)
        #expect(shared.entity(named: "Curaçao") == composed)
        #expect(shared.longestPhrase(startingWith: "curaçao") == GazetteerLayoutTests.parsed.longestPhrase(startingWith: "curaçao"))
        #expect(shared.entity(phrase: "no such plaçe") == nil)
    }
}
