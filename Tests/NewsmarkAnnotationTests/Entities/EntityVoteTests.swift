import NewsmarkModel
import Testing
@testable import NewsmarkAnnotation

@Suite("Entity type votes")
struct EntityVoteTests {
    @Test func theMajorityWins() {
        #expect(MentionFinder.winner(of: [.location: 2, .organization: 1]) == .location)
        #expect(MentionFinder.winner(of: [.person: 3, .organization: 2, .location: 2]) == .person)
        #expect(MentionFinder.winner(of: [:]) == nil)
    }

    /// A tie used to go to whichever kind the dictionary listed last, which changes from run to run.
    @Test func aTieGoesToTheFixedPreferenceWhateverTheDictionaryOrder() {
        let kinds: [EntityKind] = [.location, .person, .organization]
        for capacity in [0, 3, 17, 64] {
            for rotation in 0..<kinds.count {
                var tally: [EntityKind: Int] = [:]
                tally.reserveCapacity(capacity)
                for kind in kinds[rotation...] + kinds[..<rotation] { tally[kind] = 1 }
                #expect(MentionFinder.winner(of: tally) == .organization)
                tally[.organization] = nil
                #expect(MentionFinder.winner(of: tally) == .person)
            }
        }
    }
}
