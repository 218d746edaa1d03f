import NewsmarkModel

/// What a merge changed, by Newsmark id, for the user to review.
public struct MergeReport: Sendable, Hashable {
    /// Annotations the tool added (with their new ids).
    public var added: [String] = []
    /// Annotations whose span, label or a carried field changed.
    public var changed: [String] = []
    /// Annotations deleted in the tool.
    public var removed: [String] = []
    /// Discourse entities created for new speakers.
    public var createdEntities: [String] = []
    /// Things the user should check (placeholder date values, cleared links).
    public var warnings: [String] = []

    public init() {}

    /// Whether the merge changed nothing.
    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty && createdEntities.isEmpty }

    /// One line: `2 added, 1 changed, 1 removed`.
    public var summary: String {
        var parts = ["\(added.count) added", "\(changed.count) changed", "\(removed.count) removed"]
        if !createdEntities.isEmpty { parts.append("\(createdEntities.count) entities created") }
        return parts.joined(separator: ", ")
    }
}

/// A merged article and what the merge did.
public struct MergeResult: Sendable {
    public var article: Article
    public var report: MergeReport
}
