import NewsmarkModel

/// The ids of the entity annotator's discourse entities and mentions (`e1`, `e2`, … and `m1`, `m2`, …),
/// exactly as ``IDAllocator`` hands them out: for each prefix, the next number whose id the article
/// does not use yet. The numbers already taken are read from the article's ids once, so a new id costs
/// no hashed look-up: an annotator asks for thousands of them.
struct EntityIDNumbering {
    private let prefix: UInt8
    /// The numbers `n` for which the article already has the id `prefix` + `n` (written in decimal
    /// without leading zeros, as ``IDAllocator`` writes numbers).
    private let taken: Set<Int>
    private var last = 0

    /// Numbering for `prefix` (an ASCII letter) in an article that uses `usedIDs`.
    init(prefix: Unicode.Scalar, usedIDs: Set<String>) {
        self.prefix = UInt8(ascii: prefix)
        var taken = Set<Int>()
        for id in usedIDs {
            if let number = EntityIDNumbering.number(of: id, prefix: UInt8(ascii: prefix)) { taken.insert(number) }
        }
        self.taken = taken
    }

    private init(prefix: UInt8, taken: Set<Int>) {
        self.prefix = prefix
        self.taken = taken
    }

    /// The numberings of discourse entities (`e`) and of mentions (`m`) in `article`, read from its ids
    /// in one pass without gathering them in a set (most ids start with neither letter).
    static func entitiesAndMentions(in article: Article) -> (entities: EntityIDNumbering, mentions: EntityIDNumbering) {
        let e = UInt8(ascii: "e")
        let m = UInt8(ascii: "m")
        var takenByEntities = Set<Int>()
        var takenByMentions = Set<Int>()
        article.forEachID { id in
            guard let first = id.utf8.first, first == e || first == m,
                  let number = EntityIDNumbering.number(of: id, prefix: first) else { return }
            if first == e { takenByEntities.insert(number) } else { takenByMentions.insert(number) }
        }
        return (EntityIDNumbering(prefix: e, taken: takenByEntities), EntityIDNumbering(prefix: m, taken: takenByMentions))
    }

    /// The next id.
    mutating func next() -> String {
        repeat { last += 1 } while !taken.isEmpty && taken.contains(last)
        return EntityIDNumbering.id(prefix, last)
    }

    /// `n` when `id` is the prefix followed by the decimal digits of a positive `n` (no leading zero).
    static func number(of id: String, prefix: UInt8) -> Int? {
        var number = 0
        var position = 0
        for byte in id.utf8 {
            defer { position += 1 }
            if position == 0 {
                guard byte == prefix else { return nil }
                continue
            }
            guard byte >= 0x30 && byte <= 0x39, position > 1 || byte != 0x30, position <= 18 else { return nil }
            number = number * 10 + Int(byte - 0x30)
        }
        return position >= 2 ? number : nil
    }

    /// The prefix followed by the decimal digits of `number` (positive), built as bytes.
    static func id(_ prefix: UInt8, _ number: Int) -> String {
        var digits = 1
        var rest = number / 10
        while rest > 0 { digits += 1; rest /= 10 }
        return String(unsafeUninitializedCapacity: digits + 1) { buffer in
            buffer[0] = prefix
            var value = number
            for index in stride(from: digits, through: 1, by: -1) {
                buffer[index] = UInt8(0x30 + value % 10)
                value /= 10
            }
            return digits + 1
        }
    }
}
