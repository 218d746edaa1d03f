import Foundation
import NewsmarkModel

/// Writes a corpus as JSON Lines: one article per line in the compact JSON form (keys sorted, no line breaks
/// inside a record), each line ending in `"\n"`. Output is buffered and handed to the sink in large pieces;
/// memory stays bounded by the buffer size plus one article, however many articles are written.
public final class JSONLinesWriter {
    private let sink: (Data) throws -> Void
    private let codec = JSONArticleCodec()
    private let bufferSize: Int
    private var buffer = Data()
    /// The number of articles written so far.
    public private(set) var count = 0

    /// A writer that hands its output to `sink` (which may throw to stop writing).
    public init(bufferSize: Int = 1 << 20, sink: @escaping (Data) throws -> Void) {
        self.sink = sink
        self.bufferSize = max(1, bufferSize)
        buffer.reserveCapacity(self.bufferSize)
    }

    /// A writer that appends to `fileHandle`.
    public convenience init(fileHandle: FileHandle, bufferSize: Int = 1 << 20) {
        self.init(bufferSize: bufferSize) { data in
            do {
                try fileHandle.write(contentsOf: data)
            } catch {
                throw NewsmarkError(.io, "cannot write the JSON Lines output (\(error.localizedDescription))")
            }
        }
    }

    /// Appends `article` as one line.
    public func write(_ article: Article) throws {
        try writeLine(codec.encode(article))
    }

    /// Appends a line that is already an encoded article (compact JSON without line breaks).
    public func writeLine(_ json: Data) throws {
        guard !json.contains(0x0A), !json.contains(0x0D) else {
            throw NewsmarkError(.usage, "a JSON Lines record cannot contain a line break (use the compact JSON form)")
        }
        buffer.append(json)
        buffer.append(0x0A)
        count += 1
        if buffer.count >= bufferSize { try flush() }
    }

    /// Hands everything buffered to the sink. Call once at the end.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        let pending = buffer
        buffer.removeAll(keepingCapacity: true)
        try sink(pending)
    }
}
