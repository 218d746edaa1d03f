import Testing
@testable import NewsmarkModel

@Suite struct IDAllocatorTests {
    @Test func skipsUsedIdsAndNeverRepeats() {
        var ids = IDAllocator(used: ["m1", "m3", "e2"])
        #expect(ids.next("m") == "m2")
        #expect(ids.next("m") == "m4")
        #expect(ids.next("e") == "e1")
        #expect(ids.next("e") == "e3")
        ids.reserve("m5")
        #expect(ids.next("m") == "m6")
    }

    @Test func prefixesThatMeetDoNotCollide() {
        var ids = IDAllocator()
        var issued = Set<String>()
        for _ in 0..<12 { issued.insert(ids.next("m")) }  // m1 … m12, m11 among them
        let next = ids.next("m1")  // m11 and m12 are taken: m13
        #expect(next == "m13")
        #expect(!issued.contains(next))
    }

    @Test func eachPrefixKeepsItsOwnCountWhenCallsAlternate() {
        var ids = IDAllocator(used: ["t2"])
        var issued: [String] = []
        for prefix in ["m", "m", "t", "m", "t", "e", "m", "", "", "t"] { issued.append(ids.next(prefix)) }
        #expect(issued == ["m1", "m2", "t1", "m3", "t3", "e1", "m4", "1", "2", "t4"])
    }

    /// The allocator as one set of strings: the reference the stem tables must agree with.
    struct ReferenceAllocator {
        var used: Set<String>
        var counters: [String: Int] = [:]
        mutating func next(_ prefix: String) -> String {
            while true {
                counters[prefix, default: 0] += 1
                let candidate = prefix + String(counters[prefix]!)
                if used.insert(candidate).inserted { return candidate }
            }
        }
    }

    @Test func agreesWithOneSetOfStringsOnRandomRequests() {
        var state: UInt64 = 0x1234_5678
        func random(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let prefixes = ["m", "e", "t", "q", "p", "", "m1", "t2", "x-", "é", "\u{212A}", "longprefix-", "K"]
        let seeds = ["m1", "m2", "m10", "m010", "t3", "e", "p1", "p2", "newsmark-dates", "1", "m11", "t21",
                     "\u{212A}1", "é2", "x-7", "longprefix-3", "m99999999999999999999", "q0"]
        for round in 0..<200 {
            var used = Set<String>()
            for _ in 0..<random(8) { used.insert(seeds[random(seeds.count)]) }
            var ids = IDAllocator(used: used)
            var reference = ReferenceAllocator(used: used)
            for _ in 0..<60 {
                if random(10) == 0 {
                    let id = seeds[random(seeds.count)]
                    ids.reserve(id)
                    reference.used.insert(id)
                    continue
                }
                let prefix = prefixes[random(prefixes.count)]
                #expect(ids.next(prefix) == reference.next(prefix), "round \(round), prefix \(prefix)")
            }
        }
    }

    @Test func startsFromAnArticlesIDs() {
        var article = Article(id: "a", blocks: [(role: .headline, text: "Title"), (role: .body, text: "Body text.")])
        article.mentions = [EntityMention(id: "m1", type: "PER", span: TextSpan(start: 0, end: 5))]
        var ids = IDAllocator(article: article)
        #expect(ids.next("p") == "p3")
        #expect(ids.next("m") == "m2")
    }
}
