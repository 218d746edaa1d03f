/// NM109: the quotation marks inside a quote's span are balanced: every opening mark is closed, and no
/// closing mark comes first. A part that a later part continues may leave one quotation open (the news
/// convention for quotes over several paragraphs).
public struct BalancedQuoteMarks: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM109", name: "balanced-quote-marks", defaultSeverity: .warning, category: .semantic,
        summary: "Quotation marks inside a quote span are balanced (“…”, \"…\", „…“, «…», 「…」).",
        help: "Move the quote's boundaries so that they include both marks, or link the parts with 'continues'.")

    private var open: [(id: String, name: String, unclosed: Int, position: TextPosition)] = []

    public init() {}

    public mutating func check(annotation: AnnotationRecord, index: DocumentIndex, findings: inout Findings) {
        guard annotation.kind == .quote else { return }
        let marks = annotation.text.marks
        let unclosed = marks.unclosed
        if marks.closedBeforeOpened || unclosed < 0 {
            report("\(index.displayName(of: annotation)) closes a quotation it does not open; its span probably starts too late",
                   at: annotation.position, &findings)
        } else if unclosed > 0 {
            open.append((annotation.id.map(index.string(of:)) ?? "", index.displayName(of: annotation), unclosed, annotation.position))
        }
    }

    public mutating func finish(index: DocumentIndex, findings: inout Findings) {
        for item in open {
            if item.unclosed == 1, !item.id.isEmpty, index.continuedQuotes.contains(item.id) { continue }
            report("\(item.name) opens \(item.unclosed == 1 ? "a quotation" : "\(item.unclosed) quotations") it does not close; "
                   + "its span probably ends too early", at: item.position, &findings)
        }
    }
}

extension BalancedQuoteMarks {
    public static var hooks: RuleHooks { [.header, .annotations, .finish] }
    public static var annotationKinds: [AnnotationRecord.Kind] { [.quote] }
}
