import NewsmarkInterop
import NewsmarkModel
import Testing

@Suite("Sharding by article id")
struct JSONShardSelectorTests {
    @Test("FNV-1a 64 matches the published test vectors")
    func hashVectors() {
        #expect(ShardSelector.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(ShardSelector.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(ShardSelector.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test("every article falls in exactly one shard", arguments: [1, 2, 3, 8, 13])
    func partition(count: Int) throws {
        let ids = (0..<2000).map { "article-\($0)" } + ["a000_090769c5f7b07a9e", "Zürich-😀", "x"]
        let selectors = try (1...count).map { try ShardSelector(index: $0, count: count) }
        for id in ids {
            #expect(selectors.filter { $0.contains(id: id) }.count == 1)
        }
        // Shards are roughly even: none holds more than twice its share.
        for selector in selectors where count > 1 {
            let size = ids.filter { selector.contains(id: $0) }.count
            #expect(size < 2 * ids.count / count)
        }
    }

    @Test("the split is fixed: the same ids go to the same shards on every run and machine")
    func stable() {
        // Computed independently (Python, from the FNV-1a definition); a change here would reshuffle users' corpora.
        #expect(ShardSelector.shard(of: "article-1", count: 8) == 8)
        #expect(ShardSelector.shard(of: "a", count: 10) == 7)
        #expect(ShardSelector.shard(of: "foobar", count: 7) == 7)
        #expect(ShardSelector.shard(of: "Zürich-😀", count: 5) == 1)
        #expect(ShardSelector.shard(of: "a000_090769c5f7b07a9e", count: 16) == 10)
        #expect(ShardSelector.shard(of: "anything", count: 1) == 1)
    }

    @Test("I/N is parsed and checked")
    func parsing() throws {
        let selector = try ShardSelector(parsing: "3/8")
        #expect(selector.index == 3 && selector.count == 8 && selector.description == "3/8")
        for bad in ["0/4", "5/4", "1/0", "3", "a/b", "1/2/3", "-1/4", ""] {
            #expect(throws: NewsmarkError.self) { try ShardSelector(parsing: bad) }
        }
    }
}
