import Foundation
import Newsmark
import Testing

@Suite("diff (command line)", .serialized)
struct DiffCLITests {
    typealias CLI = InteropCLIRunner

    @Test("identical files have no differences")
    func identical() throws {
        let run = try CLI.run(["diff", CLI.sample.path, CLI.sample.path, "--exit-code"])
        #expect(run.status == 0)
        #expect(run.stdout == "no differences\n")
    }

    @Test("changes are listed in text and JSON")
    func changes() throws {
        let dir = try CLI.temporaryDirectory()
        var article = try XMLArticleReader().read(try Data(contentsOf: CLI.sample))
        let removed = article.quotes.removeFirst()
        article.temporalExpressions[0].value = "1999-12-31"
        let changed = article.temporalExpressions[0].id
        let edited = dir.appendingPathComponent("edited.xml")
        try XMLArticleWriter().write(article).write(to: edited)
        let run = try CLI.run(["diff", CLI.sample.path, edited.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  - \(removed.id) \(removed.kind.rawValue) [\(removed.span.start),\(removed.span.end))"))
        #expect(run.stdout.contains("  ~ \(changed) date"))
        #expect(run.stdout.contains("→ 1999-12-31"))
        #expect(run.stdout.hasSuffix("0 added, 1 removed, 1 changed\n"))
        let json = try CLI.run(["diff", CLI.sample.path, edited.path, "--format", "json"])
        let value = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((value?["entries"] as? [Any])?.count == 2)
    }
}
