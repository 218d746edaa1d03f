import ArgumentParser
import Foundation
import Newsmark

/// `newsmark validate`: well-formedness, the XSD schema and the semantic rules, for CI.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate Newsmark files (XML or JSON form): well-formedness, schema and semantic rules.",
        discussion: """
            PATH may be a file, a directory (searched recursively for *.xml and JSON-form *.json files) or - for \
            standard input. Each file is governed by the .newsmark.toml in its directory or nearest ancestor \
            (or by --config). Rules are documented in docs/RULES.md; list them with --list-rules.
            Exit codes: 0 every file valid, 1 some file invalid, 2 usage or I/O error.
            """
    )

    @Argument(help: "Files, directories or - (standard input).")
    var paths: [String] = []

    @Option(name: .long, help: "Output format: text, json, github, junit or sarif.")
    var format: ReportFormatArgument = .text

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .long, parsing: .singleValue, help: "Disable a rule by id (repeatable; comma-separated lists allowed).")
    var disable: [String] = []

    @Option(name: .long, help: "Use this configuration file for every input instead of the nearest .newsmark.toml.")
    var config: String?

    @Option(name: .shortAndLong, help: "Validate this many files in parallel (default: all cores).")
    var jobs: Int?

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .customLong("no-schema"), help: .hidden)
    var noSchema = false

    @Flag(name: .customLong("list-rules"), help: "List the checks with their ids and severities, then exit.")
    var listRules = false

    /// The options that take a value (the value may follow as the next argument).
    static let optionsWithValue: Set<String> = ["--format", "--disable", "--config", "--jobs", "-j", "--output", "-o"]

    /// Takes the paths after the first out of a long `validate` command line (`arguments` without the
    /// program name) and returns them, in order; `arguments` keeps everything else, so that the argument
    /// parser still sees and checks every option. Leaves short command lines alone, and any that it cannot
    /// read exactly as the parser would (a `--` terminator, `-` for standard input, unknown short options).
    static func liftPaths(from arguments: inout [String], threshold: Int = 64) -> [String] {
        guard arguments.count > threshold, arguments.first == configuration.commandName else { return [] }
        var kept: [String] = []
        var lifted: [String] = []
        var sawPath = false
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "-" || argument == "--" { return [] }
            if argument.hasPrefix("-") {
                let name = argument.hasPrefix("--") ? String(argument.prefix { $0 != "=" }) : String(argument.prefix(2))
                if !argument.hasPrefix("--"), name != "-j", name != "-o", name != "-h" { return [] }
                kept.append(argument)
                // An option whose value is not attached (`--jobs 2`, not `--jobs=2` or `-j2`) takes the next argument.
                if optionsWithValue.contains(argument), index < arguments.count {
                    kept.append(arguments[index])
                    index += 1
                }
                continue
            }
            if sawPath {
                lifted.append(argument)
            } else {
                sawPath = true
                kept.append(argument)
            }
        }
        guard lifted.count >= threshold else { return [] }
        arguments = [arguments[0]] + kept
        return lifted
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if paths.isEmpty && !listRules { throw ValidationError("give at least one file, directory or - to validate") }
    }

    func run() throws {
        if listRules {
            for d in RuleRegistry.allDescriptors {
                print("\(d.id)  \(d.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(d.name): \(d.summary)")
            }
            return
        }
        var commandLine = RuleSettings(strict: strict)
        for id in disable.flatMap({ $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }) where !id.isEmpty {
            if let problem = RuleSettings.problem(withRuleID: id) { throw NewsmarkError(.usage, "--disable: \(problem)") }
            commandLine.disabled.insert(id.uppercased())
        }
        let resolver = try ConfigurationResolver(explicitPath: config)
        // Compile the schema once, on this thread, before any worker starts.
        let schema = noSchema ? nil : try NewsmarkSchemas.xsd()
        let validator = FileValidator(schema: schema, configuration: resolver, commandLine: commandLine)

        let discovery = FileDiscovery.discover(paths)
        let inputs = discovery.inputs
        var reporter = format.format.makeReporter(toolVersion: AnnotationPipeline.toolVersion)
        var kept: [FileReport] = []
        var summary = ValidationSummary()
        var document = ""
        let streaming = output == nil
        func emit(_ text: String) {
            guard !text.isEmpty else { return }
            if streaming { FileHandle.standardOutput.write(Data(text.utf8)) } else { document += text }
        }
        func take(_ report: FileReport) {
            summary.add(report)
            emit(reporter.report(report))
            if reporter.needsAllReports { kept.append(report) }
        }
        for failure in discovery.failures {
            take(FileReport(input: InputFile(path: failure.location?.file ?? "?"), failure: failure))
        }
        let progress = Progress(total: inputs.count, enabled: Diagnostics.stderrIsTerminal && inputs.count > 1)
        let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        ValidationRunner.run(inputs, jobs: workers, validate: { validator.validate($0) }) { index, report in
            progress.update(done: index + 1, current: report.input.displayName)
            take(report)
        }
        progress.clear()
        emit(reporter.finish(kept, summary: summary))
        if let output { try FileIO.write(Data(document.utf8), to: output) }
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}

/// `--format` values.
enum ReportFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case text, json, github, junit, sarif

    var format: ReportFormat { ReportFormat(rawValue: rawValue) ?? .text }
}

/// A one-line progress display on standard error (only when it is a terminal), redrawn at most ten
/// times a second.
private final class Progress {
    private let total: Int
    private let enabled: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func update(done: Int, current: String) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(started) > 0.5, now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = now
        drawn = true
        let name = current.count > 50 ? "…" + current.suffix(49) : current
        Diagnostics.write("\r\u{1B}[K[\(done)/\(total)] \(name)")
    }

    func clear() {
        if drawn { Diagnostics.write("\r\u{1B}[K") }
    }
}
