import NewsmarkAnnotation
import NewsmarkModel

/// Cohen's kappa between two annotators' entity labels over tokens.
///
/// Each token of the shared tokenizer gets a BIO label from each side's mentions (`B-person`, `I-person`, `O`;
/// for nested mentions the outermost wins). Counts are pooled over every article added.
public struct TokenAgreement: Sendable {
    /// Token counts by (gold label, predicted label).
    public private(set) var confusion: [LabelPair: Int] = [:]

    public struct LabelPair: Hashable, Sendable {
        public var gold: String
        public var predicted: String
    }

    public init() {}

    /// Adds the tokens of one article pair (same text).
    public mutating func add(gold: Article, predicted: Article, analysis: TextAnalysis) {
        let goldLabels = Self.labels(gold.mentions, analysis: analysis)
        let predictedLabels = Self.labels(predicted.mentions, analysis: analysis)
        for index in goldLabels.indices {
            confusion[LabelPair(gold: goldLabels[index], predicted: predictedLabels[index]), default: 0] += 1
        }
    }

    /// The BIO label of every token.
    public static func labels(_ mentions: [EntityMention], analysis: TextAnalysis) -> [String] {
        var labels = [String](repeating: "O", count: analysis.tokens.count)
        var taken = [Bool](repeating: false, count: analysis.tokens.count)
        let ordered = mentions.sorted { $0.span < $1.span }
        for mention in ordered {
            var index = analysis.tokenIndex(atOrAfter: mention.span.start)
            var first = true
            // A token inside an outer mention is skipped whole, so nested mentions never split an outer one.
            if index < analysis.tokens.count, taken[index], analysis.tokens[index].span.start < mention.span.end { continue }
            while index < analysis.tokens.count, analysis.tokens[index].span.start < mention.span.end {
                if !taken[index] {
                    labels[index] = (first ? "B-" : "I-") + mention.type
                    taken[index] = true
                    first = false
                }
                index += 1
            }
        }
        return labels
    }

    /// Kappa over every label, or over one type's labels with every other label counted as `O`.
    /// `nil` when there are no tokens.
    public func kappa(type: String? = nil) -> Double? {
        var pairs: [LabelPair: Int] = [:]
        for (pair, count) in confusion {
            pairs[LabelPair(gold: Self.restrict(pair.gold, to: type), predicted: Self.restrict(pair.predicted, to: type)), default: 0] += count
        }
        let total = pairs.values.reduce(0, +)
        guard total > 0 else { return nil }
        var agree = 0
        var goldMarginal: [String: Int] = [:]
        var predictedMarginal: [String: Int] = [:]
        for (pair, count) in pairs {
            if pair.gold == pair.predicted { agree += count }
            goldMarginal[pair.gold, default: 0] += count
            predictedMarginal[pair.predicted, default: 0] += count
        }
        let n = Double(total)
        let observed = Double(agree) / n
        var expected = 0.0
        for (label, count) in goldMarginal { expected += Double(count) / n * Double(predictedMarginal[label] ?? 0) / n }
        if expected >= 1 { return observed >= 1 ? 1 : 0 }
        return (observed - expected) / (1 - expected)
    }

    static func restrict(_ label: String, to type: String?) -> String {
        guard let type, label != "O" else { return label }
        return label.dropFirst(2) == type ? label : "O"
    }
}
