/// Who or what produced annotations: a tool with a version, or a person.
public enum AnnotatorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case tool
    case person
}

/// How annotations by an annotator came about.
public enum AnnotationMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Made by a program without human review.
    case automatic
    /// Made by a person.
    case manual
    /// Made by a program or person and checked by a person.
    case reviewed
}

/// An annotator declared once in the document header and referred to by id from each annotation
/// (TEI's `@resp`).
public struct Annotator: Hashable, Sendable, Codable {
    /// The annotator's id, unique in the document.
    public var id: String
    /// Tool or person.
    public var kind: AnnotatorKind
    /// The tool's or person's name (for people, an identifier the project chooses).
    public var name: String
    /// The tool's version, if a tool.
    public var version: String?
    /// How this annotator's annotations came about.
    public var mode: AnnotationMode

    public init(id: String, kind: AnnotatorKind, name: String, version: String? = nil, mode: AnnotationMode) {
        self.id = id
        self.kind = kind
        self.name = name
        self.version = version
        self.mode = mode
    }
}

/// The provenance of one annotation: the annotator responsible and its confidence (TEI's `@resp` and `@cert`).
public struct Provenance: Hashable, Sendable, Codable {
    /// The id of a declared ``Annotator``, or `nil` when unknown.
    public var annotatorID: String?
    /// Confidence between 0 and 1, if the annotator gives one.
    public var confidence: Double?

    public init(annotatorID: String? = nil, confidence: Double? = nil) {
        self.annotatorID = annotatorID
        self.confidence = confidence
    }
}
