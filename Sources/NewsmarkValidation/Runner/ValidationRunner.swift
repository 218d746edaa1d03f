import Foundation

/// Validates many inputs on `jobs` threads and hands the reports back in input order, each as soon as
/// it and every report before it are done, so output is stable however the work is scheduled.
public enum ValidationRunner {
    /// Runs `validate` over `inputs` and calls `report` on the calling thread, in input order.
    ///
    /// - Parameters:
    ///   - jobs: the number of worker threads (1 validates on the calling thread).
    ///   - validate: validates one input; called concurrently, so it must be thread-safe.
    ///   - report: receives each input's index and report, in order.
    public static func run(_ inputs: [InputFile], jobs: Int, validate: @escaping @Sendable (InputFile) -> FileReport,
                           report: (Int, FileReport) -> Void) {
        guard !inputs.isEmpty else { return }
        let workers = max(1, min(jobs, inputs.count))
        if workers == 1 {
            for (i, input) in inputs.enumerated() { report(i, validate(input)) }
            return
        }
        let state = SharedResults(count: inputs.count)
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                while let i = state.claim() {
                    state.store(validate(inputs[i]), at: i)
                }
            }
        }
        for i in 0..<inputs.count { report(i, state.take(i)) }
        group.wait()
    }
}

/// The results slots workers fill and the reporting thread drains. The reporting thread is woken only
/// for the report it waits for, not for every report stored.
private final class SharedResults: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [FileReport?]
    private var nextToClaim = 0
    /// The index the reporting thread is waiting for (-1: none).
    private var awaited = -1

    init(count: Int) { results = Array(repeating: nil, count: count) }

    /// The next input index to work on, or `nil` when all are claimed.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard nextToClaim < results.count else { return nil }
        defer { nextToClaim += 1 }
        return nextToClaim
    }

    func store(_ report: FileReport, at index: Int) {
        condition.lock()
        results[index] = report
        if index == awaited { condition.signal() }
        condition.unlock()
    }

    /// Waits for the report at `index` and removes it from the slots (memory stays small on long runs).
    func take(_ index: Int) -> FileReport {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let report = results[index] {
                results[index] = nil
                awaited = -1
                return report
            }
            awaited = index
            condition.wait()
        }
    }
}
