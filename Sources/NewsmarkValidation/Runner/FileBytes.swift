import Foundation
import NewsmarkModel

/// A file's bytes for the validator. A small file (most articles) is read with one `read` into memory:
/// cheaper than mapping it, faulting its pages in and unmapping it, which also makes every other thread
/// of the process flush its address translations. A large file is mapped read-only, and its pages are
/// handed back to the system once the parser has gone past them, so that a 100 MB article is validated
/// in a few megabytes of resident memory instead of being held whole.
///
/// The parser reads the bytes in one forward pass; ``noteProgress(line:)`` tells the mapping how far it
/// has got (by line), and pages well behind that point are dropped with `madvise(MADV_DONTNEED)`. A
/// dropped page of a private read-only file mapping is read again from the file if it is ever touched,
/// so dropping is always safe; it only has to be rare to be cheap.
final class FileBytes {
    /// The file's bytes (backed by the mapping, or the buffer read, while this object lives).
    let data: Data
    /// Files up to this size are read rather than mapped.
    static let readLimit = 4 << 20
    private let base: UnsafeMutableRawPointer?
    private let count: Int
    private var released = 0
    private var cursorOffset = 0
    private var cursorLine = 1
    private static let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))
    /// How far behind the parser's line pages are kept (libxml2 and the position tracker read near it).
    private static let margin = 1 << 20
    /// How much progress makes another release worthwhile.
    private static let step = 2 << 20

    /// Reads or maps `path`; throws an I/O error the validator reports with the file name.
    init(path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw NewsmarkError(.io, "cannot read the file (\(String(cString: strerror(errno))))", location: SourceLocation(file: path))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw NewsmarkError(.io, "cannot read the file (\(String(cString: strerror(errno))))", location: SourceLocation(file: path))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw NewsmarkError(.io, "is not a regular file", location: SourceLocation(file: path))
        }
        count = Int(info.st_size)
        guard count > 0 else {
            base = nil
            data = Data()
            return
        }
        if count <= Self.readLimit {
            base = nil
            data = try Self.read(descriptor, count: count, path: path)
            return
        }
        guard let mapped = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else {
            throw NewsmarkError(.io, "cannot map the file (\(String(cString: strerror(errno))))", location: SourceLocation(file: path))
        }
        base = mapped
        _ = madvise(mapped, count, MADV_SEQUENTIAL)
        data = Data(bytesNoCopy: mapped, count: count, deallocator: .none)
    }

    /// The file's `count` bytes, read in one call (more if the system returns fewer); a file that shrank
    /// meanwhile gives what it still holds.
    private static func read(_ descriptor: Int32, count: Int, path: String) throws -> Data {
        guard let buffer = malloc(count) else {
            throw NewsmarkError(.io, "cannot read the file (out of memory)", location: SourceLocation(file: path))
        }
        var done = 0
        while done < count {
            let n = Foundation.read(descriptor, buffer + done, count - done)
            if n > 0 {
                done += n
            } else if n == 0 {
                break
            } else if errno != EINTR {
                let reason = String(cString: strerror(errno))
                free(buffer)
                throw NewsmarkError(.io, "cannot read the file (\(reason))", location: SourceLocation(file: path))
            }
        }
        return Data(bytesNoCopy: buffer, count: done, deallocator: .free)
    }

    deinit {
        if let base { munmap(base, count) }
    }

    /// Records that the parser has read up to byte `offset`, and drops pages far enough behind it.
    func noteProgress(offset: Int) {
        release(behind: min(offset, count))
    }

    /// Records that the parser has reached `line`, and drops pages far enough behind it.
    func noteProgress(line: Int) {
        guard let base, line > cursorLine else { return }
        // Find the byte offset where `line` starts (one forward pass over the file in all).
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        while cursorLine < line, cursorOffset < count {
            guard let newline = memchr(bytes + cursorOffset, 0x0A, count - cursorOffset) else {
                cursorOffset = count
                break
            }
            cursorOffset = UnsafeRawPointer(newline) - UnsafeRawPointer(base) + 1
            cursorLine += 1
        }
        release(behind: cursorOffset)
    }

    /// Drops the pages more than ``margin`` bytes before `offset`, once enough have accumulated.
    private func release(behind offset: Int) {
        guard let base else { return }
        let safe = (offset - Self.margin) / Self.pageSize * Self.pageSize
        guard safe - released >= Self.step else { return }
        _ = madvise(base + released, safe - released, MADV_DONTNEED)
        released = safe
    }
}
