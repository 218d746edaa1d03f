import Foundation
import Newsmark
import Testing

@Suite("eval (command line)", .serialized)
struct EvalCLITests {
    typealias CLI = InteropCLIRunner

    struct Report: Decodable {
        struct Score: Decodable {
            var layer: String
            var type: String
            var match: String
            var precision: Double
            var recall: Double
            var f1: Double
            var kappa: Double?
        }
        var articles: Int
        var scores: [Score]
    }

    @Test("a file agrees with itself perfectly")
    func selfAgreement() throws {
        let run = try CLI.run(["eval", CLI.sample.path, CLI.sample.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8))
        #expect(report.articles == 1)
        #expect(!report.scores.isEmpty)
        for score in report.scores {
            #expect(score.precision == 1 && score.recall == 1 && score.f1 == 1)
            if score.layer == "entities" { #expect(score.kappa == 1) }
        }
        #expect(Set(report.scores.map(\.layer)) == ["entities", "quotes", "dates"])
    }

    @Test("directories are paired by article id, and a perturbed copy scores lower")
    func directories() throws {
        let dir = try CLI.temporaryDirectory()
        let gold = dir.appendingPathComponent("gold")
        let predicted = dir.appendingPathComponent("pred")
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: predicted, withIntermediateDirectories: true)
        for sample in CLI.samples {
            try FileManager.default.copyItem(at: sample, to: gold.appendingPathComponent(sample.lastPathComponent))
            // Another file name: pairing is by id, not by name.
            try FileManager.default.copyItem(at: sample, to: predicted.appendingPathComponent("copy-" + sample.lastPathComponent))
        }
        // Perturb one person mention of the sample into an organization.
        let target = predicted.appendingPathComponent("copy-" + CLI.sample.lastPathComponent)
        var article = try XMLArticleReader().read(try Data(contentsOf: target))
        let index = try #require(article.mentions.firstIndex { $0.type == "person" })
        article.mentions[index].type = "organization"
        try XMLArticleWriter().write(article).write(to: target)

        let run = try CLI.run(["eval", gold.path, predicted.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8))
        #expect(report.articles == CLI.samples.count)
        let person = try #require(report.scores.first { $0.layer == "entities" && $0.type == "person" && $0.match == "exact" })
        #expect(person.precision == 1 && person.recall < 1)
        let all = try #require(report.scores.first { $0.layer == "entities" && $0.type == "all" && $0.match == "exact" })
        #expect(all.f1 < 1 && (all.kappa ?? 1) < 1)
        #expect(report.scores.filter { $0.layer == "dates" }.allSatisfy { $0.f1 == 1 })

        let table = try CLI.run(["eval", gold.path, predicted.path])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("\(CLI.samples.count) articles\nlayer"))
    }

    @Test("a file and a directory cannot be compared")
    func mixed() throws {
        let run = try CLI.run(["eval", CLI.sample.path, CLI.sample.deletingLastPathComponent().path])
        #expect(run.status == 2)
    }
}
