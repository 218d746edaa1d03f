import ArgumentParser
import Foundation
import Newsmark

/// `convert` to and from annotation tools, and to HTML: exports (brat projects, Label Studio tasks, doccano
/// JSONL, CoNLL, spaCy JSON, HTML pages) and merging edited tool files back onto the original article.
struct InteropConversion {
    let command: ConvertCommand

    var options: InteropOptions { command.interop }

    /// Runs the conversions that do not fit the one-input-one-output path; `false` leaves the rest to `convert`.
    func run() throws -> Bool {
        if let from = command.from, from.isToolFormat { try mergeBack(from); return true }
        if options.onto != nil { throw NewsmarkError(.usage, "--onto merges tool files back: give --from brat, labelstudio, doccano or conll") }
        if options.annotators != nil, command.to != .brat { throw NewsmarkError(.usage, "--annotators splits a brat export: use --to brat") }
        let directoryInput = command.input != "-" && ArticleFiles.isDirectory(command.input)
        switch command.to {
        case .brat:
            try exportBrat()
        case .html where directoryInput:
            try exportHTMLDirectory()
        case .labelstudio, .doccano, .conll, .spacy:
            let articles = try readInputs()
            let data: Data
            switch command.to {
            case .labelstudio: data = try LabelStudioExporter(target: options.asAnnotations ? .annotations : .predictions).export(articles)
            case .doccano: data = try DoccanoExporter(unit: options.offsets).export(articles)
            default: data = try Self.render(articles, format: command.to, pretty: command.pretty)
            }
            try FileIO.write(data, to: command.output)
            if let config = options.toolConfig {
                guard command.to == .labelstudio else { throw NewsmarkError(.usage, "--tool-config is for --to labelstudio (brat writes annotation.conf itself)") }
                try FileIO.write(Data(LabelStudioConfig.xml(tagSet: Self.tagSet(of: articles)).utf8), to: config)
            }
        default:
            return false
        }
        return true
    }

    // MARK: - Rendering one article (the plain convert path)

    /// The bytes of one article in a tool format or HTML.
    static func render(_ article: Article, format: OutputFormat) throws -> Data {
        try render([article], format: format, pretty: false)
    }

    static func render(_ articles: [Article], format: OutputFormat, pretty: Bool) throws -> Data {
        switch format {
        case .labelstudio: return try LabelStudioExporter().export(articles)
        case .doccano: return try DoccanoExporter().export(articles)
        case .conll: return Data(CoNLLExporter().export(articles).utf8)
        case .spacy: return try SpaCyExporter().export(articles, pretty: pretty)
        case .html:
            guard articles.count == 1 else { throw NewsmarkError(.usage, "several articles to HTML need an output directory: -o DIR") }
            return Data(HTMLArticleRenderer().render(articles[0]).utf8)
        case .brat: throw NewsmarkError(.usage, "brat output is a directory: give -o DIR")
        case .xml, .json, .jsonl, .text: throw NewsmarkError(.usage, "\(format.rawValue) is not an annotation-tool format")
        }
    }

    /// The usage error for reading a tool format without `--onto`.
    static func needsOnto(_ format: InputFormat) -> NewsmarkError {
        NewsmarkError(.usage, "\(format.rawValue) files are merged back onto their original: add --onto ORIGINAL.xml")
    }

    static func tagSet(of articles: [Article]) -> TagSet {
        var types: [String] = []
        for article in articles { for type in article.tagSet.entityTypes where !types.contains(type) { types.append(type) } }
        return types.isEmpty ? .standard : TagSet(entityTypes: types)
    }

    // MARK: - Reading inputs

    /// The input article(s): one file (or standard input), or every .txt, .xml and .json file of a directory.
    func readInputs() throws -> [Article] {
        let paths: [String] = command.input != "-" && ArticleFiles.isDirectory(command.input)
            ? try ConversionPlan.listInputs(command.input) : [command.input]
        var articles: [Article] = []
        var seen: [String: String] = [:]
        for path in paths {
            let data = try FileIO.read(path)
            let fileName = path == "-" ? "<stdin>" : path
            let format = command.from ?? InputFormat.detect(path: path, data: data)
            let article = try command.read(data, format: format, path: path, fileName: fileName)
            if let other = seen[article.id] {
                throw NewsmarkError(.invalidInput, "article '\(article.id)' is also in \(other)", location: SourceLocation(file: path))
            }
            seen[article.id] = path
            articles.append(article)
        }
        if articles.isEmpty { throw NewsmarkError(.usage, "no .txt, .xml or .json files in the directory", location: SourceLocation(file: command.input)) }
        return articles
    }

    func outputDirectory(for format: String) throws -> URL {
        guard let output = command.output, output != "-" else {
            throw NewsmarkError(.usage, "\(format) output is a directory: give -o DIR")
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw NewsmarkError(.io, "cannot create the output directory", location: SourceLocation(file: output))
        }
        return URL(fileURLWithPath: output)
    }

    // MARK: - Exports

    /// A brat project: `<id>.txt` and `<id>.ann` per article (in one subdirectory per annotator with
    /// --annotators), and `annotation.conf` and `visual.conf` at the root (brat looks for them up the tree).
    func exportBrat() throws {
        let articles = try readInputs()
        let directory = try outputDirectory(for: "brat")
        let tagSet = Self.tagSet(of: articles)
        try write(BratConfiguration.annotationConf(tagSet: tagSet), to: directory.appendingPathComponent("annotation.conf"))
        try write(BratConfiguration.visualConf(tagSet: tagSet), to: directory.appendingPathComponent("visual.conf"))
        var targets: [String: [String]] = [:]
        if let list = options.annotators {
            let names = list.split(separator: ",").map { $0.trimmingNewsmarkWhitespace() }.filter { !$0.isEmpty }
            guard !names.isEmpty, Set(names).count == names.count,
                  names.allSatisfy({ !$0.contains("/") && !$0.hasPrefix(".") }) else {
                throw NewsmarkError(.usage, "--annotators needs distinct names without '/', such as A,B,C")
            }
            guard let overlap = AnnotatorAssignment.Overlap(options.overlap) else {
                throw NewsmarkError(.usage, "--overlap is a percentage (10%), a share (0.1) or a number of articles (3), not '\(options.overlap)'")
            }
            targets = AnnotatorAssignment.assign(articleIDs: articles.map(\.id), annotators: names, overlap: overlap)
            var table = "article\tannotators\n"
            for article in articles { table += "\(article.id)\t\((targets[article.id] ?? []).joined(separator: ","))\n" }
            try write(table, to: directory.appendingPathComponent("assignment.tsv"))
        }
        for article in articles {
            let files = BratExporter().export(article)
            let folders = targets[article.id].map { $0.map { directory.appendingPathComponent($0) } } ?? [directory]
            for folder in folders {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try write(files.text, to: folder.appendingPathComponent(Self.fileName(article.id, "txt")))
                try write(files.annotations, to: folder.appendingPathComponent(Self.fileName(article.id, "ann")))
            }
        }
    }

    /// One HTML page per article and an `index.html` with per-article counts.
    func exportHTMLDirectory() throws {
        let articles = try readInputs()
        let directory = try outputDirectory(for: "HTML for a directory")
        for article in articles {
            try write(HTMLArticleRenderer().render(article), to: directory.appendingPathComponent(Self.fileName(article.id, "html")))
        }
        let index = HTMLIndexRenderer().render(articles, title: "Newsmark: \(URL(fileURLWithPath: command.input).lastPathComponent)") {
            Self.fileName($0.id, "html")
        }
        try write(index, to: directory.appendingPathComponent("index.html"))
    }

    /// `id.ext`, with characters that cannot be in a file name replaced.
    static func fileName(_ id: String, _ ext: String) -> String {
        String(id.map { $0 == "/" || $0 == "\\" || $0 == ":" ? "_" : $0 }) + "." + ext
    }

    func write(_ text: String, to url: URL) throws { try FileIO.write(Data(text.utf8), to: url.path) }

    // MARK: - Merging back

    /// Merges the tool's files back onto one original article, or onto every article of a directory (`--onto DIR
    /// -o DIR`: each article is looked up in the tool's export by id; articles the export does not have are skipped).
    func mergeBack(_ from: InputFormat) throws {
        guard let onto = options.onto else { throw Self.needsOnto(from) }
        if command.to.isToolFormat || command.to == .text {
            throw NewsmarkError(.usage, "a merge writes Newsmark XML or JSON: use --to xml (the default) or --to json")
        }
        let annotator = options.annotator
        guard !annotator.isEmpty, annotator.unicodeScalars.allSatisfy({ !$0.isNewsmarkWhitespace }) else {
            throw NewsmarkError(.usage, "--annotator needs an id without spaces")
        }
        let export = try InteropToolExport.load(from, input: command.input, offsets: options.offsets)
        guard ArticleFiles.isDirectory(onto) else {
            let original = try readOriginal(onto)
            let result = try export.merge(onto: original, annotatorID: annotator, strict: false)
            try FileIO.write(try command.render(result.article, format: command.to), to: command.output)
            report(result, onto: onto)
            return
        }
        let directory = try outputDirectory(for: "a merge onto a directory")
        var failures: [Int32] = []
        var merged = 0
        for path in try ArticleFiles.annotatedFiles(in: onto) {
            do {
                let original = try readOriginal(path)
                guard let result = try export.mergeIfPresent(onto: original, annotatorID: annotator) else {
                    Diagnostics.write("\(path): note: article '\(original.id)' is not in \(command.input); skipped\n")
                    continue
                }
                let target = directory.appendingPathComponent(Self.fileName(original.id, command.to.fileExtension))
                try FileIO.write(try command.render(result.article, format: command.to), to: target.path)
                report(result, onto: path)
                merged += 1
            } catch let error as NewsmarkError {
                Diagnostics.report(error.location?.file == nil ? error.inFile(path) : error)
                failures.append(ExitStatus.code(for: error))
            }
        }
        Diagnostics.write("\(command.input): \(merged) article\(merged == 1 ? "" : "s") merged into \(directory.path)\n")
        if let worst = failures.max() { throw ExitCode(worst) }
    }

    func readOriginal(_ path: String) throws -> Article {
        let data = try FileIO.read(path)
        return try command.read(data, format: InputFormat.fromExtension(path) ?? InputFormat.detect(path: path, data: data),
                                path: path, fileName: path)
    }

    func report(_ result: MergeResult, onto: String) {
        Diagnostics.write("\(command.input): merged onto \(onto): \(result.report.summary)\n")
        for warning in result.report.warnings { Diagnostics.write("\(command.input): warning: \(warning)\n") }
    }

    static func readText(_ path: String) throws -> String {
        let data = try FileIO.read(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw NewsmarkError(.invalidInput, "the file is not valid UTF-8", location: SourceLocation(file: path))
        }
        return text
    }

    /// The `.txt` and `.ann` files of `articleID` given a `.ann` or `.txt` path or a brat directory (searched
    /// recursively; several copies, as in a project split among annotators, must be chosen explicitly).
    static func bratFiles(_ input: String, articleID: String) throws -> (String, String) {
        if !ArticleFiles.isDirectory(input) {
            let base = URL(fileURLWithPath: input).deletingPathExtension()
            return (base.appendingPathExtension("txt").path, base.appendingPathExtension("ann").path)
        }
        let wanted = fileName(articleID, "ann")
        var found: [String] = []
        let root = URL(fileURLWithPath: input)
        if let walker = FileManager.default.enumerator(atPath: input) {
            while let relative = walker.nextObject() as? String {
                if URL(fileURLWithPath: relative).lastPathComponent == wanted { found.append(root.appendingPathComponent(relative).path) }
            }
        }
        found.sort()
        guard let ann = found.first else {
            throw NewsmarkError(.usage, "no \(wanted) for article '\(articleID)' in the directory", location: SourceLocation(file: input))
        }
        guard found.count == 1 else {
            throw NewsmarkError(.usage, "article '\(articleID)' is in several places (\(found.joined(separator: ", "))); give the .ann file to merge",
                                location: SourceLocation(file: input))
        }
        return (URL(fileURLWithPath: ann).deletingPathExtension().appendingPathExtension("txt").path, ann)
    }
}

extension OutputFormat {
    /// Whether this is an annotation-tool format or the HTML view (handled by ``InteropConversion``).
    var isToolFormat: Bool { [.brat, .labelstudio, .doccano, .conll, .spacy, .html].contains(self) }

    /// The file extension of a tool format in directory mode.
    var interopFileExtension: String {
        switch self {
        case .labelstudio: "json"
        case .doccano: "jsonl"
        case .conll: "conll"
        case .spacy: "json"
        case .html: "html"
        default: "ann"
        }
    }
}

extension InputFormat {
    /// Whether this is an annotation-tool format read only to merge back.
    var isToolFormat: Bool { [.brat, .labelstudio, .doccano, .conll].contains(self) }
}
