import Foundation
import Newsmark

/// Many output files published atomically and durably at a small cost per file: each file is written to
/// a temporary file beside its target; once a batch is complete, one sync of the file system makes all
/// their contents durable, then each is renamed over its target, and one sync of the directory makes
/// the new names durable.
///
/// Guarantees, for every file: the target holds either its previous content or the complete new content,
/// never a partial file, also after a crash or power loss (the content is on disk before the rename);
/// a run that fails or is killed leaves at most hidden temporary files (`.NAME.newsmark-PID-N.tmp`), never
/// a half-written target. A file becomes visible when its batch is published, not as soon as it is
/// converted. Syncing each file on its own cost about as much time as converting it for a corpus of short
/// articles; a batch pays for one `syncfs` (Linux) instead, or one `fsync` per file elsewhere.
///
/// Targets that exist and are not regular files (a device, a pipe) are written in place at once, as
/// ``AtomicOutputFile`` does.
final class DurableOutputBatch {
    /// A file written to its temporary name and waiting for the batch to be published.
    private struct Staged {
        let temporary: String
        let target: String
        let descriptor: Int32
    }

    /// A file of the batch that could not be published, with the reason.
    struct Failure: Error {
        let target: String
        let error: NewsmarkError
    }

    let maximumFiles: Int
    let maximumBytes: Int
    private var staged: [Staged] = []
    private var stagedBytes = 0

    init(maximumFiles: Int = 128, maximumBytes: Int = 64 << 20) {
        self.maximumFiles = max(1, maximumFiles)
        self.maximumBytes = maximumBytes
    }

    deinit { discard() }

    /// Writes `data` for `target`; publishes the batch when it is full. Returns the files that failed to
    /// publish (empty nearly always). Throws when `data` cannot be written (nothing is left behind then).
    func add(_ data: Data, as target: String) throws -> [Failure] {
        var info = stat()
        if stat(target, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            try FileIO.write(data, to: target)
            return []
        }
        let (temporary, descriptor) = try TemporaryOutputName.create(for: target)
        let written = data.withUnsafeBytes { Self.writeAll(descriptor, $0) }
        guard written == 0 else {
            close(descriptor)
            unlink(temporary)
            throw NewsmarkError(.io, "cannot write the output (\(String(cString: strerror(written))))",
                                location: SourceLocation(file: target))
        }
        staged.append(Staged(temporary: temporary, target: target, descriptor: descriptor))
        stagedBytes += data.count
        if staged.count >= maximumFiles || stagedBytes >= maximumBytes { return publish() }
        return []
    }

    /// Syncs the staged files, renames each over its target and syncs the directories; returns the files
    /// that failed (their temporary files are removed, their targets left as they were).
    func publish() -> [Failure] {
        let batch = staged
        staged = []
        stagedBytes = 0
        guard !batch.isEmpty else { return [] }
        var failures: [Failure] = []
        var synced = batch.map { _ in false }
        if let syncFileSystem = Self.syncFileSystem, syncFileSystem(batch[0].descriptor) == 0 {
            // One sync for the whole batch (all temporary files live on the targets' file systems;
            // a target in another file system than the first is synced on its own below).
            let device = Self.device(batch[0].descriptor)
            for index in batch.indices where Self.device(batch[index].descriptor) == device { synced[index] = true }
        }
        var directories: [String] = []
        for (index, file) in batch.enumerated() {
            let location = SourceLocation(file: file.target)
            if !synced[index], fdatasync(file.descriptor) != 0 {
                failures.append(Failure(target: file.target, error: NewsmarkError(
                    .io, "cannot write the output (\(String(cString: strerror(errno))))", location: location)))
                close(file.descriptor)
                unlink(file.temporary)
                continue
            }
            close(file.descriptor)
            guard rename(file.temporary, file.target) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(file.temporary)
                failures.append(Failure(target: file.target, error: NewsmarkError(
                    .io, "cannot replace the output file (\(reason))", location: location)))
                continue
            }
            let directory = Self.directory(of: file.target)
            if directories.last != directory, !directories.contains(directory) { directories.append(directory) }
        }
        // The new names: a directory's entries are durable once the directory is synced.
        for directory in directories {
            let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 {
                _ = fsync(descriptor)
                close(descriptor)
            }
        }
        return failures
    }

    /// Removes the staged temporary files; their targets stay as they were.
    func discard() {
        for file in staged {
            close(file.descriptor)
            unlink(file.temporary)
        }
        staged = []
        stagedBytes = 0
    }

    // MARK: - System calls

    /// Writes all of `bytes`; returns 0 or the `errno` of the failure.
    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let result = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += result
        }
        return 0
    }

    private static func device(_ descriptor: Int32) -> UInt64? {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? UInt64(info.st_dev) : nil
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Linux's `syncfs(2)` (the C library declares it only for GNU sources, which Swift does not import):
    /// looked up once, `nil` where there is none.
    private static let syncFileSystem: (@convention(c) (Int32) -> Int32)? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        #else
        return nil
        #endif
    }()
}
