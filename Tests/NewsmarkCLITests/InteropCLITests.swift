import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Newsmark
import Testing

@Suite("convert: annotation tools and HTML (command line)", .serialized)
struct InteropCLITests {
    typealias CLI = InteropCLIRunner

    /// The canonical XML of `file` (what a merge writes when nothing changed).
    func canonical(_ file: URL) throws -> String {
        let run = try CLI.run(["convert", file.path, "--to", "xml"])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    @Test("unedited round trips through every tool give the original back", arguments: ["brat", "labelstudio", "doccano", "conll"])
    func roundTrip(_ format: String) throws {
        let dir = try CLI.temporaryDirectory()
        for sample in CLI.samples {
            let exported = dir.appendingPathComponent(sample.deletingPathExtension().lastPathComponent + "." + format)
            let export = try CLI.run(["convert", sample.path, "--to", format, "-o", exported.path])
            #expect(export.status == 0, "\(export.stderr)")
            let merged = dir.appendingPathComponent("merged.xml")
            let merge = try CLI.run(["convert", exported.path, "--from", format, "--onto", sample.path, "-o", merged.path])
            #expect(merge.status == 0, "\(merge.stderr)")
            #expect(merge.stderr.contains("0 added, 0 changed, 0 removed"))
            #expect(try CLI.read(merged) == (try canonical(sample)), "\(format) changed \(sample.lastPathComponent)")
        }
    }

    @Test("a brat edit is merged with manual provenance and shows up in diff")
    func bratEdit() throws {
        let dir = try CLI.temporaryDirectory()
        let project = dir.appendingPathComponent("brat")
        #expect(try CLI.run(["convert", CLI.sample.path, "--to", "brat", "-o", project.path]).status == 0)
        for name in ["annotation.conf", "visual.conf"] {
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent(name).path))
        }
        let id = CLI.sample.deletingPathExtension().lastPathComponent
        let annFile = project.appendingPathComponent(id + ".ann")
        let text = try CLI.read(project.appendingPathComponent(id + ".txt"))
        var lines = try CLI.read(annFile).split(separator: "\n").map(String.init)
        // Change the first date's value.
        let dateNote = try #require(lines.firstIndex { $0.contains("\tid=t1; value=") })
        let dateID = lines[dateNote].components(separatedBy: "\tid=")[1].components(separatedBy: ";")[0]
        lines[dateNote] = lines[dateNote].replacingOccurrences(of: #"value=[^;]*"#, with: "value=1999-01-01", options: .regularExpression)
        // Delete the first quote.
        let quoteLine = try #require(lines.first { $0.hasPrefix("T") && $0.contains("\tquote ") })
        let quoteT = String(quoteLine.split(separator: "\t")[0])
        let quoteID: String = try #require(lines.first { $0.contains("AnnotatorNotes \(quoteT)\t") }?.components(separatedBy: "id=")[1]
            .components(separatedBy: ";")[0])
        lines.removeAll { $0.hasPrefix(quoteT + "\t") || $0.hasSuffix(" \(quoteT) direct") || $0.hasSuffix(" \(quoteT) partial")
            || $0.hasSuffix(" \(quoteT) scare") || $0.contains("AnnotatorNotes \(quoteT)\t") || $0.contains("Arg1:\(quoteT) ") || $0.hasSuffix("Arg2:\(quoteT)") }
        // Add an entity where there was none.
        let (start, end) = try #require(CLI.span(of: "infrastructure", in: text))
        lines.append("T999\tmisc \(start) \(end)\tinfrastructure")
        try CLI.write(lines.joined(separator: "\n") + "\n", to: annFile)

        let merged = dir.appendingPathComponent("merged.xml")
        let merge = try CLI.run(["convert", annFile.path, "--from", "brat", "--onto", CLI.sample.path, "-o", merged.path, "--annotator", "res1"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stderr.contains("1 added, 1 changed, 1 removed"))
        let article = try XMLArticleReader().read(try Data(contentsOf: merged))
        #expect(article.annotators.contains(Annotator(id: "res1", kind: .person, name: "res1", mode: .manual)))
        let changedValue: String? = article.temporalExpressions.first { $0.id == dateID }?.value
        #expect(changedValue == "1999-01-01")
        #expect(article.temporalExpressions.first { $0.id == dateID }?.provenance.annotatorID == "res1")
        let quoteRemoved = !article.quotes.contains { $0.id == quoteID }
        #expect(quoteRemoved)
        let addedSpan = TextSpan(start: start, end: end)
        let added = article.mentions.first { $0.span == addedSpan }
        #expect(added?.type == Optional("misc"))
        #expect(added?.provenance.annotatorID == Optional("res1"))

        let diff = try CLI.run(["diff", CLI.sample.path, merged.path, "--exit-code"])
        #expect(diff.status == 1)
        #expect(diff.stdout.contains("~ \(dateID) date"))
        #expect(diff.stdout.contains("value ") && diff.stdout.contains("→ 1999-01-01"))
        #expect(diff.stdout.contains("- \(quoteID) "))
        #expect(diff.stdout.contains("misc [\(start),\(end)) \"infrastructure\""))
        #expect(diff.stdout.hasSuffix("1 added, 1 removed, 1 changed\n"))
    }

    @Test("a changed text stops the merge with exit 1 and the place of the difference")
    func conflict() throws {
        let dir = try CLI.temporaryDirectory()
        let project = dir.appendingPathComponent("brat")
        #expect(try CLI.run(["convert", CLI.sample.path, "--to", "brat", "-o", project.path]).status == 0)
        let id = CLI.sample.deletingPathExtension().lastPathComponent
        let txt = project.appendingPathComponent(id + ".txt")
        let lines = try CLI.read(txt).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var edited = lines
        edited[2] = "X" + edited[2]
        try CLI.write(edited.joined(separator: "\n"), to: txt)
        let merged = dir.appendingPathComponent("merged.xml")
        let merge = try CLI.run(["convert", project.path, "--from", "brat", "--onto", CLI.sample.path, "-o", merged.path])
        #expect(merge.status == 1)
        #expect(merge.stderr.contains("\(id).txt:3:1: error: the annotation tool's text differs from the original at line 3, column 1"))
        #expect(!FileManager.default.fileExists(atPath: merged.path))
    }

    @Test("a brat project split among annotators with overlap")
    func annotators() throws {
        let dir = try CLI.temporaryDirectory()
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for sample in CLI.samples { try FileManager.default.copyItem(at: sample, to: inputs.appendingPathComponent(sample.lastPathComponent)) }
        let project = dir.appendingPathComponent("project")
        let run = try CLI.run(["convert", inputs.path, "--to", "brat", "-o", project.path, "--annotators", "A,B", "--overlap", "50%"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = try CLI.read(project.appendingPathComponent("assignment.tsv")).split(separator: "\n").dropFirst()
        #expect(table.count == CLI.samples.count)
        let shared = table.filter { $0.hasSuffix("\tA,B") }
        #expect(shared.count == (CLI.samples.count + 1) / 2)
        for row in table {
            let parts = row.split(separator: "\t")
            for annotator in parts[1].split(separator: ",") {
                #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("\(annotator)/\(parts[0]).ann").path))
            }
        }
        // A shared article is in two places: merging from the directory asks for the file.
        if let row = shared.first {
            let id = String(row.split(separator: "\t")[0])
            let original = inputs.appendingPathComponent(id + ".xml")
            let ambiguous = try CLI.run(["convert", project.path, "--from", "brat", "--onto", original.path])
            #expect(ambiguous.status == 2 && ambiguous.stderr.contains("several places"))
        }
        let again = dir.appendingPathComponent("again")
        #expect(try CLI.run(["convert", inputs.path, "--to", "brat", "-o", again.path, "--annotators", "A,B", "--overlap", "50%"]).status == 0)
        #expect(try CLI.read(again.appendingPathComponent("assignment.tsv")) == (try CLI.read(project.appendingPathComponent("assignment.tsv"))))
    }

    @Test("a whole export merges back onto a directory of originals", arguments: ["labelstudio", "doccano", "conll", "brat"])
    func directoryMerge(_ format: String) throws {
        let dir = try CLI.temporaryDirectory()
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for sample in CLI.samples { try FileManager.default.copyItem(at: sample, to: inputs.appendingPathComponent(sample.lastPathComponent)) }
        let exported = dir.appendingPathComponent("export-" + format)
        var exportArguments = ["convert", inputs.path, "--to", format, "-o", exported.path]
        if format == "brat" { exportArguments += ["--annotators", "A,B", "--overlap", "0"] }
        let export = try CLI.run(exportArguments)
        #expect(export.status == 0, "\(export.stderr)")
        // For brat, merge annotator A's share: B's articles are skipped.
        let source = format == "brat" ? exported.appendingPathComponent("A") : exported
        let out = dir.appendingPathComponent("merged")
        let merge = try CLI.run(["convert", source.path, "--from", format, "--onto", inputs.path, "-o", out.path])
        #expect(merge.status == 0, "\(merge.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        if format == "brat" {
            let mine = try CLI.read(exported.appendingPathComponent("assignment.tsv")).split(separator: "\n").filter { $0.hasSuffix("\tA") }
            #expect(written.count == mine.count)
            #expect(merge.stderr.contains("is not in"))
        } else {
            #expect(written.count == CLI.samples.count)
        }
        for name in written {
            let original = inputs.appendingPathComponent(name)
            #expect(try CLI.read(out.appendingPathComponent(name)) == (try canonical(original)), "\(format): \(name)")
        }
    }

    @Test("HTML for one article and for a directory with an index")
    func html() throws {
        let page = try CLI.run(["convert", CLI.sample.path, "--to", "html"])
        #expect(page.status == 0)
        #expect(page.stdout.hasPrefix("<!DOCTYPE html>"))
        let parser = XMLParser(data: Data(page.stdout.utf8))
        #expect(parser.parse(), "the page is not well-formed")
        let dir = try CLI.temporaryDirectory()
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for sample in CLI.samples { try FileManager.default.copyItem(at: sample, to: inputs.appendingPathComponent(sample.lastPathComponent)) }
        let out = dir.appendingPathComponent("html")
        #expect(try CLI.run(["convert", inputs.path, "--to", "html", "-o", out.path]).status == 0)
        let index = try CLI.read(out.appendingPathComponent("index.html"))
        for sample in CLI.samples {
            let id = sample.deletingPathExtension().lastPathComponent
            #expect(index.contains("href=\"\(id).html\""))
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(id + ".html").path))
        }
    }

    @Test("Label Studio labeling configuration and spaCy JSON")
    func labelStudioConfigAndSpaCy() throws {
        let dir = try CLI.temporaryDirectory()
        let config = dir.appendingPathComponent("labeling.xml")
        let tasks = try CLI.run(["convert", CLI.sample.path, "--to", "labelstudio", "--tool-config", config.path, "--as-annotations"])
        #expect(tasks.status == 0, "\(tasks.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(tasks.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.first?["annotations"] != nil && parsed?.first?["predictions"] == nil)
        #expect(XMLParser(data: try Data(contentsOf: config)).parse())
        let spacy = try CLI.run(["convert", CLI.sample.path, "--to", "spacy"])
        #expect(spacy.status == 0)
        let doc = try JSONSerialization.jsonObject(with: Data(spacy.stdout.utf8)) as? [String: Any]
        #expect((doc?["tokens"] as? [Any])?.isEmpty == false)
        #expect((doc?["ents"] as? [Any])?.isEmpty == false)
    }

    @Test("usage errors exit 2")
    func usage() throws {
        let noOnto = try CLI.run(["convert", CLI.sample.path, "--from", "brat"])
        #expect(noOnto.status == 2 && noOnto.stderr.contains("--onto"))
        let bratToStdout = try CLI.run(["convert", CLI.sample.path, "--to", "brat"])
        #expect(bratToStdout.status == 2 && bratToStdout.stderr.contains("-o DIR"))
        let badOverlap = try CLI.run(["convert", CLI.sample.path, "--to", "brat", "-o", "/tmp/x", "--annotators", "A", "--overlap", "lots"])
        #expect(badOverlap.status == 2)
    }
}
