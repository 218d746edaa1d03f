import ArgumentParser
import Newsmark

/// The `convert` options for annotation tools and the HTML view.
struct InteropOptions: ParsableArguments {
    @Option(name: .long, help: "Merge back: the original article (XML or JSON) the tool's files were exported from (with --from brat|labelstudio|doccano|conll).")
    var onto: String?

    @Option(name: .long, help: "Merge back: the id of the person whose work is merged (declared as a manual annotator).")
    var annotator: String = "annotator"

    @Option(name: .long, help: "brat export: split the articles among these annotators (comma-separated ids), one subdirectory each.")
    var annotators: String?

    @Option(name: .long, help: "brat export with --annotators: articles everyone annotates, as a share (10%, 0.1) or a count (3).")
    var overlap: String = "0"

    @Flag(name: .customLong("as-annotations"), help: "Label Studio export: put the annotations in the tasks as finished annotations instead of predictions.")
    var asAnnotations = false

    @Option(name: .long, help: "doccano: what offsets count when the file does not say: utf-16 (doccano's default), code-points or graphemes (projects counting grapheme clusters).")
    var offsets: OffsetUnit = .utf16

    @Option(name: .customLong("tool-config"), help: "Also write the tool's project configuration here (Label Studio labeling config).")
    var toolConfig: String?
}

extension OffsetUnit: ExpressibleByArgument {}
