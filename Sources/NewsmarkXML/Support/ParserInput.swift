internal import CNewsmarkLibXML2
import Foundation

/// Feeds a `Data` value to libxml2 in chunks through its I/O callbacks, so the parser never needs a
/// second copy of a large document.
final class ParserInput {
    let data: Data
    private var offset = 0

    init(_ data: Data) { self.data = data }

    /// Copies up to `capacity` bytes into `buffer`; returns how many (0 at the end).
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        let count = min(capacity, data.count - offset)
        guard count > 0 else { return 0 }
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let source = raw.baseAddress!.advanced(by: offset)
            UnsafeMutableRawPointer(buffer).copyMemory(from: source, byteCount: count)
        }
        offset += count
        return count
    }

    /// The libxml2 read callback for a `ParserInput` passed as the context.
    static let readCallback: xmlInputReadCallback = { context, buffer, length in
        guard let context, let buffer, length > 0 else { return 0 }
        let input = Unmanaged<ParserInput>.fromOpaque(context).takeUnretainedValue()
        return Int32(input.read(into: buffer, capacity: Int(length)))
    }

    /// The libxml2 close callback: nothing to close (the owner keeps the input alive).
    static let closeCallback: xmlInputCloseCallback = { _ in 0 }
}
