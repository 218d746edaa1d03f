import Foundation
import Newsmark

/// The article files of a corpus directory: every `.xml`, `.json` and `.txt` file below it (hidden files and
/// folders skipped), sorted by relative path byte by byte, so every run and every shard sees the same order.
enum JSONCorpusDirectory {
    /// The extensions taken, and the format each is read as.
    static let formats: [String: InputFormat] = ["xml": .xml, "json": .json, "txt": .txt]

    /// The files under `directory`, with their formats; only files of `format` when it is given.
    static func files(in directory: String, format: InputFormat?) throws -> [(path: String, format: InputFormat)] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw NewsmarkError(.io, "cannot list the directory", location: SourceLocation(file: directory))
        }
        var found: [(relative: String, format: InputFormat)] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            guard let fileFormat = formats[(name as NSString).pathExtension.lowercased()],
                  format == nil || format == fileFormat else { continue }
            var isDirectory: ObjCBool = false
            let full = (directory as NSString).appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            found.append((relative, fileFormat))
        }
        found.sort { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }
        return found.map { ((directory as NSString).appendingPathComponent($0.relative), $0.format) }
    }

    /// Whether `path` names a directory.
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
