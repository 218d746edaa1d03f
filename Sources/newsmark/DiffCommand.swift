import ArgumentParser
import Foundation
import Newsmark

/// `newsmark diff`: lists the annotations added, removed and changed between two versions of an article.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List the annotations added, removed and changed between two versions of an article.",
        discussion: """
            Annotations are paired by id, then by identical span. Entities (the header's discourse entities), \
            mentions, dates and quotes are compared; provenance is not. Use it to review a researcher's work: \
            newsmark diff original.xml merged.xml
            """
    )

    @Argument(help: "The first (older) version.")
    var old: String

    @Argument(help: "The second (newer) version.")
    var new: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: TextOrJSONFormat = .text

    @Flag(name: .customLong("exit-code"), help: "Exit with 1 when there are differences.")
    var exitCode = false

    func run() throws {
        let diff = AnnotationDiff(old: try ArticleFiles.load(old), new: try ArticleFiles.load(new))
        switch format {
        case .text:
            try FileIO.write(Data(diff.rendered().utf8), to: nil)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            var data = try encoder.encode(diff)
            data.append(0x0A)
            try FileIO.write(data, to: nil)
        }
        if exitCode, !diff.isEmpty { throw ExitCode(1) }
    }
}
