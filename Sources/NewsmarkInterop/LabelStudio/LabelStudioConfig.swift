import NewsmarkModel

/// The Label Studio labeling configuration for Newsmark tasks: one `Labels` control with the tag set, the text,
/// `speaker` and `continues` relations, a per-region choice of quote kind and a per-region text area for TIMEX3 values.
public enum LabelStudioConfig {
    /// Control names, shared by the exporter and the reader.
    static let labelsName = "label"
    static let textName = "text"
    static let kindName = "kind"
    static let valueName = "value"
    static let speakerRelation = "speaker"
    static let continuesRelation = "continues"

    /// The `<View>` XML to paste into a Label Studio project's labeling interface.
    public static func xml(tagSet: TagSet = .standard) -> String {
        var lines = ["<View>"]
        lines.append("  <Labels name=\"\(labelsName)\" toName=\"\(textName)\">")
        for label in ToolLabels.all(for: tagSet) {
            lines.append("    <Label value=\"\(escape(label))\" background=\"\(LabelPalette.color(for: label))\"/>")
        }
        lines.append("  </Labels>")
        lines.append("  <Relations>")
        lines.append("    <Relation value=\"\(speakerRelation)\"/>")
        lines.append("    <Relation value=\"\(continuesRelation)\"/>")
        lines.append("  </Relations>")
        lines.append("  <Text name=\"\(textName)\" value=\"$text\"/>")
        lines.append("  <View visibleWhen=\"region-selected\">")
        lines.append("    <Header value=\"Quote kind (quotes only)\"/>")
        lines.append("    <Choices name=\"\(kindName)\" toName=\"\(textName)\" perRegion=\"true\" choice=\"single-radio\">")
        for kind in QuoteKind.allCases { lines.append("      <Choice value=\"\(kind.rawValue)\"/>") }
        lines.append("    </Choices>")
        lines.append("    <Header value=\"TIMEX3 value (dates only)\"/>")
        lines.append("    <TextArea name=\"\(valueName)\" toName=\"\(textName)\" perRegion=\"true\" editable=\"true\" maxSubmissions=\"1\"/>")
        lines.append("  </View>")
        lines.append("</View>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
