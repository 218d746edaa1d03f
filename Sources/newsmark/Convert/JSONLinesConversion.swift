import ArgumentParser
import Foundation
import Newsmark

extension ShardSelector {
    /// Parses `--shard I/N`, with the reason when the value is wrong.
    static func commandLineArgument(_ text: String) throws -> ShardSelector {
        do {
            return try ShardSelector(parsing: text)
        } catch let error as NewsmarkError {
            throw ValidationError(error.message)
        }
    }
}

extension ConvertCommand {
    /// Runs a corpus conversion when the input is a directory or JSON Lines, or when `--shard` is given;
    /// returns whether it did.
    ///
    /// - A directory is read file by file (every `.xml`, `.json`, `.txt`, sorted by path).
    /// - JSON Lines is read line by line.
    /// - `--to jsonl` streams one line per article to `-o` (atomically) or standard output; `--to xml`,
    ///   `json` or `text` writes one file per article, named by its id, into the directory `-o`.
    /// Memory stays flat: one article at a time, plus the set of ids seen (to refuse duplicates).
    func runCorpusConversionIfRequested() throws -> Bool {
        let isDirectory = JSONCorpusDirectory.isDirectory(input)
        let inputIsJSONLines = !isDirectory
            && (from ?? (input == "-" ? nil : InputFormat.detect(path: input, data: Data()))) == .jsonl
        // Directories to one file per article go through the ordinary directory conversion, unless sharded.
        guard inputIsJSONLines || to == .jsonl || shard != nil else { return false }
        guard isDirectory || inputIsJSONLines || to == .jsonl else {
            throw NewsmarkError(.usage, "--shard applies to a corpus: a directory, a JSON Lines file, or --to jsonl")
        }
        if isDirectory, from == .jsonl {
            throw NewsmarkError(.usage, "--from jsonl reads a JSON Lines file, not a directory", location: SourceLocation(file: input))
        }
        var conversion = JSONCorpusConversion(command: self, sink: try makeSink())
        do {
            if isDirectory {
                try conversion.convertDirectory(input)
            } else if inputIsJSONLines {
                try conversion.convertJSONLines(input)
            } else {
                try conversion.convertFile(input, format: from)
            }
            try conversion.sink.finish()
        } catch {
            conversion.sink.abandon()
            throw error
        }
        conversion.reportSummary()
        if conversion.failures > 0 { throw ExitCode(ExitStatus.invalidInput) }
        return true
    }

    private func makeSink() throws -> any JSONCorpusSink {
        if to == .jsonl { return try JSONLinesSink(path: output) }
        guard let output, output != "-" else {
            throw NewsmarkError(.usage, "a corpus converted to \(to.rawValue) is written one file per article: give the output directory with -o")
        }
        return try ArticleDirectorySink(directory: output, format: to, command: self)
    }
}

/// The state of one corpus conversion: where articles go, which ids were seen, what failed.
struct JSONCorpusConversion {
    let command: ConvertCommand
    var sink: any JSONCorpusSink
    /// Ids written so far and where each came from: a corpus must not hold one id twice.
    private var origins: [String: SourceLocation] = [:]
    private(set) var written = 0
    private(set) var otherShards = 0
    private(set) var failures = 0

    init(command: ConvertCommand, sink: any JSONCorpusSink) {
        self.command = command
        self.sink = sink
    }

    mutating func convertDirectory(_ directory: String) throws {
        for file in try JSONCorpusDirectory.files(in: directory, format: command.from) {
            try convertFile(file.path, format: file.format)
        }
    }

    mutating func convertFile(_ path: String, format: InputFormat?) throws {
        do {
            let data = try FileIO.read(path)
            let format = format ?? InputFormat.detect(path: path, data: data)
            // Raw text takes its id from the file name: skip other shards before the costly annotation.
            if format == .txt, let shard = command.shard, !shard.contains(id: ArticleID.from(path: path)) {
                otherShards += 1
                return
            }
            try accept(article(from: data, format: format, path: path), origin: SourceLocation(file: path))
        } catch let error as NewsmarkError where command.keepGoing && error.kind == .invalidInput {
            failures += 1
            Diagnostics.report(error)
        }
    }

    mutating func convertJSONLines(_ path: String) throws {
        let fileName = path == "-" ? "<stdin>" : path
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard !JSONCorpusDirectory.isDirectory(path), let opened = FileHandle(forReadingAtPath: path) else {
                throw NewsmarkError(.io, "cannot open the file", location: SourceLocation(file: path))
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        let reader = JSONLinesReader(fileHandle: handle, fileName: fileName)
        while true {
            do {
                guard let article = try reader.next() else { break }
                try accept(article, origin: SourceLocation(file: fileName, line: reader.lineNumber))
            } catch let error as NewsmarkError where command.keepGoing && error.kind == .invalidInput {
                failures += 1
                Diagnostics.report(error)
            }
        }
    }

    /// Hands `article` to the sink unless it belongs to another shard; refuses a second article with the same id.
    private mutating func accept(_ article: Article, origin: SourceLocation) throws {
        if let shard = command.shard, !shard.contains(id: article.id) {
            otherShards += 1
            return
        }
        if let first = origins.updateValue(origin, forKey: article.id) {
            origins[article.id] = first
            throw NewsmarkError(.invalidInput, "article id \"\(article.id)\" is already used by \(first)", location: origin)
        }
        try sink.write(article)
        written += 1
    }

    /// The article in `data`, read as `format`, exactly as the single-file conversion reads it.
    private func article(from data: Data, format: InputFormat, path: String) throws -> Article {
        if format == .jsonl {
            throw NewsmarkError(.usage, "a JSON Lines file inside a corpus directory is not read", location: SourceLocation(file: path))
        }
        return try command.read(data, format: format, path: path, fileName: path)
    }

    /// With `--verbose`, or when something failed, a one-line account on standard error.
    func reportSummary() {
        guard command.verbose || failures > 0 else { return }
        var parts = ["\(written) article\(written == 1 ? "" : "s") written"]
        if let shard = command.shard { parts.append("\(otherShards) in other shards than \(shard)") }
        if failures > 0 { parts.append("\(failures) failed") }
        Diagnostics.write("newsmark convert: " + parts.joined(separator: ", ") + "\n")
    }
}

/// Where a corpus conversion puts its articles.
protocol JSONCorpusSink {
    mutating func write(_ article: Article) throws
    /// Completes the output (flush, then publish atomically).
    mutating func finish() throws
    /// Drops an unfinished output, leaving any previous one intact.
    mutating func abandon()
}

/// One JSON Lines stream, published atomically at the end.
struct JSONLinesSink: JSONCorpusSink {
    private let file: AtomicOutputFile
    private let writer: JSONLinesWriter

    init(path: String?) throws {
        file = try AtomicOutputFile(path: path)
        writer = JSONLinesWriter(fileHandle: file.handle)
    }

    func write(_ article: Article) throws { try writer.write(article) }

    func finish() throws {
        try writer.flush()
        try file.commit()
    }

    func abandon() { file.discard() }
}

/// One file per article in a directory, named by the article id (`ID.xml`, `ID.json`, `ID.txt`), each
/// written atomically and durably through a ``DurableOutputBatch`` (published a batch at a time).
struct ArticleDirectorySink: JSONCorpusSink {
    let directory: String
    let format: OutputFormat
    let command: ConvertCommand
    private let batch = DurableOutputBatch()

    init(directory: String, format: OutputFormat, command: ConvertCommand) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw NewsmarkError(.io, "cannot create the output directory", location: SourceLocation(file: directory))
        }
        self.directory = directory
        self.format = format
        self.command = command
    }

    func write(_ article: Article) throws {
        // Ids are XML ids (no '/', never "." or ".."), so they are safe file names; check anyway.
        guard !article.id.isEmpty, !article.id.contains("/"), !article.id.hasPrefix(".") else {
            throw NewsmarkError(.invalidInput, "article id \"\(article.id)\" cannot be used as a file name")
        }
        // One file per article: JSON Lines output becomes one JSON file each.
        let fileFormat: OutputFormat = format == .jsonl ? .json : format
        let bytes = try command.render(article, format: fileFormat)
        let fileExtension = fileFormat.fileExtension
        let path = (directory as NSString).appendingPathComponent("\(article.id).\(fileExtension)")
        try Self.raise(try batch.add(bytes, as: path))
    }

    func finish() throws { try Self.raise(batch.publish()) }

    /// Publishes what was converted before the failure (as each file was once written at once), then stops.
    func abandon() { _ = batch.publish() }

    /// The first failure to publish, reported as the run's error (the others are reported first).
    private static func raise(_ failures: [DurableOutputBatch.Failure]) throws {
        guard let last = failures.last else { return }
        for failure in failures.dropLast() { Diagnostics.report(failure.error) }
        throw last.error
    }
}
