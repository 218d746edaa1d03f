/// Non-ASCII gazetteer keys kept as the bytes of their normalization form C (NFC), so that a look-up
/// compares bytes instead of hashing Swift strings.
///
/// Swift compares strings by canonical equivalence, that is by their NFC code units, so a plain table
/// of non-ASCII keys is a `[String: Int32]`, and filling one normalizes and hashes every key (thousands
/// of instructions a key). Here each key is stored as its NFC bytes, and a query is looked up by its
/// NFC bytes: two strings are equal exactly when those are. Working the NFC out is skipped for text
/// made of *inert* scalars (``isInert(_:)``), which is in NFC as it stands: nearly every name ("zürich",
/// "côte d’ivoire") and nearly every query. Keys with equal NFC bytes keep the smallest or the largest
/// value, as the `[String: Int32]` built by ``GazetteerTable/lower(_:to:)`` or ``GazetteerTable/raise(_:to:)``
/// keeps it.
final class GazetteerNFCKeys: Sendable {
    private let table: GazetteerTable

    /// The table of `keys` and their values.
    init(_ keys: Builder) { table = keys.table }

    /// The keys being gathered.
    struct Builder: GazetteerKeyMerging {
        fileprivate var table: GazetteerTable

        init(capacity: Int) { table = GazetteerTable.byteTable(capacity: capacity) }

        /// Adds `key` (UTF-8) with `value`, keeping the smaller value of equal keys.
        mutating func lower(_ key: UnsafeBufferPointer<UInt8>, to value: Int32) {
            GazetteerNFCKeys.withNFC(key) { table.lower($0, to: value) }
        }

        /// Adds `key` (UTF-8) with `value`, keeping the larger value of equal keys.
        mutating func raise(_ key: UnsafeBufferPointer<UInt8>, to value: Int32) {
            GazetteerNFCKeys.withNFC(key) { table.raise($0, to: value) }
        }
    }

    /// The value of the key canonically equivalent to the UTF-8 `key`, if any.
    func value(utf8 key: UnsafeBufferPointer<UInt8>) -> Int32? {
        GazetteerNFCKeys.withNFC(key) { table.value(utf8: $0) }
    }

    /// Calls `body` with the UTF-8 of the NFC of the UTF-8 `bytes`: the bytes themselves when they are
    /// inert, else the code units Swift compares strings by.
    static func withNFC<Result>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if isInert(bytes) { return body(bytes) }
        return String(decoding: bytes, as: UTF8.self)._nfcCodeUnits.withUnsafeBufferPointer(body)
    }

    /// Whether every scalar of the UTF-8 `bytes` is *inert*: below U+0300 (ASCII, Latin-1, Latin
    /// Extended-A and -B, IPA, spacing modifier letters), in U+1E00…U+1EFF (Latin Extended Additional) or
    /// in U+2010…U+2027 (dashes, quotation marks, bullets). Each of these is in NFC, has canonical
    /// combining class 0 and is the second element of no canonical composition, so text made of them
    /// is in NFC. Bytes that are not well-formed UTF-8 are not inert.
    static func isInert(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
            } else if lead >= 0xC2 && lead <= 0xCB {
                // Two bytes, U+0080…U+02FF.
                guard index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 else { return false }
                index += 2
            } else if lead == 0xE1 || lead == 0xE2 {
                // Three bytes: U+1E00…U+1EFF is E1 B8…BB xx, U+2010…U+2027 is E2 80 90…A7.
                guard index + 2 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else { return false }
                let second = bytes[index + 1]
                let third = bytes[index + 2]
                if lead == 0xE1 {
                    guard second >= 0xB8 && second <= 0xBB else { return false }
                } else {
                    guard second == 0x80, third >= 0x90 && third <= 0xA7 else { return false }
                }
                index += 3
            } else {
                return false
            }
        }
        return true
    }
}
