import NewsmarkModel

/// A semantic rule. A fresh instance checks one document: the validator feeds it every annotation and
/// paragraph as the stream reaches their end, then calls ``finish(index:findings:)`` once the whole
/// document has been seen. Rules read the ``DocumentIndex`` (ids, types, values that references need)
/// and never the whole text, so that a 100 MB article is checked in little memory.
///
/// One rule per file, named after the rule; register new rules in ``RuleRegistry``.
public protocol ValidationRule: Sendable {
    /// The rule's id, name, default severity and documentation.
    static var descriptor: RuleDescriptor { get }

    init()

    /// Called once the header (metadata, annotators, tag set, entities) has been read.
    mutating func checkHeader(index: DocumentIndex, findings: inout Findings)

    /// Called for every annotation (header entity, mention, quote, date) once its end has been read.
    mutating func check(annotation: AnnotationRecord, index: DocumentIndex, findings: inout Findings)

    /// Called for every paragraph once its end has been read.
    mutating func check(paragraph: ParagraphRecord, index: DocumentIndex, findings: inout Findings)

    /// Called at the end of the document.
    mutating func finish(index: DocumentIndex, findings: inout Findings)

    /// Which of the calls above the rule implements; the checker makes only those. All by default.
    static var hooks: RuleHooks { get }

    /// The kinds of annotation ``check(annotation:index:findings:)`` looks at; the checker hands it only
    /// those. All by default.
    static var annotationKinds: [AnnotationRecord.Kind] { get }
}

/// The calls a rule receives (a checker skips the others: there can be millions of annotations).
public struct RuleHooks: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let header = RuleHooks(rawValue: 1)
    public static let annotations = RuleHooks(rawValue: 2)
    public static let paragraphs = RuleHooks(rawValue: 4)
    public static let finish = RuleHooks(rawValue: 8)
    public static let all: RuleHooks = [.header, .annotations, .paragraphs, .finish]
}

extension ValidationRule {
    public static var hooks: RuleHooks { .all }
    public static var annotationKinds: [AnnotationRecord.Kind] { AnnotationRecord.Kind.allCases }

    public mutating func checkHeader(index: DocumentIndex, findings: inout Findings) {}
    public mutating func check(annotation: AnnotationRecord, index: DocumentIndex, findings: inout Findings) {}
    public mutating func check(paragraph: ParagraphRecord, index: DocumentIndex, findings: inout Findings) {}
    public mutating func finish(index: DocumentIndex, findings: inout Findings) {}

    /// Reports a finding of this rule.
    func report(_ message: String, at position: TextPosition, _ findings: inout Findings) {
        findings.add(Self.descriptor, message, at: position)
    }
}

/// A 1-based line and column in the file being validated (0 when unknown).
public struct TextPosition: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// An unknown position (JSON-form findings, whole-document findings of a streamed file).
    public static let unknown = TextPosition(line: 0, column: 0)

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// Collects the findings of one document.
public struct Findings: Sendable {
    /// The file the findings are about, as the user named it.
    public let file: String?
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String?) { self.file = file }

    /// Adds a finding of `rule` at `position` with the rule's default severity (configuration applies later).
    public mutating func add(_ rule: RuleDescriptor, _ message: String, at position: TextPosition) {
        diagnostics.append(Diagnostic(
            ruleID: rule.id, severity: rule.defaultSeverity, message: message,
            location: SourceLocation(file: file, line: position.line, column: position.column)))
    }

    /// Adds a finished diagnostic (parser and schema errors).
    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
}
