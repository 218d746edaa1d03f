import NewsmarkModel

/// Runs the semantic rules over one document as its index is filled: readers (the XML stream, the JSON
/// form) define ids and hand over annotations and paragraphs in document order; the checker keeps the
/// index up to date at once and passes the records to every enabled rule in batches.
///
/// **Batches.** Records wait in a small queue, and the rules run over the whole queue at once: when the
/// reader calls ``runPendingRules()`` (after each piece of input it parses), when the queue reaches its
/// batch limit (by default ``defaultBatchLimit`` records), before any header fact changes, and at the end.
/// Run in turn with the parser on every element, the rules' code and the parser's would evict each other
/// from the processor's instruction cache. The findings do not change: a rule reads only facts that are
/// final once made (first definitions, entity facts, declared types), and the one fact that can still
/// change, whether a date's anchor is defined and the day it names, is kept in the record as it stood at
/// the record's end (``AnnotationRecord/anchorAtEnd``). Findings are ordered by position afterwards.
public struct DocumentChecker {
    public private(set) var index: DocumentIndex
    private var rules: [any ValidationRule]
    /// The rules that take annotations of each kind (in ``AnnotationRecord/Kind`` case order), and
    /// paragraphs (indices into `rules`, in rule order).
    private let annotationRules: [[Int]]
    private let paragraphRules: [Int]
    private var findings: Findings
    private var headerDone = false
    /// Annotations whose rules have not run yet, in the order of their start tags, and paragraphs, in
    /// document order.
    private var queuedAnnotations: [AnnotationRecord] = []
    private var queuedParagraphs: [ParagraphRecord] = []
    /// The places in `queuedAnnotations` of the annotations whose end has not been read, innermost last.
    private var openSlots: [Int] = []
    /// Whether the rule taking dates' anchors is enabled (the anchor's state is then kept per record).
    private let keepsAnchors: Bool

    /// How many records wait at most, by default, before the rules run over them.
    public static let defaultBatchLimit = 512
    /// How many records wait at most before the rules run over them (1: the rules take each record as
    /// soon as its end is read).
    private let batchLimit: Int

    /// A checker running `rules` (by default every registered rule) on a document of `form`.
    public init(form: DocumentIndex.Form, file: String?, rules: [any ValidationRule.Type] = RuleRegistry.rules,
                expectedIDs: Int = 0, batchLimit: Int = DocumentChecker.defaultBatchLimit) {
        self.batchLimit = max(1, batchLimit)
        index = DocumentIndex(form: form, file: file, expectedIDs: expectedIDs)
        self.rules = rules.map { $0.init() }
        annotationRules = AnnotationRecord.Kind.allCases.map { kind in
            rules.indices.filter { rules[$0].hooks.contains(.annotations) && rules[$0].annotationKinds.contains(kind) }
        }
        paragraphRules = rules.indices.filter { rules[$0].hooks.contains(.paragraphs) }
        findings = Findings(file: file)
        keepsAnchors = rules.contains { ObjectIdentifier($0) == ObjectIdentifier(RelativeDateMatchesAnchor.self) }
        queuedAnnotations = RecordQueueStorage.take(capacity: min(self.batchLimit, 1024))
    }

    /// Gives direct access to the index for readers setting root and header facts (the queued records'
    /// rules run first, on the index they were queued with).
    public mutating func updateIndex(_ body: (inout DocumentIndex) -> Void) {
        runPendingRules()
        body(&index)
    }

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
        runPendingRules()
        for i in rules.indices { rules[i].checkHeader(index: index, findings: &findings) }
    }

    /// Hands over an annotation whose end has been read (its rules may run later; see the type's description).
    public mutating func annotation(_ record: AnnotationRecord) {
        if queuedAnnotations.count >= batchLimit { runPendingRules() }
        queuedAnnotations.append(record)
        Self.complete(&queuedAnnotations[queuedAnnotations.count - 1], index: &index, keepingAnchor: keepsAnchors)
    }

    /// Hands over an annotation whose start has been read: `record` holds its attributes, and waits in
    /// the queue (where it is not copied again) until ``closeAnnotation(span:text:surfacePrefix:)``
    /// completes it. Annotations nest: the one closed is the last one opened and not closed.
    @inline(__always)
    mutating func openAnnotation(_ record: consuming AnnotationRecord) {
        if queuedAnnotations.count >= batchLimit { runPendingRules() }
        openSlots.append(queuedAnnotations.count)
        queuedAnnotations.append(record)
    }

    /// Completes the innermost open annotation (see ``openAnnotation(_:)``) with what its text gave.
    @inline(__always)
    mutating func closeAnnotation(span: TextSpan, text: TextFacts, surfacePrefix: String?) {
        guard let slot = openSlots.popLast() else { return }
        Self.close(&queuedAnnotations[slot], span: span, text: text, surfacePrefix: surfacePrefix, index: &index,
                   keepingAnchor: keepsAnchors)
        if queuedAnnotations.count >= batchLimit { runPendingRules() }
    }

    /// One access to the queued record for all that closing it changes.
    @inline(__always)
    private static func close(_ record: inout AnnotationRecord, span: TextSpan, text: TextFacts, surfacePrefix: String?,
                              index: inout DocumentIndex, keepingAnchor: Bool) {
        record.span = span
        record.text = text
        if let surfacePrefix { record.surfacePrefix = surfacePrefix }
        complete(&record, index: &index, keepingAnchor: keepingAnchor)
    }

    /// Registers a complete record in the index and, if asked, keeps the state of its anchor then.
    @inline(__always)
    private static func complete(_ record: inout AnnotationRecord, index: inout DocumentIndex, keepingAnchor: Bool) {
        index.register(record)
        if keepingAnchor, record.kind == .timex, let anchor = record.anchor {
            record.anchorAtEnd = index.isDefined(anchor) ? .defined(day: index.anchorDay(of: anchor)) : .undefined
        }
    }

    /// Hands over a paragraph whose end has been read.
    public mutating func paragraph(_ record: ParagraphRecord) {
        headerComplete()
        index.paragraphSpans.append(record.span)
        guard !paragraphRules.isEmpty else { return }
        queuedParagraphs.append(record)
        if queuedParagraphs.count >= batchLimit { runPendingRules() }
    }

    /// Runs the rules over the queued annotations and paragraphs (readers call it after each piece of
    /// input they parse).
    public mutating func runPendingRules() {
        if !queuedAnnotations.isEmpty { runQueuedAnnotations() }
        if !queuedParagraphs.isEmpty { runQueuedParagraphs() }
    }

    @inline(never)
    private mutating func runQueuedAnnotations() {
        // The queue, the rules and the findings are taken out of `self` while the rules run, and the
        // records are read where they lie: no copy of a record, nor of the index per call.
        var queue: [AnnotationRecord] = []
        var rules: [any ValidationRule] = []
        var findings = Findings(file: nil)
        swap(&queue, &queuedAnnotations)
        swap(&rules, &self.rules)
        swap(&findings, &self.findings)
        let index = self.index
        let annotationRules = self.annotationRules
        let open = openSlots
        queue.withUnsafeMutableBufferPointer { records in
            var nextOpen = 0  // the first of `open` not passed yet
            for q in records.indices {
                if nextOpen < open.count, open[nextOpen] == q {
                    nextOpen += 1
                    continue  // not complete: stays in the queue
                }
                let ordinal = switch records[q].kind {
                case .entity: 0
                case .mention: 1
                case .quote: 2
                case .timex: 3
                }
                Self.check(&records[q], by: annotationRules[ordinal], of: &rules, index: index, findings: &findings)
            }
        }
        if open.isEmpty {
            queue.removeAll(keepingCapacity: true)
        } else {
            // The open annotations (as many as are nested at this point) move to the front, in order.
            let stillOpen = open.map { queue[$0] }
            queue.removeAll(keepingCapacity: true)
            queue.append(contentsOf: stillOpen)
            openSlots = Array(stillOpen.indices)
        }
        swap(&queue, &queuedAnnotations)
        swap(&rules, &self.rules)
        swap(&findings, &self.findings)
    }

    @inline(never)
    private mutating func runQueuedParagraphs() {
        var queue: [ParagraphRecord] = []
        var rules: [any ValidationRule] = []
        var findings = Findings(file: nil)
        swap(&queue, &queuedParagraphs)
        swap(&rules, &self.rules)
        swap(&findings, &self.findings)
        let index = self.index
        let paragraphRules = self.paragraphRules
        queue.withUnsafeMutableBufferPointer { records in
            for q in records.indices { Self.check(&records[q], by: paragraphRules, of: &rules, index: index, findings: &findings) }
        }
        queue.removeAll(keepingCapacity: true)
        swap(&queue, &queuedParagraphs)
        swap(&rules, &self.rules)
        swap(&findings, &self.findings)
    }

    /// Passes `record` to `rules[selected]`. The record is taken `inout` (it is not changed): read from
    /// a borrowed place, the compiler would copy it for every rule.
    private static func check(_ record: inout AnnotationRecord, by selected: [Int], of rules: inout [any ValidationRule],
                              index: DocumentIndex, findings: inout Findings) {
        for i in selected { rules[i].check(annotation: record, index: index, findings: &findings) }
    }

    private static func check(_ record: inout ParagraphRecord, by selected: [Int], of rules: inout [any ValidationRule],
                              index: DocumentIndex, findings: inout Findings) {
        for i in selected { rules[i].check(paragraph: record, index: index, findings: &findings) }
    }

    /// Records the article text's length.
    public mutating func setTextLength(_ length: Int) { index.textLength = length }

    /// Records a JSON-form span for the JSON rules.
    mutating func recordJSONSpan(_ span: DocumentIndex.JSONSpan) { index.jsonSpans.append(span) }

    /// Runs the end-of-document checks and returns every finding, in rule order of discovery.
    public mutating func finish() -> [Diagnostic] {
        headerComplete()
        runPendingRules()
        if openSlots.isEmpty { RecordQueueStorage.give(&queuedAnnotations) }
        for i in rules.indices { rules[i].finish(index: index, findings: &findings) }
        return findings.diagnostics
    }
}
