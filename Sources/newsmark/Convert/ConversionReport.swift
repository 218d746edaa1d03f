import Newsmark

/// What `--verbose` prints about a raw-text conversion: each removed line with its rule, each note, and a
/// summary of the structure found (block roles, dateline, publication date).
enum ConversionReport {
    static func write(_ result: RawTextConverter.Result, fileName: String) {
        var text = ""
        for line in result.removed {
            text += "\(fileName):\(line.line): note: removed \(line.rule.rawValue): \(quoted(line.text))\n"
        }
        for note in result.notes {
            var place = fileName
            if note.line > 0 { place += ":\(note.line)" }
            if note.column > 0 { place += ":\(note.column)" }
            text += "\(place): note: \(note.message)\n"
        }
        let article = result.article
        let kept = article.blocks.count
        text += "\(fileName): note: kept \(kept) block\(kept == 1 ? "" : "s"), removed \(result.removed.count) line\(result.removed.count == 1 ? "" : "s")\n"
        let roles = BlockRole.allCases.compactMap { role -> String? in
            let count = article.blocks.filter { $0.role == role }.count
            return count == 0 ? nil : "\(count) \(role.rawValue)"
        }
        text += "\(fileName): note: blocks: \(roles.joined(separator: ", "))\n"
        if let dateline = article.dateline {
            let scalars = ScalarText(article.text)
            var parts = ["dateline \(quoted(scalars.string(dateline.span)))"]
            if let place = dateline.place { parts.append("place \(quoted(scalars.string(place)))") }
            if let source = dateline.source { parts.append("source \(quoted(scalars.string(source)))") }
            text += "\(fileName): note: \(parts.joined(separator: ", "))\n"
        }
        if let published = article.metadata.published { text += "\(fileName): note: published \(published)\n" }
        Diagnostics.write(text)
    }

    private static func quoted(_ text: String) -> String { "'" + text + "'" }
}
