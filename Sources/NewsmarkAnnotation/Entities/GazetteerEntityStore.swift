/// The entities of a gazetteer, kept as bytes and numbers: each entity's ``GazetteerEntityRef`` (what
/// the rules test), its canonical name in one byte buffer and its knowledge-base id as a GeoNames
/// number or a place in a second buffer. A ``GazetteerEntity`` (with its strings) is made only when
/// asked for: loading the shared gazetteer builds no string per entity.
struct GazetteerEntityStore: Sendable {
    /// Each entity's number and facts.
    private(set) var refs: [GazetteerEntityRef] = []
    /// The canonical names, joined by newlines.
    private var nameBytes: [UInt8] = []
    /// Where each canonical name ends in `nameBytes` (the next starts one byte later).
    private var nameEnds: [Int32] = []
    /// Each entity's knowledge-base id: a GeoNames number (>= 0), none (-1), or another id that starts
    /// at offset `-2 - code` of `otherIDBytes`.
    private var knowledgeBase: [Int32] = []
    /// The knowledge-base ids other than GeoNames ids, each followed by a newline.
    private var otherIDBytes: [UInt8] = []

    /// No entities.
    init() {}

    /// The number of entities.
    var count: Int { refs.count }

    /// Adds an entity (its number is the count so far).
    mutating func append(kind: EntityKind, canonicalName: UnsafeBufferPointer<UInt8>,
                         knowledgeBaseID: UnsafeBufferPointer<UInt8>, isWeak: Bool, isCountry: Bool) {
        refs.append(GazetteerEntityRef(index: Int32(refs.count), kind: kind, isWeak: isWeak, isCountry: isCountry))
        if !nameEnds.isEmpty { nameBytes.append(0x0A) }
        nameBytes.append(contentsOf: canonicalName)
        nameEnds.append(Int32(nameBytes.count))
        let number = GazetteerEntity.geonamesNumber(knowledgeBaseID)
        if number >= 0 {
            knowledgeBase.append(number)
        } else if knowledgeBaseID.isEmpty {
            knowledgeBase.append(-1)
        } else {
            knowledgeBase.append(-2 - Int32(otherIDBytes.count))
            otherIDBytes.append(contentsOf: knowledgeBaseID)
            otherIDBytes.append(0x0A)
        }
    }

    /// The entities laid out at build time (``GazetteerLayout``): canonical names one a line, and
    /// packed numbers (``GazetteerPackedNumbers``) for where each name ends, each entity's flags (kind
    /// in bits 0-1 as person, organization, location, misc; weak 4; country 8; a GeoNames id 16; another
    /// knowledge-base id 32) and its knowledge-base number (the GeoNames number, or where the other id
    /// starts in `otherIDs`, one a line). `nil` when the numbers do not describe `count` entities.
    init?(names: String, nameEnds packedEnds: String, flags packedFlags: String, knowledgeBase packedNumbers: String,
          otherIDs: String, count: Int) {
        let ends = GazetteerPackedNumbers.unpack(packedEnds)
        let flags = GazetteerPackedNumbers.unpack(packedFlags)
        let numbers = GazetteerPackedNumbers.unpack(packedNumbers)
        var names = names
        var otherIDs = otherIDs
        nameBytes = names.withUTF8 { Array($0) }
        otherIDBytes = otherIDs.withUTF8 { Array($0) }
        if !otherIDBytes.isEmpty { otherIDBytes.append(0x0A) }
        guard ends.count == count, flags.count == count, numbers.count == count,
              ends.last.map({ Int($0) == nameBytes.count }) ?? nameBytes.isEmpty else { return nil }
        let kinds: [EntityKind] = [.person, .organization, .location, .misc]
        refs.reserveCapacity(count)
        knowledgeBase.reserveCapacity(count)
        var start: Int32 = 0
        for index in 0..<count {
            let flag = flags[index]
            let end = ends[index]
            let number = numbers[index]
            guard end >= start, flag & 16 == 0 || flag & 32 == 0,
                  flag & 32 == 0 || Int(number) < otherIDBytes.count else { return nil }
            refs.append(GazetteerEntityRef(index: Int32(index), kind: kinds[Int(flag & 3)], isWeak: flag & 4 != 0,
                                           isCountry: flag & 8 != 0))
            knowledgeBase.append(flag & 16 != 0 ? number : flag & 32 != 0 ? -2 - number : -1)
            start = end + 1
        }
        nameEnds = ends
    }

    /// The canonical name of entity `index`.
    func canonicalName(_ index: Int) -> String {
        let end = Int(nameEnds[index])
        let start = index == 0 ? 0 : Int(nameEnds[index - 1]) + 1
        return String(decoding: nameBytes[start..<end], as: UTF8.self)
    }

    /// Whether entity `index` has a knowledge-base id.
    func hasKnowledgeBaseID(_ index: Int) -> Bool { knowledgeBase[index] != -1 }

    /// The knowledge-base id of entity `index`, if it has one.
    func knowledgeBaseID(_ index: Int) -> String? {
        knowledgeBase[index] == -1 ? nil : entity(index).knowledgeBaseID
    }

    /// The entity `index` with its strings.
    func entity(_ index: Int) -> GazetteerEntity {
        let ref = refs[index]
        let code = knowledgeBase[index]
        var other: String?
        if code <= -2 {
            let start = Int(-2 - code)
            var end = start
            while end < otherIDBytes.count, otherIDBytes[end] != 0x0A { end += 1 }
            other = String(decoding: otherIDBytes[start..<end], as: UTF8.self)
        }
        return GazetteerEntity(index: index, kind: ref.kind, canonicalName: canonicalName(index),
                               geonamesID: max(code, -1), otherKnowledgeBaseID: other, isWeak: ref.isWeak,
                               isCountry: ref.isCountry)
    }
}
