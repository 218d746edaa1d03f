import Newsmark

/// What `--verbose` prints about a raw-text conversion: each removed line with its rule, and each note.
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
        Diagnostics.write(text)
    }

    private static func quoted(_ text: String) -> String { "'" + text + "'" }
}
