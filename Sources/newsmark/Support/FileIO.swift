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

    /// Writes `data` to `path` atomically, or to standard output for `nil` or `-` (see ``AtomicOutputFile``).
    static func write(_ data: Data, to path: String?) throws {
        let output = try AtomicOutputFile(path: path)
        try output.write(data)
        try output.commit()
    }

    private static func reason(_ error: Error) -> String { AtomicOutputFile.reason(error) }
}
