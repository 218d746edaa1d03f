import Testing
@testable import NewsmarkAnnotation

/// The pool hands each memo to one taker at a time and bounds what it keeps.
@Suite struct TextFormMemoPoolTests {
    struct Memo: ReusableFormMemo {
        var label: Int
        var formCount: Int
    }

    @Test func aGivenBackMemoIsTakenAgain() {
        let pool = FormMemoPool<Memo>()
        let first = pool.take { Memo(label: 1, formCount: 0) }
        #expect(first.label == 1)
        pool.giveBack(Memo(label: 1, formCount: 10))
        #expect(pool.keptCount == 1)
        #expect(pool.take { Memo(label: 2, formCount: 0) }.label == 1)
        // Taken, so gone from the pool: the next taker gets a new one.
        #expect(pool.keptCount == 0)
        #expect(pool.take { Memo(label: 3, formCount: 0) }.label == 3)
    }

    @Test func theMemosAndFormsKeptAreBounded() {
        let pool = FormMemoPool<Memo>(memoLimit: 2, formLimit: 100)
        pool.giveBack(Memo(label: 1, formCount: 101))
        #expect(pool.keptCount == 0)
        for label in 1...3 { pool.giveBack(Memo(label: label, formCount: 100)) }
        #expect(pool.keptCount == 2)
        pool.removeAll()
        #expect(pool.keptCount == 0)
    }

    @Test func concurrentTakersNeverShareAMemo() async {
        let pool = FormMemoPool<Memo>(memoLimit: 64)
        let labels = await withTaskGroup(of: [Int].self) { group in
            for task in 0..<8 {
                group.addTask {
                    var taken: [Int] = []
                    for round in 0..<200 {
                        var memo = pool.take { Memo(label: task * 1000 + round, formCount: 0) }
                        taken.append(memo.label)
                        memo.formCount += 1
                        pool.giveBack(memo)
                    }
                    return taken
                }
            }
            var all: [[Int]] = []
            for await labels in group { all.append(labels) }
            return all
        }
        // A memo is in one task's hands at a time, so it comes back as often as it was taken.
        #expect(labels.joined().count == 1600)
        var total = 0
        while pool.keptCount > 0 { total += pool.take { Memo(label: -1, formCount: 0) }.formCount }
        #expect(total == 1600)
    }
}
