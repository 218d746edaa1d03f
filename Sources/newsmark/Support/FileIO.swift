import Foundation
import Newsmark

/// Reading inputs and writing outputs safely: `-` is standard input/output, and outputs are written
/// atomically (a temporary file in the target directory, then a rename), so an interrupted or failed
/// write leaves any previous file intact.
enum FileIO {
    /// The bytes of `path`, or of standard input for `-`.
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw NewsmarkError(.io, "no such file", location: SourceLocation(file: path))
        }
        if isDirectory.boolValue {
            throw NewsmarkError(.io, "is a directory", location: SourceLocation(file: path))
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw NewsmarkError(.io, "cannot read the file (\(Self.reason(error)))", location: SourceLocation(file: path))
        }
    }

    /// Writes `data` to `path` atomically, or to standard output for `nil` or `-`.
    static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            do {
                try FileHandle.standardOutput.write(contentsOf: data)
            } catch {
                throw NewsmarkError(.io, "cannot write to standard output (\(Self.reason(error)))")
            }
            return
        }
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).newsmark-\(UUID().uuidString).tmp")
        let location = SourceLocation(file: path)
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw NewsmarkError(.io, "cannot create a file in \(directory.path)", location: location)
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw NewsmarkError(.io, "cannot write the output (\(Self.reason(error)))", location: location)
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw NewsmarkError(.io, "cannot replace the output file (\(reason))", location: location)
        }
    }

    private static func reason(_ error: Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        return (error as NSError).localizedDescription
    }
}
