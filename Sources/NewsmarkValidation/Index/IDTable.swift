/// The ids of one document, held compactly: every id's UTF-8 bytes in one arena, an open-addressing
/// table of 32-bit slots, and per id its kind and the position where it was defined.
///
/// About 20 bytes per id instead of the 60 to 100 a `[String: …]` dictionary costs, which matters for
/// articles with a million annotations.
struct IDTable {
    /// Where an id was defined and what it names.
    struct Definition: Hashable, Sendable {
        var kind: IDKind
        var position: TextPosition
    }

    private var bytes: [UInt8] = []
    private var starts: [UInt32] = [0]
    private var kinds: [UInt8] = []
    private var lines: [UInt32] = []
    /// Columns above 65,535 are kept as 0 (unknown): ids are rarely defined that far right.
    private var columns: [UInt16] = []
    /// Values attached to a few ids (a date's day number), by symbol.
    private var payloads: [UInt32: Int32] = [:]
    /// 0 = empty; otherwise symbol + 1.
    private var slots: [UInt32] = Array(repeating: 0, count: 64)

    init() {}

    /// A table expecting about `expectedCount` ids. Capacity reserved and not used costs address space,
    /// not resident memory, so a generous hint is cheap and spares the copies of repeated growth.
    init(expectedCount: Int) {
        guard expectedCount > 64 else { return }
        bytes.reserveCapacity(expectedCount * 8)
        starts.reserveCapacity(expectedCount + 1)
        kinds.reserveCapacity(expectedCount)
        lines.reserveCapacity(expectedCount)
        columns.reserveCapacity(expectedCount)
        // The slot table is written when made, so it costs resident memory: size it for the expected ids of
        // an ordinary article (up to 48K ids, 256 KB) and let larger documents grow it.
        var slotCount = 64
        while slotCount * 3 < min(expectedCount, 49_152) * 4 { slotCount *= 2 }
        if slotCount > 64 { slots = Array(repeating: 0, count: slotCount) }
    }

    /// The number of distinct ids defined (ids only referenced so far are not counted).
    var count: Int { definedCount }
    private var definedCount = 0

    /// Defines `id`; returns the earlier definition if the id was already defined (and keeps that one).
    mutating func define(_ id: String, kind: IDKind, at position: TextPosition) -> Definition? {
        var id = id
        return id.withUTF8 { define($0, kind: kind, at: position).earlier }
    }

    /// Defines the id whose UTF-8 bytes are `utf8`: its symbol, and the earlier definition if it was
    /// already defined (that one is kept). An id referenced before its definition keeps its symbol.
    mutating func define(_ utf8: UnsafeBufferPointer<UInt8>, kind: IDKind, at position: TextPosition) -> (symbol: IDSymbol, earlier: Definition?) {
        let found = find(utf8)
        if let symbol = found.symbol {
            if kinds[symbol] != 0 { return (IDSymbol(symbol), definition(symbol)) }
            kinds[symbol] = kind.rawValue
            lines[symbol] = UInt32(clamping: position.line)
            columns[symbol] = position.column <= Int(UInt16.max) ? UInt16(position.column) : 0
            definedCount += 1
            return (IDSymbol(symbol), nil)
        }
        definedCount += 1
        return (add(utf8, kind: kind.rawValue, position: position, slot: found.slot), nil)
    }

    /// The symbol of the id whose UTF-8 bytes are `utf8`, defined or not (a reference): an id not seen
    /// yet gets a symbol without a definition, which a later ``define(_:kind:at:)`` fills in.
    mutating func symbol(for utf8: UnsafeBufferPointer<UInt8>) -> IDSymbol {
        let found = find(utf8)
        if let symbol = found.symbol { return IDSymbol(symbol) }
        return add(utf8, kind: 0, position: .unknown, slot: found.slot)
    }

    private mutating func add(_ utf8: UnsafeBufferPointer<UInt8>, kind: UInt8, position: TextPosition, slot: Int) -> IDSymbol {
        let symbol = kinds.count
        bytes.append(contentsOf: utf8)
        starts.append(UInt32(truncatingIfNeeded: bytes.count))
        kinds.append(kind)
        lines.append(UInt32(clamping: position.line))
        columns.append(position.column <= Int(UInt16.max) ? UInt16(position.column) : 0)
        slots[slot] = UInt32(symbol + 1)
        if kinds.count * 4 > slots.count * 3 { grow() }
        return IDSymbol(symbol)
    }

    /// The definition of the id `symbol` stands for, if it is defined (so far).
    func definition(of symbol: IDSymbol) -> Definition? {
        kinds[symbol.index] == 0 ? nil : definition(symbol.index)
    }

    /// Whether the id `symbol` stands for is defined (so far).
    func isDefined(_ symbol: IDSymbol) -> Bool { kinds[symbol.index] != 0 }

    /// Whether `symbol` stands for the empty id.
    func isEmpty(_ symbol: IDSymbol) -> Bool { starts[symbol.index] == starts[symbol.index + 1] }

    /// The id `symbol` stands for.
    func string(of symbol: IDSymbol) -> String {
        let start = Int(starts[symbol.index]), end = Int(starts[symbol.index + 1])
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// The value attached to the id `symbol` stands for, if any.
    func payload(of symbol: IDSymbol) -> Int32? { payloads[UInt32(symbol.index)] }

    /// Attaches `payload` to the id `symbol` stands for if it is defined as `kind` and has none yet.
    mutating func setPayload(_ payload: Int32, of symbol: IDSymbol, ifKind kind: IDKind) {
        guard kinds[symbol.index] == kind.rawValue else { return }
        let key = UInt32(symbol.index)
        if payloads[key] == nil { payloads[key] = payload }
    }

    /// The symbol of the id `utf8` if it is defined, and the slot where it is or would go.
    @inline(__always)
    private func find(_ utf8: UnsafeBufferPointer<UInt8>) -> (slot: Int, symbol: Int?) {
        let hash = Self.hash(utf8)
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                starts.withUnsafeBufferPointer { starts in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] != 0 {
                        let symbol = Int(slots[slot] - 1)
                        let start = Int(starts[symbol])
                        if Int(starts[symbol + 1]) - start == utf8.count {
                            var i = 0
                            while i < utf8.count, bytes[start + i] == utf8[i] { i += 1 }
                            if i == utf8.count { return (slot, symbol) }
                        }
                        slot = (slot + 1) & mask
                    }
                    return (slot, nil)
                }
            }
        }
    }

    /// The definition of `id`, if it is defined.
    func definition(of id: String) -> Definition? {
        symbol(of: id).map(definition)
    }

    /// The value attached to `id`, if any.
    func payload(of id: String) -> Int32? {
        symbol(of: id).flatMap { payloads[UInt32($0)] }
    }

    /// Attaches `payload` to `id` (if it is defined and has none yet).
    mutating func setPayload(_ payload: Int32, of id: String) {
        guard let symbol = symbol(of: id), payloads[UInt32(symbol)] == nil else { return }
        payloads[UInt32(symbol)] = payload
    }

    /// Attaches `payload` to `id` if it is defined as `kind` and has none yet (one look-up of the id).
    mutating func setPayload(_ payload: Int32, of id: String, ifKind kind: IDKind) {
        guard let symbol = symbol(of: id), kinds[symbol] == kind.rawValue else { return }
        let key = UInt32(symbol)
        if payloads[key] == nil { payloads[key] = payload }
    }

    /// The symbol of `id` if it is defined.
    private func symbol(of id: String) -> Int? {
        var id = id
        guard let symbol = id.withUTF8({ find($0).symbol }), kinds[symbol] != 0 else { return nil }
        return symbol
    }

    private func definition(_ symbol: Int) -> Definition {
        Definition(kind: IDKind(rawValue: kinds[symbol]) ?? .other,
                   position: TextPosition(line: Int(lines[symbol]), column: Int(columns[symbol])))
    }

    private mutating func grow() {
        var table = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = table.count - 1
        for symbol in 0..<kinds.count {
            let start = Int(starts[symbol]), end = Int(starts[symbol + 1])
            let hash = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = UInt32(symbol + 1)
        }
        slots = table
    }

    /// FNV-1a, 64-bit, with a final mix so that low bits are usable as a table index.
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01B3
        }
        h ^= h >> 29
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return h
    }
}

/// An id of one document as a number: equal ids have equal symbols. Annotation records carry ids and
/// references as symbols; the id's text is made (``DocumentIndex/string(of:)``) only for a message.
public struct IDSymbol: Hashable, Sendable {
    let value: Int32
    init(_ index: Int) { value = Int32(truncatingIfNeeded: index) }
    var index: Int { Int(value) }
}

/// What an id names.
public enum IDKind: UInt8, Sendable, Hashable, CustomStringConvertible {
    case article = 1
    case paragraph
    case annotator
    case entity
    case mention
    case quote
    case timex
    case other

    /// The word used in messages ("an entity", "a quote").
    public var description: String {
        switch self {
        case .article: "the article"
        case .paragraph: "a paragraph"
        case .annotator: "an annotator"
        case .entity: "an entity"
        case .mention: "a mention"
        case .quote: "a quote"
        case .timex: "a date expression"
        case .other: "an element"
        }
    }
}
