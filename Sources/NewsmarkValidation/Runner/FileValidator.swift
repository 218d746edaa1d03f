import Foundation
import NewsmarkInterop
import NewsmarkModel
import NewsmarkXML

/// Validates one input: reads it, applies the configuration that governs it, and runs the checks for
/// its form (XML: parser, schema and rules in one streaming pass; JSON form: structure, offsets and rules).
/// Thread-safe: one validator serves every worker thread; each file gets its own parser, schema
/// validation context and rule instances.
public struct FileValidator: Sendable {
    /// The compiled XSD (shared read-only), or `nil` to skip schema validation.
    public let schema: CompiledSchema?
    /// Finds each file's `.newsmark.toml`.
    public let configuration: ConfigurationResolver
    /// Settings from the command line, applied on top of each file's configuration.
    public let commandLine: RuleSettings

    public init(schema: CompiledSchema?, configuration: ConfigurationResolver, commandLine: RuleSettings) {
        self.schema = schema
        self.configuration = configuration
        self.commandLine = commandLine
    }

    /// Validates `input`; never throws: problems are in the report.
    public func validate(_ input: InputFile) -> FileReport {
        let settings: RuleSettings
        do {
            settings = try configuration.settings(for: input.path).merging(commandLine)
        } catch let error as NewsmarkError {
            return FileReport(input: input, failure: error)
        } catch {
            return FileReport(input: input, failure: NewsmarkError(.usage, "\(error)", location: SourceLocation(file: input.displayName)))
        }
        let mapped: FileBytes?
        let data: Data
        do {
            if input.isStandardInput {
                mapped = nil
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                try Self.checkReadable(input.path)
                mapped = try FileBytes(path: input.path)
                data = mapped?.data ?? Data()
            }
        } catch let error as NewsmarkError {
            return FileReport(input: input, failure: error)
        } catch {
            return FileReport(input: input, failure: NewsmarkError(.io, "\(error)", location: SourceLocation(file: input.displayName)))
        }
        defer { withExtendedLifetime(mapped) {} }
        let form = input.form ?? Self.sniff(data)
        var diagnostics: [Diagnostic]
        switch form {
        case .json:
            guard let result = validateJSON(data, input: input, settings: settings) else {
                return FileReport(input: input, skipped: true)
            }
            diagnostics = result
        case .xml:
            diagnostics = XMLValidation(schema: schema, rules: settings.enabledRules)
                .validate(data, file: input.displayName, progress: mapped.map { file in { file.noteProgress(offset: $0) } },
                          lineProgress: mapped.map { file in { file.noteProgress(line: $0) } })
        }
        diagnostics = settings.apply(to: diagnostics)
        diagnostics.sort(by: Diagnostic.positionalOrder)
        return FileReport(input: input, diagnostics: diagnostics)
    }

    private static func checkReadable(_ path: String) throws {
        // A plain stat (following links, as FileManager does): this runs once per file of a large corpus.
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw NewsmarkError(.io, "no such file", location: SourceLocation(file: path))
        }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw NewsmarkError(.io, "is a directory", location: SourceLocation(file: path)) }
    }

    /// JSON-form checks; `nil` when a discovered `*.json` file is not a Newsmark document (skipped).
    private func validateJSON(_ data: Data, input: InputFile, settings: RuleSettings) -> [Diagnostic]? {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if input.discovered { return nil }
            return [Diagnostic(ruleID: BuiltInChecks.jsonSyntax.id, severity: .error,
                               message: "not valid JSON: \(Self.describe(error))",
                               location: Self.jsonErrorLocation(error, data: data, file: input.displayName))]
        }
        if !JSONFormIndexer.isJSONForm(object) {
            if input.discovered { return nil }
            return [Diagnostic(ruleID: BuiltInChecks.jsonSyntax.id, severity: .error,
                               message: "not a Newsmark JSON document (no 'newsmark' member)",
                               location: SourceLocation(file: input.displayName))]
        }
        var indexer = JSONFormIndexer(file: input.displayName, rules: settings.enabledRules)
        var diagnostics = indexer.check(object)
        // The JSON form has no XSD: the codec's decoder is its schema (member names and types, allowed values
        // such as roles, kinds and modes, confidences between 0 and 1). It stops at the first problem, so it
        // runs once the checks above found no error, and what it rejects is reported as NM020.
        if !diagnostics.contains(where: { $0.severity == .error }) {
            do {
                _ = try JSONArticleCodec().decode(data, fileName: input.displayName)
            } catch let error as NewsmarkError {
                var location = error.location ?? SourceLocation(file: input.displayName)
                location.file = input.displayName
                diagnostics.append(Diagnostic(ruleID: BuiltInChecks.jsonSyntax.id, severity: .error, message: error.message, location: location))
            } catch {
                diagnostics.append(Diagnostic(ruleID: BuiltInChecks.jsonSyntax.id, severity: .error, message: "\(error)",
                                              location: SourceLocation(file: input.displayName)))
            }
        }
        return diagnostics
    }

    /// XML or JSON from the first byte that is not white space or a byte-order mark.
    static func sniff(_ data: Data) -> InputFile.Form {
        let first = data.prefix(4096).first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : .xml
    }

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let debug = ns.userInfo["NSDebugDescription"] as? String { return debug }
        return ns.localizedDescription
    }

    /// The place Foundation names in a JSON error: "around line 3, column 7", or "around character 41"
    /// (a byte offset, turned into a line and column here).
    private static func jsonErrorLocation(_ error: Error, data: Data, file: String) -> SourceLocation {
        let text = describe(error)
        func number(after word: String) -> Int? {
            guard let range = text.range(of: word, options: .backwards) else { return nil }
            return Int(text[range.upperBound...].prefix { $0.isNumber })
        }
        if let line = number(after: "line "), let column = number(after: "column ") {
            return SourceLocation(file: file, line: line, column: column)
        }
        guard let offset = number(after: "character "), offset <= data.count else { return SourceLocation(file: file) }
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
