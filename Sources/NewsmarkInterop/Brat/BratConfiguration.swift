import NewsmarkModel

/// The brat configuration files for a Newsmark project: `annotation.conf` (the tag set) and `visual.conf`
/// (display names and colours). Put them at the project root; brat and INCEpTION's brat import read them.
public enum BratConfiguration {
    /// `annotation.conf` for `tagSet`: entity, TIMEX3 and quote labels, the `Speaker` and `Continues`
    /// relations, the quote `Kind` attribute, and overlaps allowed (quotes contain mentions).
    public static func annotationConf(tagSet: TagSet = .standard) -> String {
        let entityTypes = tagSet.entityTypes.joined(separator: "|")
        var lines = ["# Newsmark tag set. Notes (AnnotatorNotes) hold Newsmark ids and values as key=value; keep them."]
        lines.append("[entities]")
        lines.append(contentsOf: ToolLabels.all(for: tagSet))
        lines.append("")
        lines.append("[relations]")
        if !entityTypes.isEmpty { lines.append("Speaker\tArg1:\(ToolLabels.quote), Arg2:\(entityTypes)") }
        lines.append("Continues\tArg1:\(ToolLabels.quote), Arg2:\(ToolLabels.quote)")
        lines.append("<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>")
        lines.append("")
        lines.append("[events]")
        lines.append("")
        lines.append("[attributes]")
        lines.append("Kind\tArg:\(ToolLabels.quote), Value:\(QuoteKind.allCases.map(\.rawValue).joined(separator: "|"))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `visual.conf`: a display name and abbreviation per label, and the same colours as the HTML view.
    public static func visualConf(tagSet: TagSet = .standard) -> String {
        var lines = ["[labels]"]
        for label in ToolLabels.all(for: tagSet) {
            lines.append("\(label) | \(displayName(label)) | \(abbreviation(label))")
        }
        lines.append("Speaker | Speaker | Spk")
        lines.append("Continues | Continues | Cont")
        lines.append("Kind | Kind")
        lines.append("")
        lines.append("[drawing]")
        lines.append("SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken")
        lines.append("ARC_DEFAULT\tcolor:black, arrowHead:triangle-5")
        for label in ToolLabels.all(for: tagSet) {
            lines.append("\(label)\tbgColor:\(LabelPalette.color(for: label)), borderColor:darken")
        }
        lines.append("Speaker\tcolor:#8e44ad, dashArray:3-3")
        lines.append("Continues\tcolor:#555555")
        for kind in QuoteKind.allCases {
            lines.append("Kind\tValue:\(kind.rawValue), glyph:\(kind.rawValue.prefix(1).uppercased())")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func displayName(_ label: String) -> String {
        label.prefix(1).uppercased() + label.dropFirst()
    }

    static func abbreviation(_ label: String) -> String {
        switch label {
        case "person": "PER"
        case "organization": "ORG"
        case "location": "LOC"
        case "misc": "MISC"
        default: String(label.prefix(4)).uppercased()
        }
    }
}
