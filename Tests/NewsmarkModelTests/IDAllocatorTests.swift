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
}
