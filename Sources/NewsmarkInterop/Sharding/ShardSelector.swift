import NewsmarkModel

/// Picks shard `index` of `count` from a corpus, by article id: the same id always falls in the same shard,
/// on every machine and every run, so N independent jobs (`--shard 1/N` … `--shard N/N`) together process
/// every article exactly once.
///
/// The shard of an id is `FNV-1a-64(UTF-8 bytes of the id) mod count`, plus one. Swift's `hashValue` is
/// deliberately not used: it is seeded randomly per process.
public struct ShardSelector: Hashable, Sendable, CustomStringConvertible {
    /// The shard this selector keeps, from 1 to ``count``.
    public let index: Int
    /// The number of shards.
    public let count: Int

    /// Shard `index` (1-based) of `count`.
    public init(index: Int, count: Int) throws {
        guard count >= 1 else { throw NewsmarkError(.usage, "the number of shards must be at least 1, found \(count)") }
        guard (1...count).contains(index) else {
            throw NewsmarkError(.usage, "shard \(index) does not exist: shards are numbered from 1 to \(count)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `I/N` (`3/8`).
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw NewsmarkError(.usage, "a shard is written I/N, such as 3/8, found '\(text)'")
        }
        try self.init(index: index, count: count)
    }

    /// Whether the article with `id` belongs to this shard.
    public func contains(id: String) -> Bool { Self.shard(of: id, count: count) == index }

    /// The shard (1 to `count`) that the article with `id` belongs to; a `count` below 2 means one shard.
    public static func shard(of id: String, count: Int) -> Int {
        guard count > 1 else { return 1 }
        return Int(fnv1a64(id) % UInt64(count)) + 1
    }

    /// The 64-bit FNV-1a hash of the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    public var description: String { "\(index)/\(count)" }
}
