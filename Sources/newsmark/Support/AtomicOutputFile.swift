import Foundation
import Newsmark

/// An output written piece by piece and published atomically: bytes go to a temporary file next to the
/// target, which replaces the target (a rename) only on ``commit()``. A failed or interrupted run leaves any
/// previous file intact. For `nil` or `-` the output is standard output, written as it comes.
final class AtomicOutputFile {
    /// Where to write.
    let handle: FileHandle
    private let target: String?
    private let temporary: URL?
    private var finished = false

    init(path: String?) throws {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            target = nil
            temporary = nil
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).newsmark-\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw NewsmarkError(.io, "cannot create a file in \(directory.path)", location: SourceLocation(file: path))
        }
        do {
            handle = try FileHandle(forWritingTo: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw NewsmarkError(.io, "cannot open the output for writing", location: SourceLocation(file: path))
        }
        self.target = path
        self.temporary = temporary
    }

    /// Flushes to disk and puts the file in place.
    func commit() throws {
        guard !finished else { return }
        finished = true
        guard let target, let temporary else { return }
        let location = SourceLocation(file: target)
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw NewsmarkError(.io, "cannot write the output (\(error.localizedDescription))", location: location)
        }
        guard rename(temporary.path, target) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw NewsmarkError(.io, "cannot replace the output file (\(reason))", location: location)
        }
    }

    /// Abandons the output: the temporary file is removed and the target left as it was.
    func discard() {
        guard !finished else { return }
        finished = true
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }

    deinit { discard() }
}
