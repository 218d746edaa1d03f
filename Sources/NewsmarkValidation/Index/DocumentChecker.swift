import NewsmarkModel

/// Runs the semantic rules over one document as its index is filled: readers (the XML stream, the JSON
/// form) define ids and hand over annotations and paragraphs in document order; the checker keeps the
/// index up to date and passes each record to every enabled rule.
public struct DocumentChecker {
    public private(set) var index: DocumentIndex
    private var rules: [any ValidationRule]
    /// The rules that take annotations of each kind (in ``AnnotationRecord/Kind`` case order), and
    /// paragraphs (indices into `rules`, in rule order).
    private let annotationRules: [[Int]]
    private let paragraphRules: [Int]
    private var findings: Findings
    private var headerDone = false

    /// A checker running `rules` (by default every registered rule) on a document of `form`.
    public init(form: DocumentIndex.Form, file: String?, rules: [any ValidationRule.Type] = RuleRegistry.rules,
                expectedIDs: Int = 0) {
        index = DocumentIndex(form: form, file: file, expectedIDs: expectedIDs)
        self.rules = rules.map { $0.init() }
        annotationRules = AnnotationRecord.Kind.allCases.map { kind in
            rules.indices.filter { rules[$0].hooks.contains(.annotations) && rules[$0].annotationKinds.contains(kind) }
        }
        paragraphRules = rules.indices.filter { rules[$0].hooks.contains(.paragraphs) }
        findings = Findings(file: file)
    }

    /// Gives direct access to the index for readers setting root and header facts.
    public mutating func updateIndex(_ body: (inout DocumentIndex) -> Void) { body(&index) }

    /// Defines an id at `position` and returns its symbol.
    @discardableResult
    public mutating func define(_ id: String, kind: IDKind, at position: TextPosition) -> IDSymbol {
        index.define(id, kind: kind, at: position)
    }

    /// Defines the id whose UTF-8 bytes are `utf8` at `position` and returns its symbol.
    @discardableResult
    mutating func define(_ utf8: UnsafeBufferPointer<UInt8>, kind: IDKind, at position: TextPosition) -> IDSymbol {
        index.define(utf8, kind: kind, at: position)
    }

    /// The symbol of a referenced id, defined or not.
    public mutating func symbol(for id: String) -> IDSymbol { index.symbol(for: id) }

    /// The symbol of the referenced id whose UTF-8 bytes are `utf8`, defined or not.
    mutating func symbol(for utf8: UnsafeBufferPointer<UInt8>) -> IDSymbol { index.symbol(for: utf8) }

    /// Signals that the header (metadata, annotators, tag set, entity declarations) has been read.
    /// Called implicitly before the first paragraph if the reader does not.
    public mutating func headerComplete() {
        guard !headerDone else { return }
        headerDone = true
        for i in rules.indices { rules[i].checkHeader(index: index, findings: &findings) }
    }

    /// Hands over an annotation whose end has been read.
    public mutating func annotation(_ record: AnnotationRecord) {
        var record = record
        annotation(inPlace: &record)
    }

    /// Hands over an annotation whose end has been read, reading it where it is (the record is not
    /// changed; taking it `inout` lets a caller pass an element of its own storage without a copy).
    mutating func annotation(inPlace record: inout AnnotationRecord) {
        index.register(record)
        let ordinal = switch record.kind {
        case .entity: 0
        case .mention: 1
        case .quote: 2
        case .timex: 3
        }
        for i in annotationRules[ordinal] { rules[i].check(annotation: record, index: index, findings: &findings) }
    }

    /// Hands over a paragraph whose end has been read.
    public mutating func paragraph(_ record: ParagraphRecord) {
        headerComplete()
        index.paragraphSpans.append(record.span)
        for i in paragraphRules { rules[i].check(paragraph: record, index: index, findings: &findings) }
    }

    /// Records the article text's length.
    public mutating func setTextLength(_ length: Int) { index.textLength = length }

    /// Records a JSON-form span for the JSON rules.
    mutating func recordJSONSpan(_ span: DocumentIndex.JSONSpan) { index.jsonSpans.append(span) }

    /// Runs the end-of-document checks and returns every finding, in rule order of discovery.
    public mutating func finish() -> [Diagnostic] {
        headerComplete()
        for i in rules.indices { rules[i].finish(index: index, findings: &findings) }
        return findings.diagnostics
    }
}
