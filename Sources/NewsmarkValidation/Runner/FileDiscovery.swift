import Foundation
import NewsmarkModel

/// Turns the command line's paths into input files: files as given, directories walked recursively for
/// `*.xml` and `*.json` (hidden directories such as `.git` are skipped), `-` for standard input.
public enum FileDiscovery {
    /// The result: inputs in a stable order (arguments in order; a directory's files sorted by path), and
    /// the paths that could not be used (missing, unreadable).
    public struct Result: Sendable {
        public var inputs: [InputFile]
        public var failures: [NewsmarkError]
    }

    public static func discover(_ paths: [String]) -> Result {
        var inputs: [InputFile] = []
        var failures: [NewsmarkError] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(InputFile(path: "-"))
                continue
            }
            // A plain stat (following links, as FileManager does): a corpus can be given as thousands of paths.
            var info = stat()
            guard stat(path, &info) == 0 else {
                failures.append(NewsmarkError(.io, "no such file or directory", location: SourceLocation(file: path)))
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                inputs.append(InputFile(path: path, form: form(ofPath: path)))
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else {
                failures.append(NewsmarkError(.io, "cannot read the directory", location: SourceLocation(file: path)))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator.skipDescendants() }
                    continue
                }
                let lower = name.lowercased()
                guard lower.hasSuffix(".xml") || lower.hasSuffix(".json") else { continue }
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                var isDir: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { found.append(full) }
            }
            for file in found.sorted() {
                inputs.append(InputFile(path: file, form: form(ofPath: file), discovered: true))
            }
        }
        return Result(inputs: inputs, failures: failures)
    }

    /// The form an extension implies, if any.
    public static func form(ofPath path: String) -> InputFile.Form? {
        let lower = path.lowercased()
        if lower.hasSuffix(".xml") { return .xml }
        if lower.hasSuffix(".json") { return .json }
        return nil
    }
}
