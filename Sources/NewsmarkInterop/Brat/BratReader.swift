import NewsmarkModel

/// Reads brat standoff (`.txt` and `.ann`) into a ``ToolDocument``.
///
/// Understands `T` (text-bound), `A`/`M` (the quote `Kind` attribute), `R` (`Speaker`, `Continues`) and
/// `#` (`AnnotatorNotes` with Newsmark's `key=value` fields) lines; normalizations (`N`), events and
/// equivalences are ignored. Discontinuous spans cannot be represented in Newsmark and are an error.
public struct BratReader: Sendable {
    public init() {}

    /// Parses one document. `textFile` and `annotationFile` name the files in error messages.
    public func read(text: String, annotations: String, textFile: String? = nil, annotationFile: String? = nil) throws -> ToolDocument {
        let articleText = Self.articleText(fromTextFile: text)
        let scalars = ScalarText(articleText)

        var items: [ToolAnnotation] = []
        var indexOfKey: [String: Int] = [:]
        var kinds: [(String, QuoteKind, SourceLocation)] = []
        var relations: [(type: String, from: String, to: String, location: SourceLocation)] = []
        var notes: [(String, String, SourceLocation)] = []

        var lineNumber = 0
        for rawLine in annotations.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.trimmingNewsmarkWhitespace().isEmpty { continue }
            let location = SourceLocation(file: annotationFile, line: lineNumber, column: 1)
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard let id = fields.first, let kind = id.first else { continue }
            func fail(_ message: String) -> NewsmarkError { NewsmarkError(.invalidInput, message, location: location) }
            switch kind {
            case "T":
                guard fields.count >= 2 else { throw fail("a T line needs an id, a label with offsets, and the text") }
                let parts = fields[1].split(separator: " ", omittingEmptySubsequences: true)
                guard parts.count >= 3 else { throw fail("expected 'LABEL START END' after \(id)") }
                let offsets = parts[1...].joined(separator: " ")
                if offsets.contains(";") {
                    throw fail("\(id) is a discontinuous annotation (\(offsets)); Newsmark spans are continuous, so split it or join it in brat")
                }
                guard parts.count == 3, let start = Int(parts[1]), let end = Int(parts[2]), start >= 0, start < end else {
                    throw fail("\(id) has malformed offsets '\(offsets)'")
                }
                guard end <= scalars.count else {
                    throw fail("\(id) ends at \(end), after the end of the text (\(scalars.count) code points)")
                }
                let span = TextSpan(start: start, end: end)
                if fields.count == 3 {
                    let expected = BratExporter.spanText(scalars, span)
                    if Self.normalizedSpace(expected) != Self.normalizedSpace(fields[2]) {
                        throw fail("\(id) covers \"\(expected)\" in the text file but the annotation says \"\(fields[2])\"; the offsets do not fit the text (brat counts code points)")
                    }
                }
                guard indexOfKey[id] == nil else { throw fail("\(id) is defined twice") }
                indexOfKey[id] = items.count
                items.append(ToolAnnotation(key: id, label: String(parts[0]), span: span, location: location))
            case "A", "M":
                guard fields.count >= 2 else { throw fail("an attribute line needs an id and 'NAME TARGET VALUE'") }
                let parts = fields[1].split(separator: " ").map(String.init)
                guard parts.count >= 2 else { throw fail("expected 'NAME TARGET VALUE' after \(id)") }
                guard parts[0] == "Kind" else { continue }
                guard parts.count == 3, let value = QuoteKind(rawValue: parts[2]) else {
                    throw fail("the Kind of a quote is direct, partial or scare, not '\(parts.dropFirst(2).joined(separator: " "))'")
                }
                kinds.append((parts[1], value, location))
            case "R":
                guard fields.count >= 2 else { throw fail("a relation line needs an id and 'TYPE Arg1:X Arg2:Y'") }
                let parts = fields[1].split(separator: " ").map(String.init)
                guard parts.count == 3, let from = Self.argument(parts[1]), let to = Self.argument(parts[2]) else {
                    throw fail("expected 'TYPE Arg1:X Arg2:Y' after \(id)")
                }
                relations.append((parts[0], from, to, location))
            case "#":
                guard fields.count >= 2 else { continue }
                let parts = fields[1].split(separator: " ").map(String.init)
                guard parts.count == 2, parts[0] == "AnnotatorNotes" else { continue }
                notes.append((parts[1], fields.count == 3 ? fields[2] : "", location))
            default:
                continue
            }
        }

        func index(of key: String, _ location: SourceLocation) throws -> Int {
            guard let index = indexOfKey[key] else {
                throw NewsmarkError(.invalidInput, "\(key) is referred to but not defined", location: location)
            }
            return index
        }
        for (key, note, location) in notes {
            let i = try index(of: key, location)
            let pairs = BratNotes.decode(note)
            items[i].id = pairs["id"]
            switch items[i].layer {
            case .entity:
                items[i].entityID = pairs["entity"]
            case .date:
                items[i].value = pairs["value"]
                items[i].mod = pairs["mod"]
                items[i].anchorID = pairs["anchor"]
                items[i].quant = pairs["quant"]
                items[i].freq = pairs["freq"]
            case .quote:
                items[i].speaker = pairs["speaker"].map(ToolReference.newsmark)
                items[i].cue = pairs["cue"]
                items[i].continues = pairs["continues"].map(ToolReference.newsmark)
            }
        }
        for (key, kind, location) in kinds {
            let i = try index(of: key, location)
            guard items[i].layer == .quote else {
                throw NewsmarkError(.invalidInput, "Kind is set on \(key), which is a \(items[i].label), not a quote", location: location)
            }
            items[i].kind = kind
        }
        for relation in relations {
            let from = try index(of: relation.from, relation.location)
            _ = try index(of: relation.to, relation.location)
            switch relation.type {
            case "Speaker":
                guard items[from].layer == .quote else {
                    throw NewsmarkError(.invalidInput, "a Speaker relation starts at a quote, not at \(relation.from) (\(items[from].label))", location: relation.location)
                }
                items[from].speaker = .tool(relation.to)
            case "Continues":
                guard items[from].layer == .quote else {
                    throw NewsmarkError(.invalidInput, "a Continues relation starts at a quote, not at \(relation.from) (\(items[from].label))", location: relation.location)
                }
                items[from].continues = .tool(relation.to)
            default:
                continue
            }
        }
        return ToolDocument(text: articleText, annotations: items, source: annotationFile)
    }

    /// The article text held in a brat `.txt` file: the file without its final line break.
    public static func articleText(fromTextFile text: String) -> String {
        var articleText = text
        if articleText.hasSuffix("\r\n") || articleText.hasSuffix("\n") { articleText.removeLast() }
        return articleText
    }

    static func argument(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let value = String(text[text.index(after: colon)...])
        return value.isEmpty ? nil : value
    }

    static func normalizedSpace(_ text: String) -> String {
        text.unicodeScalars.split(whereSeparator: { $0.isNewsmarkWhitespace }).map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }
}
