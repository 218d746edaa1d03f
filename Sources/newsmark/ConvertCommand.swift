import ArgumentParser
import Foundation
import Newsmark

/// `newsmark convert`: raw text, XML and JSON in; XML, JSON and plain text out.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert an article between raw text, Newsmark XML, JSON and plain text.",
        discussion: "Raw text (.txt) is annotated automatically. Without -o the result goes to standard output."
    )

    @Argument(help: "The input file, a directory (a corpus: every .xml, .json and .txt file in it), or - for standard input.")
    var input: String

    @Option(name: .long, help: "Output format: xml, json, jsonl (JSON Lines, one article per line) or text.")
    var to: OutputFormat = .xml

    @Option(name: .long, help: "Input format: txt, xml, json or jsonl (default: from the extension or the content).")
    var from: InputFormat?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

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

    @Flag(name: .long, help: "Report what clean-up removed.")
    var verbose = false

    @Option(name: .long, help: "Corpus input: keep only shard I of N (I/N, by a stable hash of the article id).",
            transform: ShardSelector.commandLineArgument)
    var shard: ShardSelector?

    @Flag(name: .customLong("keep-going"), help: "Corpus input: report a bad article and go on (exit 1 at the end).")
    var keepGoing = false

    func run() throws {
        if try runCorpusConversionIfRequested() { return }
        let data = try FileIO.read(input)
        let fileName = input == "-" ? "<stdin>" : input
        let format = from ?? InputFormat.detect(path: input, data: data)
        let article: Article
        switch format {
        case .txt:
            guard let raw = String(data: data, encoding: .utf8) else {
                throw NewsmarkError(.invalidInput, "the text is not valid UTF-8", location: SourceLocation(file: fileName))
            }
            var layers = AnnotationPipeline.Layers.all
            if noDates { layers.remove(.dates) }
            if noEntities { layers.remove(.entities) }
            if noQuotes { layers.remove(.quotes) }
            let converter = RawTextConverter(options: .init(published: published, language: lang, layers: layers))
            let result = try converter.convert(raw, id: ArticleID.from(path: input))
            if verbose {
                for line in result.removedLines { Diagnostics.write("\(fileName): note: removed '\(line)'\n") }
            }
            article = result.article
        case .xml:
            article = try XMLArticleReader().read(data, fileName: fileName)
        case .json:
            article = try JSONArticleCodec().decode(data, fileName: fileName)
        case .jsonl:
            throw NewsmarkError(.usage, "JSON Lines input is converted as a corpus", location: SourceLocation(file: fileName))
        }
        let bytes: Data
        switch to {
        case .xml: bytes = try XMLArticleWriter().write(article)
        case .json:
            var json = try JSONArticleCodec().encode(article, pretty: pretty)
            json.append(0x0A)
            bytes = json
        case .jsonl:
            var line = try JSONArticleCodec().encode(article)
            line.append(0x0A)
            bytes = line
        case .text: bytes = Data(PlainTextExporter().export(article).utf8)
        }
        try FileIO.write(bytes, to: output)
    }
}

/// Formats `convert` writes.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case xml, json, jsonl, text
}

/// Formats `convert` reads.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case txt, xml, json, jsonl

    /// The format of `path`, from its extension, else from the first non-space byte of `data`.
    static func detect(path: String, data: Data) -> InputFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "xml": return .xml
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "txt", "text": return .txt
        default:
            let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            switch first {
            case UInt8(ascii: "<"): return .xml
            case UInt8(ascii: "{"): return .json
            default: return .txt
            }
        }
    }
}

/// Article ids derived from file names.
enum ArticleID {
    /// The file name without its extension, made into a valid XML id (`000_090769c5f7b07a9e` → `a000_090769c5f7b07a9e`).
    static func from(path: String) -> String {
        let base = path == "-" ? "article" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var id = String(base.unicodeScalars.map { c -> Character in
            let ok = c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == "."
            return ok ? Character(c) : "_"
        })
        if id.isEmpty { id = "article" }
        if let first = id.unicodeScalars.first, !(first.properties.isAlphabetic || first == "_") { id = "a" + id }
        return id
    }
}
