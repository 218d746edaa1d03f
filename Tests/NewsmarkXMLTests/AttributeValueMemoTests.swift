@testable import NewsmarkXML
import Testing

/// ``AttributeValueMemo`` hands back exactly what decoding the raw bytes gives, whichever values it
/// still keeps, for values of every length around its limit and names sharing bytes.
@Suite struct AttributeValueMemoTests {
    private static func decode(_ raw: UnsafeBufferPointer<UInt8>) -> String { SAXStartElement.decodedValue(raw) }

    @Test func memoizedValuesEqualDecodedValues() {
        var memo = AttributeValueMemo()
        var state: UInt64 = 3
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let names: [NewsmarkAttributeName] = [.type, .kind, .resp, .mod, .role]
        let alphabet = Array("pPersonlcati-&#38;é0".utf8)
        var hits = 0
        for _ in 0..<20_000 {
            let name = names[next() % names.count]
            // Few distinct values per name, so that some are kept and some replaced; lengths around 8 and 16.
            let length = [0, 1, 7, 8, 9, 15, 16, 17, 30][next() % 9]
            let seed = next() % 6
            let raw = (0..<length).map { alphabet[($0 * 7 + seed * 3) % alphabet.count] }
            let expected = raw.withUnsafeBufferPointer { Self.decode($0) }
            var decoded = false
            let value = raw.withUnsafeBufferPointer { bytes in
                memo.value(of: name, raw: bytes) { decoded = true; return Self.decode($0) }
            }
            #expect(value == expected)
            if !decoded { hits += 1 }
        }
        #expect(hits > 1_000)
    }
}
