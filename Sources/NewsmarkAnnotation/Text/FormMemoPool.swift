import Synchronization

/// What a stage remembers about word forms: facts that depend on a form's code points alone, kept
/// from one article to the next.
protocol ReusableFormMemo: Sendable {
    /// The number of forms remembered (bounds what a pool keeps between articles).
    var formCount: Int { get }
}

/// A few long-lived memos of word-form facts, each in the hands of one article at a time.
///
/// The facts a stage derives from a word form — its lower-cased string, its lexicon look-ups — depend
/// on the form alone, and the articles of a corpus share most of their words, so deriving them anew
/// for every article is most of a short article's cost. A stage takes a memo when it starts an article
/// and gives it back when it is done. Only taking and giving back lock: while an article holds a memo,
/// nobody else can reach it, so its contents need no lock. Articles annotated at the same time each get
/// a memo of their own (a new, empty one when the pool has none left).
///
/// What a memo remembers must not change what an article gets: a stage's output is the same with a
/// fresh memo and with one filled by other articles, in any order (the tests check this per stage).
/// A memo that has grown past `formLimit` forms is dropped instead of kept, which bounds the memory
/// held between articles.
final class FormMemoPool<Memo: ReusableFormMemo>: Sendable {
    private let memos = Mutex<[Memo]>([])
    /// How many memos the pool keeps at most.
    let memoLimit: Int
    /// How many forms a memo may remember and still be kept.
    let formLimit: Int

    init(memoLimit: Int = 8, formLimit: Int = 1 << 17) {
        self.memoLimit = memoLimit
        self.formLimit = formLimit
    }

    /// A memo for one article: a kept one, or `make()` when none is left.
    func take(or make: () -> Memo) -> Memo {
        if let memo = memos.withLock({ $0.popLast() }) { return memo }
        return make()
    }

    /// Hands `memo` back for later articles (it is dropped when it is too big or the pool is full).
    func giveBack(_ memo: consuming Memo) {
        guard memo.formCount <= formLimit else { return }
        let kept = memo
        memos.withLock { memos in
            if memos.count < memoLimit { memos.append(kept) }
        }
    }

    /// Drops every kept memo.
    func removeAll() {
        memos.withLock { $0.removeAll() }
    }

    /// The number of memos kept now.
    var keptCount: Int { memos.withLock { $0.count } }
}
