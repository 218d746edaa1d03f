import Foundation
import Newsmark

/// Reading inputs and writing outputs safely: `-` is standard input/output, and outputs are written
/// atomically (a temporary file in the target directory, then a rename), so an interrupted or failed
/// write leaves any previous file intact.
enum FileIO {
    /// The bytes of `path`, or of standard input for `-`.
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        let location = SourceLocation(file: path)
        // One open, one fstat and the reads: a corpus reads thousands of files.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno
            var info = stat()
            guard stat(path, &info) == 0 else { throw NewsmarkError(.io, "no such file", location: location) }
            if info.st_mode & S_IFMT == S_IFDIR { throw NewsmarkError(.io, "is a directory", location: location) }
            throw NewsmarkError(.io, "cannot read the file (\(String(cString: strerror(reason))))", location: location)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw NewsmarkError(.io, "cannot read the file (\(String(cString: strerror(errno))))", location: location)
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw NewsmarkError(.io, "is a directory", location: location) }
        // The size is a hint (a device or a growing file may hold more or less): read to the end. The
        // bytes are read straight into the `Data` returned (no second copy of a long article).
        var data = Data(count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == data.count { data.count += max(data.count, 65_536) }
            let capacity = data.count - count
            let result = data.withUnsafeMutableBytes { readSome(descriptor, $0.baseAddress! + count, capacity) }
            if result < 0 {
                if errno == EINTR { continue }
                throw NewsmarkError(.io, "cannot read the file (\(String(cString: strerror(errno))))", location: location)
            }
            if result == 0 { break }
            count += result
        }
        data.count = count
        return data
    }

    /// Writes `data` to `path` atomically, or to standard output for `nil` or `-` (see ``AtomicOutputFile``).
    static func write(_ data: Data, to path: String?) throws {
        let output = try AtomicOutputFile(path: path)
        try output.write(data)
        try output.commit()
    }

    private static func reason(_ error: Error) -> String { AtomicOutputFile.reason(error) }
}

/// `read(2)` (a file-level name: inside ``FileIO`` `read` is its own method).
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
