import ArgumentParser
import Foundation
import Newsmark

/// `newsmark convert`: raw text, XML and JSON in; XML, JSON and plain text out.
///
/// This file is the dispatch: options, how each input format is read and how each output format is
/// written. Everything else (directories, in-place safety, progress, clean-up reports) lives in `Convert/`.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert an article between raw text, Newsmark XML, JSON and plain text.",
        discussion: """
            Raw text (.txt) is cleaned up, structured and annotated automatically. Without -o the result goes \
            to standard output. A directory converts every .txt, .xml and .json file in it (sorted by name) \
            into the directory given with -o, one file per article named by its id. An input is only ever \
            overwritten with --in-place.
            """
    )

    @Argument(help: "The input file, a directory (a corpus: every .xml, .json and .txt file in it), a JSON Lines file, or - for standard input.")
    var input: String

    @Option(name: .long, help: "Output format: xml, json, jsonl (JSON Lines, one article per line) or text.")
    var to: OutputFormat = .xml

    @Option(name: .long, help: "Input format: txt, xml, json or jsonl (default: from the extension or the content); for a directory, convert only files of this kind.")
    var from: InputFormat?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output; for a directory input, the output directory.")
    var output: String?

    @Flag(name: .customLong("in-place"), help: "Replace the input file(s) with the result.")
    var inPlace = false

    @Option(name: .long, help: "Publication date (YYYY-MM-DD); overrides the dateline's.")
    var published: String?

    @Option(name: .long, help: "The article's language.")
    var lang: String = "en"

    @Flag(name: .customLong("no-dates"), help: "Do not annotate dates and times.")
    var noDates = false

    @Flag(name: .customLong("no-entities"), help: "Do not annotate named entities.")
    var noEntities = false

    @Flag(name: .customLong("no-quotes"), help: "Do not annotate quotations.")
    var noQuotes = false

    @Flag(name: .long, help: "Indent JSON output.")
    var pretty = false

    @Flag(name: .long, help: "Report what clean-up removed and any other conversion notes on standard error.")
    var verbose = false

    @Option(name: .long, help: "Corpus input: keep only shard I of N (I/N, by a stable hash of the article id).",
            transform: ShardSelector.commandLineArgument)
    var shard: ShardSelector?

    @Flag(name: .customLong("keep-going"), help: "Corpus input: report a bad article and go on (exit 1 at the end).")
    var keepGoing = false

    @OptionGroup(title: "Annotation tools (brat, labelstudio, doccano, conll, spacy) and HTML")
    var interop: InteropOptions

    func validate() throws {
        if let published, let problem = PublishedDate.problem(published) {
            throw ValidationError("--published '\(published)': \(problem)")
        }
        if lang.isEmpty { throw ValidationError("--lang needs a language tag such as en") }
    }

    func run() throws {
        MemoryReuse.keepFreedMemory()
        if try runCorpusConversionIfRequested() { return }
        if try InteropConversion(command: self).run() { return }
        let plan = try ConversionPlan.make(input: input, output: output, inPlace: inPlace, format: to, only: from)
        let converter = ArticleConverter(command: self)
        switch plan {
        case .single(let target):
            try converter.convertFile(input, to: target)
        case .directory(let jobs):
            let failures = DirectoryConverter(converter: converter).run(jobs)
            if let worst = failures.max() { throw ExitCode(worst) }
        }
    }

    /// The layers to annotate, from the `--no-…` flags.
    var layers: AnnotationPipeline.Layers {
        var layers = AnnotationPipeline.Layers.all
        if noDates { layers.remove(.dates) }
        if noEntities { layers.remove(.entities) }
        if noQuotes { layers.remove(.quotes) }
        return layers
    }

    /// Reads `data` in `format` into an article. Raw text goes through the whole conversion pipeline.
    func read(_ data: consuming Data, format: InputFormat, path: String, fileName: String) throws -> Article {
        switch format {
        case .txt:
            let options = RawTextConverter.Options(published: published, language: lang, layers: layers)
            let text = try RawInput.text(data, fileName: fileName)
            _ = consume data
            let result = try RawTextConverter(options: options)
                .convert(consume text, id: ArticleID.from(path: path), fileName: fileName)
            if verbose { ConversionReport.write(result, fileName: fileName) }
            return result.article
        case .xml:
            return try XMLArticleReader().read(data, fileName: fileName)
        case .json:
            return try JSONArticleCodec().decode(data, fileName: fileName)
        case .jsonl:
            throw NewsmarkError(.usage, "JSON Lines input is converted as a corpus", location: SourceLocation(file: fileName))
        case .brat, .labelstudio, .doccano, .conll:
            throw InteropConversion.needsOnto(format)
        }
    }

    /// The bytes of `article` in `format`.
    func render(_ article: Article, format: OutputFormat) throws -> Data {
        switch format {
        case .xml: return try XMLArticleWriter().write(article)
        case .json:
            var json = try JSONArticleCodec().encode(article, pretty: pretty)
            json.append(0x0A)
            return json
        case .jsonl:
            var line = try JSONArticleCodec().encode(article)
            line.append(0x0A)
            return line
        case .text: return Data(PlainTextExporter().export(article).utf8)
        case .brat, .labelstudio, .doccano, .conll, .spacy, .html:
            return try InteropConversion.render(article, format: format)
        }
    }
}

/// Formats `convert` writes.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case xml, json, jsonl, text
    case brat, labelstudio, doccano, conll, spacy, html

    /// The file extension of this format in directory mode.
    var fileExtension: String {
        switch self {
        case .xml: "xml"
        case .json: "json"
        case .jsonl: "jsonl"
        case .text: "txt"
        case .brat, .labelstudio, .doccano, .conll, .spacy, .html: interopFileExtension
        }
    }
}

/// Formats `convert` reads.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case txt, xml, json, jsonl
    case brat, labelstudio, doccano, conll

    /// The format a file name's extension names, if any.
    static func fromExtension(_ path: String) -> InputFormat? {
        let pathExtension = KnownExtensionPath(path)?.lowercasedExtension ?? URL(fileURLWithPath: path).pathExtension.lowercased()
        return switch pathExtension {
        case "xml": .xml
        case "json": .json
        case "jsonl", "ndjson": .jsonl
        case "txt", "text": .txt
        default: nil
        }
    }

    /// The format of `path`, from its extension, else from the first non-space byte of `data`.
    static func detect(path: String, data: Data) -> InputFormat {
        if let format = fromExtension(path) { return format }
        let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        switch first {
        case UInt8(ascii: "<"): return .xml
        case UInt8(ascii: "{"): return .json
        default: return .txt
        }
    }
}

/// Article ids derived from file names.
enum ArticleID {
    /// The file name without its extension, made into a valid XML id (`000_090769c5f7b07a9e` → `a000_090769c5f7b07a9e`).
    static func from(path: String) -> String {
        let base = path == "-" ? "article"
            : KnownExtensionPath(path).map { String($0.baseName) }
            ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var scalars = String.UnicodeScalarView()
        for c in base.unicodeScalars {
            let plain = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" || c == "_" || c == "."
            scalars.append(plain || (c.value >= 0x80 && c.properties.isAlphabetic) ? c : "_")
        }
        var id = String(scalars)
        if id.isEmpty { id = "article" }
        if let first = id.unicodeScalars.first, !(first.properties.isAlphabetic || first == "_") { id = "a" + id }
        return id
    }
}
