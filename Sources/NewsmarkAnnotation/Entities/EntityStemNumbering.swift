/// Numbers the distinct stems of an article's token forms, in order of first sight: two stems get the
/// same number exactly when they are equal Swift strings, without hashing a `String` for ASCII stems.
///
/// ASCII stems are numbered in a ``GazetteerTable`` over their bytes, where equal bytes are equal
/// strings. Other stems go to the table's string dictionary (canonical equivalence), except those that
/// are canonically equivalent to an ASCII string: the only non-ASCII characters whose canonical
/// decomposition is ASCII and that can stand in a lower-cased stem are GREEK QUESTION MARK (`;`) and
/// GREEK VARIA (`` ` ``) (KELVIN SIGN lower-cases to `k`), so a stem made of ASCII and those two is
/// numbered as the ASCII string it equals.
struct EntityStemNumbering {
    private var table: GazetteerTable
    /// The stem of each number.
    private(set) var stems: [String] = []

    init(capacity: Int) {
        table = GazetteerTable(capacity: capacity)
        stems.reserveCapacity(capacity)
    }

    /// The number of `stem` (whose UTF-8 is `utf8`), a new one if it is new.
    mutating func number(_ stem: String, utf8: [UInt8]) -> Int32 {
        let next = Int32(stems.count)
        let number = EntityStemNumbering.withKey(utf8) { key in table.valueInsertingIfAbsent(key, value: next) }
        if number == next { stems.append(stem) }
        return number
    }

    /// The number of `stem` (whose UTF-8 is `utf8`) if it has one.
    func existingNumber(_ stem: String, utf8: [UInt8]) -> Int32? {
        EntityStemNumbering.withKey(utf8) { key in table.value(utf8: key) }
    }

    /// Calls `body` with the bytes under which `utf8` is numbered: the ASCII string it equals, if any.
    private static func withKey<Result>(_ utf8: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var ascii = true
        for byte in utf8 where byte >= 0x80 { ascii = false; break }
        if ascii { return utf8.withUnsafeBufferPointer(body) }
        guard let folded = asciiEquivalent(utf8) else { return utf8.withUnsafeBufferPointer(body) }
        return folded.withUnsafeBufferPointer(body)
    }

    /// The ASCII bytes canonically equivalent to `utf8`, when it holds only ASCII, U+037E and U+1FEF.
    static func asciiEquivalent(_ utf8: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0..<0x80: out.append(UInt8(scalar.value))
            case 0x037E: out.append(0x3B)
            case 0x1FEF: out.append(0x60)
            default: return nil
            }
        }
        return out
    }
}
