/// Hands out document-unique ids with a prefix (`m1`, `m2`, …), skipping ids already in use.
public struct IDAllocator: Sendable {
    private var used: Set<String>
    private var counters: [String: Int] = [:]
    /// The prefix asked for last and its counter, outside `counters`: annotators ask for one prefix many
    /// times in a row, so most calls need no dictionary access.
    private var lastPrefix = ""
    private var lastNumber = 0

    /// Starts from the ids `article` already uses.
    public init(article: Article) { used = article.allIDs }

    /// Starts from an explicit set of used ids.
    public init(used: Set<String> = []) { self.used = used }

    /// The next unused id with `prefix`.
    public mutating func next(_ prefix: String) -> String {
        if prefix != lastPrefix {
            counters[lastPrefix] = lastNumber
            lastNumber = counters[prefix, default: 0]
            lastPrefix = prefix
        }
        while true {
            lastNumber += 1
            var candidate = prefix
            candidate.append(String(lastNumber))
            // One hash look-up: the insertion fails when the id is taken.
            if used.insert(candidate).inserted { return candidate }
        }
    }

    /// Records an id as used.
    public mutating func reserve(_ id: String) { used.insert(id) }
}
