import Foundation
import Newsmark

/// Loading annotated articles (Newsmark XML or the JSON form) for the commands that compare them.
enum ArticleFiles {
    /// The article in `path`, read as XML or JSON by its extension, else by its first character.
    static func load(_ path: String) throws -> Article {
        let data = try FileIO.read(path)
        let fileName = path == "-" ? "<stdin>" : path
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if ext == "json" || (ext != "xml" && first == UInt8(ascii: "{")) {
            return try JSONArticleCodec().decode(data, fileName: fileName)
        }
        return try XMLArticleReader().read(data, fileName: fileName)
    }

    /// Whether `path` is a directory.
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The `.xml` and `.json` files directly in `directory`, sorted by name, hidden files left out.
    static func annotatedFiles(in directory: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw NewsmarkError(.io, "cannot list the directory", location: SourceLocation(file: directory))
        }
        let base = URL(fileURLWithPath: directory)
        return names.filter { name in
            let ext = URL(fileURLWithPath: name).pathExtension.lowercased()
            return !name.hasPrefix(".") && (ext == "xml" || ext == "json")
        }
        .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        .map { base.appendingPathComponent($0).path }
    }

    /// Every article of a directory by id (a duplicate id is an error naming both files).
    static func loadDirectory(_ directory: String) throws -> [(path: String, article: Article)] {
        var seen: [String: String] = [:]
        var result: [(path: String, article: Article)] = []
        for path in try annotatedFiles(in: directory) {
            let article = try load(path)
            if let other = seen[article.id] {
                throw NewsmarkError(.invalidInput, "article '\(article.id)' is also in \(other)", location: SourceLocation(file: path))
            }
            seen[article.id] = path
            result.append((path, article))
        }
        return result
    }
}
