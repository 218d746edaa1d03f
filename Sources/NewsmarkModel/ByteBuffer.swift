/// A growing buffer of bytes in one allocation that the buffer owns (it cannot be copied), for writers
/// that put out many small pieces: each piece is a capacity check and a copy, where an array append
/// would also check that the array is uniquely referenced and go through its generic paths.
///
/// ```swift
/// var buffer = ByteBuffer(capacity: 1024)
/// buffer.append("{\"id\":" as StaticString)
/// buffer.append(UInt8(ascii: "1"))
/// buffer.append(UInt8(ascii: "}"))
/// let bytes = buffer.array  // Array("{\"id\":1}".utf8)
/// ```
public struct ByteBuffer: ~Copyable {
    @usableFromInline var storage: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    @usableFromInline var written = 0

    /// The number of bytes written.
    public var count: Int { written }

    /// An empty buffer with room for `capacity` bytes before it first grows.
    public init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// A copy of the bytes written.
    public var array: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: written)) }

    /// A copy of the bytes written from offset `start` (a ``count`` read earlier) on.
    public func bytes(from start: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: storage + start, count: written - start))
    }

    /// Calls `body` with the bytes written (valid only during the call).
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage, count: written))
    }

    /// Forgets the bytes from offset `newCount` on (a ``count`` read earlier, or 0).
    @inlinable public mutating func truncate(to newCount: Int) {
        written = min(max(newCount, 0), written)
    }

    /// Makes room for `extra` more bytes.
    @inlinable @inline(__always) public mutating func reserve(_ extra: Int) {
        if written + extra > capacity { grow(to: written + extra) }
    }

    @usableFromInline mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: written)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    /// Appends one byte.
    @inlinable @inline(__always) public mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[written] = byte
        written += 1
    }

    /// Appends the bytes of `piece`.
    @inlinable @inline(__always) public mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        guard let base = piece.baseAddress, piece.count > 0 else { return }
        reserve(piece.count)
        (storage + written).update(from: base, count: piece.count)
        written += piece.count
    }

    /// Appends the bytes of `piece`.
    @inlinable @inline(__always) public mutating func append(_ piece: UnsafeRawBufferPointer) {
        append(piece.assumingMemoryBound(to: UInt8.self))
    }

    /// Appends the UTF-8 of a static string.
    @inlinable @inline(__always) public mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the bytes of an array.
    @inlinable public mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends `byte` `repeats` times.
    @inlinable public mutating func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        reserve(repeats)
        (storage + written).initialize(repeating: byte, count: repeats)
        written += repeats
    }
}
