import Foundation
import Newsmark

/// Where a conversion writes, decided before anything is read: one file (or standard output), or a list
/// of per-file jobs for a directory. It enforces the one safety rule: an input is overwritten only with
/// `--in-place`.
enum ConversionPlan {
    /// One input: write to this path, or standard output for `nil`.
    case single(output: String?)
    /// A directory input: one job per file, in name order.
    case directory([DirectoryJob])

    /// Plans the conversion of `input`.
    static func make(input: String, output: String?, inPlace: Bool, format: OutputFormat, only: InputFormat? = nil) throws -> ConversionPlan {
        if input == "-" {
            if inPlace { throw NewsmarkError(.usage, "--in-place needs an input file, not standard input") }
            return .single(output: output)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw NewsmarkError(.io, "no such file or directory", location: SourceLocation(file: input))
        }
        if isDirectory.boolValue { return try planDirectory(input, output: output, inPlace: inPlace, format: format, only: only) }

        if inPlace {
            if let output, !samePath(output, input) {
                throw NewsmarkError(.usage, "--in-place writes to the input itself; leave out -o \(output)")
            }
            return .single(output: input)
        }
        guard let output, output != "-" else { return .single(output: nil) }
        var outputIsDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &outputIsDirectory), outputIsDirectory.boolValue {
            let target = URL(fileURLWithPath: output)
                .appendingPathComponent(ArticleID.from(path: input) + "." + format.fileExtension).path
            if samePath(target, input) { throw refusal(input) }
            return .single(output: target)
        }
        if samePath(output, input) { throw refusal(input) }
        return .single(output: output)
    }

    private static func planDirectory(
        _ input: String, output: String?, inPlace: Bool, format: OutputFormat, only: InputFormat?
    ) throws -> ConversionPlan {
        let outputDirectory: String
        if inPlace {
            if let output, !samePath(output, input) {
                throw NewsmarkError(.usage, "--in-place writes into the input directory; leave out -o \(output)")
            }
            outputDirectory = input
        } else {
            guard let output, output != "-" else {
                throw NewsmarkError(.usage, "a directory input needs an output directory: -o DIR")
            }
            if samePath(output, input) { throw refusal(input) }
            outputDirectory = output
        }
        let inputs = try listInputs(input, only: only)
        var jobs: [DirectoryJob] = []
        var byOutput: [String: String] = [:]
        let outputs = KnownExtensionPath.Joiner(directory: outputDirectory)
        for path in inputs {
            let id = ArticleID.from(path: path)
            let target = outputs.path(id + "." + format.fileExtension)
            if let other = byOutput[target] {
                throw NewsmarkError(.usage, "\(other) and \(path) are both article '\(id)' and would be written to the "
                    + "same file \(target); convert one kind of file with --from txt, xml or json")
            }
            byOutput[target] = path
            jobs.append(DirectoryJob(input: path, output: target))
        }
        var outputIsDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: outputDirectory, isDirectory: &outputIsDirectory) {
            guard outputIsDirectory.boolValue else {
                throw NewsmarkError(.usage, "the output for a directory must be a directory", location: SourceLocation(file: outputDirectory))
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
            } catch {
                throw NewsmarkError(.io, "cannot create the output directory", location: SourceLocation(file: outputDirectory))
            }
        }
        return .directory(jobs)
    }

    /// The `.txt`, `.xml` and `.json` files directly in `directory` (only those of format `only` when
    /// given), hidden files left out, sorted by name.
    static func listInputs(_ directory: String, only: InputFormat? = nil) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw NewsmarkError(.io, "cannot list the directory", location: SourceLocation(file: directory))
        }
        let joiner = KnownExtensionPath.Joiner(directory: directory, relative: true)
        return names.filter { name in
            guard !name.hasPrefix("."), let format = InputFormat.fromExtension(name) else { return false }
            return only == nil || only == format
        }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { directory == "." ? $0 : joiner.path($0) }
            .filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }
    }

    /// Whether two paths name the same file or directory (symbolic links and `..` resolved).
    static func samePath(_ a: String, _ b: String) -> Bool {
        let left = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
        let right = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
        if left == right { return true }
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    private static func refusal(_ input: String) -> NewsmarkError {
        NewsmarkError(.usage, "the output is the input; use --in-place to replace it", location: SourceLocation(file: input))
    }
}

/// One file of a directory conversion.
struct DirectoryJob: Hashable {
    var input: String
    var output: String
}
