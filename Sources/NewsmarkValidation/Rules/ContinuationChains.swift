/// NM103: quote continuations form simple chains: no part continues itself or a later part, no cycle,
/// and no part is continued twice.
public struct ContinuationChains: ValidationRule {
    public static let descriptor = RuleDescriptor(
        id: "NM103", name: "continuation-chains", defaultSeverity: .error, category: .semantic,
        summary: "Quote continuations form chains from earlier to later parts, without cycles or forks.",
        help: "Make each later part of a multi-paragraph quote name the part just before it in 'continues'.")

    public init() {}

    public mutating func finish(index: DocumentIndex, findings: inout Findings) {
        var next: [String: DocumentIndex.Continuation] = [:]
        var continuedBy: [String: String] = [:]
        for link in index.continuations {
            if link.quote == link.continues {
                report("quote '\(link.quote)' continues itself", at: link.position, &findings)
                continue
            }
            if let other = continuedBy[link.continues] {
                report("quotes '\(other)' and '\(link.quote)' both continue '\(link.continues)'; a quote part has at most one continuation",
                       at: link.position, &findings)
            } else {
                continuedBy[link.continues] = link.quote
            }
            if next[link.quote] == nil { next[link.quote] = link }
        }
        // Cycles: every part has at most one outgoing link, so follow each chain once.
        var state: [String: UInt8] = [:]  // 1 = on the current path, 2 = done
        for link in index.continuations where link.quote != link.continues {
            var path: [String] = []
            var current: String? = link.quote
            while let id = current, state[id] == nil {
                state[id] = 1
                path.append(id)
                current = next[id].flatMap { $0.continues == $0.quote ? nil : $0.continues }
            }
            if let id = current, state[id] == 1, let start = path.firstIndex(of: id) {
                let cycle = path[start...]
                let first = cycle.compactMap { next[$0] }.min { $0.position < $1.position }
                let names = (cycle + [id]).map { "'\($0)'" }.joined(separator: " → ")
                report("quote continuations form a cycle: \(names)", at: first?.position ?? link.position, &findings)
            }
            for id in path { state[id] = 2 }
        }
        // Order: a part names an earlier part.
        for link in index.continuations where link.quote != link.continues {
            guard let target = index.definition(of: link.continues), target.kind == .quote else { continue }
            if target.position.line > 0, link.position.line > 0, link.position < target.position {
                report("quote '\(link.quote)' continues '\(link.continues)', which comes later in the text; a part names the part before it",
                       at: link.position, &findings)
            }
        }
    }
}

extension ContinuationChains {
    public static var hooks: RuleHooks { [.header, .finish] }
}
