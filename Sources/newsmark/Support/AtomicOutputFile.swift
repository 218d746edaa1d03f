import Foundation
import Newsmark

/// An output written piece by piece and published atomically: bytes go to a temporary file next to the
/// target, which is synced to disk and then replaces the target (a rename) only on ``commit()``. A failed or
/// interrupted run leaves any previous file intact. (Many outputs at once go through ``DurableOutputBatch``,
/// which syncs them together.)
///
/// Two kinds of target are not replaced: standard output (`nil` or `-`), and an existing target that is
/// not a regular file — a terminal, a pipe, `/dev/null`, `/dev/full` — which is written in place, since
/// renaming a file over a device would destroy the device node.
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
        let location = SourceLocation(file: path)
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw NewsmarkError(.io, "the output is a directory", location: location) }
            if type != S_IFREG {
                guard let direct = FileHandle(forWritingAtPath: path) else {
                    throw NewsmarkError(.io, "cannot open the output for writing (\(String(cString: strerror(errno))))", location: location)
                }
                handle = direct
                target = path
                temporary = nil
                return
            }
        }
        let (temporary, descriptor) = try TemporaryOutputName.create(for: path)
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        self.target = path
        self.temporary = URL(fileURLWithPath: temporary)
    }

    /// Appends `data`; on failure the output is abandoned.
    func write(_ data: Data) throws {
        do {
            try handle.write(contentsOf: data)
        } catch {
            discard()
            throw NewsmarkError(.io, "cannot write the output (\(Self.reason(error)))", location: target.map { SourceLocation(file: $0) })
        }
    }

    /// Puts the file in place (or, for standard output and devices, finishes writing).
    func commit() throws {
        guard !finished else { return }
        finished = true
        guard let target else { return }
        let location = SourceLocation(file: target)
        do {
            // The content is on disk before the name points at it: a crash never leaves an empty or
            // partial file under the target's name.
            if temporary != nil, fdatasync(handle.fileDescriptor) != 0 {
                throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
            }
            try handle.close()
        } catch {
            if let temporary { try? FileManager.default.removeItem(at: temporary) }
            throw NewsmarkError(.io, "cannot write the output (\(Self.reason(error)))", location: location)
        }
        guard let temporary else { return }
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
        guard target != nil else { return }
        try? handle.close()
        if let temporary { try? FileManager.default.removeItem(at: temporary) }
    }

    deinit { discard() }

    /// The operating system's words for a failed write.
    static func reason(_ error: Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        if let posix = error.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        return error.localizedDescription
    }
}
