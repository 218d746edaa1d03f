import NewsmarkModel

/// NM113: in the JSON form, offsets count code points, every span lies inside the text with
/// `start <= end`, and annotations do not cross a paragraph boundary.
public struct JSONOffsetsInRange: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM113", name: "json-offsets", defaultSeverity: .error, category: .jsonForm,
        summary: "JSON-form offsets are code points, in range, ordered, and within one paragraph.",
        help: "Recompute the offsets as Unicode code points over 'text' (end exclusive).")

    public init() {}

    public mutating func finish(index: DocumentIndex, findings: inout Findings) {
        guard index.form == .json else { return }
        if let unit = index.offsetUnit, unit != "unicode-code-points" {
            report("'offsets' is '\(unit)'; the JSON form counts offsets in 'unicode-code-points'", at: .unknown, &findings)
        }
        let length = index.textLength
        for span in index.jsonSpans {
            guard let start = span.start, let end = span.end else {
                report("\(span.path) has no integer 'start' and 'end'", at: .unknown, &findings)
                continue
            }
            if start < 0 || end > length || start > end {
                report("\(span.path) has offsets [\(start), \(end)), outside the text [0, \(length)) or reversed", at: .unknown, &findings)
                continue
            }
            if span.withinParagraph, !index.paragraphSpans.isEmpty,
               !Self.insideOneParagraph(TextSpanBounds(start: start, end: end), index.paragraphSpans) {
                report("\(span.path) at [\(start), \(end)) does not lie inside one paragraph", at: .unknown, &findings)
            }
        }
    }

    struct TextSpanBounds { var start: Int; var end: Int }

    /// Binary search for the paragraph that contains the span (paragraph spans are in text order).
    static func insideOneParagraph(_ span: TextSpanBounds, _ paragraphs: [TextSpan]) -> Bool {
        var low = 0, high = paragraphs.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let p = paragraphs[mid]
            if span.start < p.start { high = mid - 1 } else if span.start > p.end { low = mid + 1 } else {
                if span.end <= p.end { return true }
                // An empty span at a paragraph's end also belongs to the next paragraph's start.
                return mid + 1 < paragraphs.count && paragraphs[mid + 1].start <= span.start && span.end <= paragraphs[mid + 1].end
            }
        }
        return false
    }
}

extension JSONOffsetsInRange {
    public static var hooks: RuleHooks { [.header, .finish] }
}
