import ArgumentParser
import Foundation
import Newsmark

/// `newsmark eval`: scores predicted (or a second annotator's) annotations against gold annotations.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score annotations against gold annotations, or measure agreement between two annotators.",
        discussion: """
            GOLD and PRED are two Newsmark files (XML or JSON), or two directories whose articles are paired by \
            article id. Per layer (entities, quotes, dates) and type: precision, recall and F1 for exact and for \
            overlapping spans (one-to-one, largest overlap first); date value accuracy and quote speaker accuracy \
            over matched spans; Cohen's kappa over tokens for entity labels. Rows of type "all" pool the layer.
            """
    )

    @Argument(help: "The gold file or directory.")
    var gold: String

    @Argument(help: "The predicted (or second annotator's) file or directory.")
    var predicted: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: TextOrJSONFormat = .text

    func run() throws {
        var evaluator = CorpusEvaluator()
        switch (ArticleFiles.isDirectory(gold), ArticleFiles.isDirectory(predicted)) {
        case (false, false):
            try evaluator.add(gold: try ArticleFiles.load(gold), predicted: try ArticleFiles.load(predicted), file: predicted)
        case (true, true):
            let goldArticles = try ArticleFiles.loadDirectory(gold)
            let predictedByID = Dictionary(try ArticleFiles.loadDirectory(predicted).map { ($0.article.id, $0) }, uniquingKeysWith: { a, _ in a })
            var missing: [String] = []
            for (_, article) in goldArticles {
                guard let other = predictedByID[article.id] else { missing.append(article.id); continue }
                try evaluator.add(gold: article, predicted: other.article, file: other.path)
            }
            let goldIDs = Set(goldArticles.map(\.article.id))
            let extra = predictedByID.keys.filter { !goldIDs.contains($0) }.sorted()
            if !missing.isEmpty {
                Diagnostics.write("\(predicted): warning: \(missing.count) gold article(s) have no counterpart and are not scored: \(missing.prefix(10).joined(separator: ", "))\n")
            }
            if !extra.isEmpty {
                Diagnostics.write("\(gold): warning: \(extra.count) article(s) are not in the gold set and are not scored: \(extra.prefix(10).joined(separator: ", "))\n")
            }
            if evaluator.articleCount == 0 {
                throw NewsmarkError(.invalidInput, "no article is in both directories (articles are paired by id)")
            }
        default:
            throw NewsmarkError(.usage, "give two files or two directories")
        }
        let report = evaluator.report()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            var data = try encoder.encode(report)
            data.append(0x0A)
            try FileIO.write(data, to: nil)
        case .text:
            try FileIO.write(Data(Self.table(report).utf8), to: nil)
        }
    }

    /// The report as an aligned table.
    static func table(_ report: EvaluationReport) -> String {
        func percent(_ value: Double?) -> String { value.map { String(format: "%.1f", $0 * 100) } ?? "-" }
        func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "-" }
        var rows = [["layer", "type", "match", "gold", "pred", "matched", "P", "R", "F1", "kappa", "value acc", "speaker acc"]]
        for s in report.scores {
            rows.append([s.layer, s.type, s.match.rawValue, "\(s.gold)", "\(s.predicted)", "\(s.matched)", percent(s.precision),
                         percent(s.recall), percent(s.f1), number(s.kappa), percent(s.valueAccuracy), percent(s.speakerAccuracy)])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = "\(report.articles) article\(report.articles == 1 ? "" : "s")\n"
        for row in rows {
            out += row.enumerated().map { index, cell in
                index < 3 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ") + "\n"
        }
        return out
    }
}

/// Report formats of `eval` and `diff`.
enum TextOrJSONFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
