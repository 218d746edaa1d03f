import NewsmarkModel
import Testing

@Suite("ByteBuffer")
struct ByteBufferTests {
    @Test func appendsEveryKindOfPieceInOrderAndGrows() {
        var buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for round in 0..<500 {
            buffer.append(UInt8(truncatingIfNeeded: round))
            expected.append(UInt8(truncatingIfNeeded: round))
            buffer.append("ab\"c" as StaticString)
            expected += Array("ab\"c".utf8)
            let piece: [UInt8] = Array(repeating: 7, count: round % 9)
            piece.withUnsafeBufferPointer { buffer.append($0) }
            expected += piece
            piece.withUnsafeBytes { buffer.append($0) }
            expected += piece
            buffer.append(repeating: 0x20, count: round % 5)
            expected += Array(repeating: 0x20, count: round % 5)
            buffer.append([1, 2, 3])
            expected += [1, 2, 3]
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.array == expected)
        #expect(buffer.withBytes { Array($0) } == expected)
        #expect(buffer.bytes(from: 10) == Array(expected[10...]))
    }

    @Test func truncatesBackToAnEarlierCount() {
        var buffer = ByteBuffer(capacity: 8)
        buffer.append("first" as StaticString)
        let mark = buffer.count
        buffer.append(" second" as StaticString)
        buffer.truncate(to: mark)
        #expect(buffer.array == Array("first".utf8))
        buffer.truncate(to: 99)  // beyond the end: nothing changes
        #expect(buffer.count == 5)
        buffer.truncate(to: 0)
        #expect(buffer.array.isEmpty)
        buffer.append(repeating: 0x41, count: 0)
        #expect(buffer.count == 0)
    }
}
