import Foundation
import NewsmarkModel

/// Reads a JSON Lines corpus one article at a time from a file handle, holding only the current line and
/// one read chunk in memory. Blank lines are skipped; a `"\r\n"` line end is accepted. Every error is located
/// at its line (`corpus.jsonl:412: error: $.quotes[3].speaker: …`).
public final class JSONLinesReader {
    /// One non-blank line of the input.
    public struct Line: Sendable {
        /// The 1-based line number.
        public var number: Int
        /// The line's bytes, without its line end.
        public var bytes: Data
    }

    private let fileHandle: FileHandle
    private let fileName: String?
    private let chunkSize: Int
    private let maxLineLength: Int
    private let codec = JSONArticleCodec()
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    /// The number of the last line read (0 before the first).
    public private(set) var lineNumber = 0

    /// Reads from `fileHandle`; `fileName` is used in error locations. A line longer than `maxLineLength`
    /// bytes is an error rather than an unbounded allocation.
    public init(fileHandle: FileHandle, fileName: String? = nil, chunkSize: Int = 1 << 16, maxLineLength: Int = 256 << 20) {
        self.fileHandle = fileHandle
        self.fileName = fileName
        self.chunkSize = max(1, chunkSize)
        self.maxLineLength = maxLineLength
    }

    /// The next article, or `nil` at the end of the input.
    public func next() throws -> Article? {
        guard let line = try nextLine() else { return nil }
        do {
            return try codec.decode(line.bytes, fileName: fileName)
        } catch let error as NewsmarkError {
            var located = error
            // The record is one line: a syntax error's column stays, its line becomes the record's.
            located.location = SourceLocation(file: fileName, line: line.number, column: error.location?.column ?? 0)
            throw located
        }
    }

    /// Calls `body` with every article and its line number, in order.
    public func forEach(_ body: (Article, Int) throws -> Void) throws {
        while let article = try next() { try body(article, lineNumber) }
    }

    /// The next non-blank line, or `nil` at the end of the input.
    public func nextLine() throws -> Line? {
        while true {
            guard let raw = try nextRawLine() else { return nil }
            lineNumber += 1
            var bytes = raw
            if bytes.last == 0x0D { bytes.removeLast() }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return Line(number: lineNumber, bytes: Data(bytes))
        }
    }

    private func nextRawLine() throws -> ArraySlice<UInt8>? {
        var searchFrom = position
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                let line = buffer[position..<newline]
                position = newline + 1
                return line
            }
            if buffer.count - position > maxLineLength {
                throw NewsmarkError(.invalidInput, "line \(lineNumber + 1) is longer than \(maxLineLength) bytes",
                                    location: SourceLocation(file: fileName, line: lineNumber + 1))
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                return line
            }
            // Drop what has been consumed, then read more.
            if position > 0 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            searchFrom = buffer.count
            let chunk: Data?
            do {
                chunk = try fileHandle.read(upToCount: chunkSize)
            } catch {
                throw NewsmarkError(.io, "cannot read the input (\(error.localizedDescription))", location: SourceLocation(file: fileName))
            }
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { atEnd = true }
        }
    }
}
