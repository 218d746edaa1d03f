import NewsmarkModel
import NewsmarkTestSupport
import Testing
@testable import NewsmarkAnnotation

/// The pieces under the tables finished at build time and the entity stage's own maps and ids, each
/// against the plain structure it stands for.
@Suite struct GazetteerPackedTableTests {
    /// Packs numbers as `scripts/build-gazetteers.py` does (width first, then base-64 digits as `0` + digit).
    static func pack(_ numbers: [Int]) -> String {
        var width = 1
        while (numbers.max() ?? 0) >= 1 << (6 * width) { width += 1 }
        var out = String(UnicodeScalar(UInt8(0x30 + width)))
        for number in numbers {
            for k in stride(from: width - 1, through: 0, by: -1) {
                out.append(Character(UnicodeScalar(UInt8(0x30 + (number >> (6 * k)) & 63))))
            }
        }
        return out
    }

    /// A table laid out as the script lays it out: keys in order, linear probing from the table hash.
    static func packed(_ keys: [String], values: [Int], slotCount: Int) -> GazetteerPackedTable {
        var taken = [Bool](repeating: false, count: slotCount)
        var ends: [Int] = []
        var slots: [Int] = []
        var offset = 0
        for (index, key) in keys.enumerated() {
            offset += (index > 0 ? 1 : 0) + key.utf8.count
            ends.append(offset)
            var slot = Array(key.utf8).withUnsafeBufferPointer { GazetteerTable.hash($0) } & (slotCount - 1)
            while taken[slot] { slot = (slot + 1) & (slotCount - 1) }
            taken[slot] = true
            slots.append(slot)
        }
        return GazetteerPackedTable(keys: keys.joined(separator: "\n"), count: keys.count, slotCount: slotCount,
                                    ends: pack(ends), values: values.allSatisfy { $0 == 0 } ? "" : pack(values),
                                    slots: pack(slots))
    }

    @Test func packedNumbersReadBack() {
        var random = SplitMix64(seed: 7)
        for width in 1...5 {
            let limit = UInt64(1) << UInt64(min(6 * width, 31))
            let numbers = (0..<200).map { _ in Int(random.next() % limit) }
            #expect(GazetteerPackedNumbers.unpack(GazetteerPackedTableTests.pack(numbers)).map { Int($0) } == numbers)
        }
        #expect(GazetteerPackedNumbers.unpack("").isEmpty)
        #expect(GazetteerPackedNumbers.unpack("3012").count == 1)
        #expect(GazetteerPackedNumbers.unpack("30123").isEmpty)   // not a whole number of digits
        #expect(GazetteerPackedNumbers.unpack("201\"#").isEmpty)  // characters outside the digits
        #expect(GazetteerPackedNumbers.unpack("9000000000").isEmpty)  // no such width
    }

    @Test func packedTableHoldsItsKeysAndTheOthersAreAddedAsUsual() {
        let keys = ["boris yeltsin", "bank", "bank of england", "u.s.", "x"]
        var table = GazetteerTable(packed: GazetteerPackedTableTests.packed(keys, values: [3, 0, 7, 1, 2], slotCount: 16))
        for (key, value) in zip(keys, [3, 0, 7, 1, 2]) { #expect(table.value(key) == Int32(value)) }
        #expect(table.value("boris") == nil && table.value("bank of") == nil && table.count == keys.count)
        // Keys added after loading (the residue) and growth keep every key.
        for n in 0..<40 { Array("extra \(n)".utf8).withUnsafeBufferPointer { table.insertIfAbsent($0, value: Int32(n)) } }
        for n in 0..<40 { #expect(table.value("extra \(n)") == Int32(n)) }
        for (key, value) in zip(keys, [3, 0, 7, 1, 2]) { #expect(table.value(key) == Int32(value)) }
        #expect(Set(table.entries.map(\.key)) == Set(keys + (0..<40).map { "extra \($0)" }))
    }

    @Test func aPackedTableThatDoesNotFitIsBuiltKeyByKey() {
        var layout = GazetteerPackedTableTests.packed(["alpha", "beta", "gamma"], values: [1, 2, 3], slotCount: 16)
        // Every key claims slot 0: the numbers do not describe a table.
        layout = GazetteerPackedTable(keys: layout.keys, count: 3, slotCount: 16, ends: layout.ends, values: layout.values,
                                      slots: GazetteerPackedTableTests.pack([0, 0, 0]))
        let table = GazetteerTable(packed: layout)
        #expect(table.value("alpha") == 1 && table.value("beta") == 2 && table.value("gamma") == 3 && table.count == 3)
    }

    @Test func packedKeyMapsAgreeWithDictionaries() {
        var random = SplitMix64(seed: 11)
        var map = PackedKeyMap()
        var plain: [UInt64: Int32] = [:]
        for _ in 0..<5000 {
            let key = random.next() % 3000 &* 0x1_0000_0001
            let value = Int32(random.next() % 1000)
            map.set(key, value)
            plain[key] = value
        }
        #expect(map.count == plain.count)
        for (key, value) in plain { #expect(map[key] == value) }
        for _ in 0..<1000 {
            let key = random.next()
            #expect(map[key] == plain[key])
        }
    }

    @Test func entityIDsAreThoseOfTheIDAllocator() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<50 {
            var used = Set<String>()
            for _ in 0..<20 {
                let prefix = ["m", "e", "p", "m0", "mm"][Int(random.next() % 5)]
                used.insert(prefix + String(random.next() % 30))
            }
            var allocator = IDAllocator(used: used)
            var entities = EntityIDNumbering(prefix: "e", usedIDs: used)
            var mentions = EntityIDNumbering(prefix: "m", usedIDs: used)
            for _ in 0..<30 { #expect(entities.next() == allocator.next("e")) }
            for _ in 0..<40 { #expect(mentions.next() == allocator.next("m")) }
        }
    }
}
