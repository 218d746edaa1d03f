import Foundation

/// Spare storage for ``DocumentChecker``'s queue of records, handed from one document to the next.
///
/// A queue holds up to ``DocumentChecker/defaultBatchLimit`` records of a few hundred bytes: allocated and
/// freed for every file of a corpus, that memory is returned to the system at each free and faulted in
/// again at the next file (tens of thousands of page faults on 5,000 articles). Kept here, emptied, it
/// is reused by the next checker on any thread; at most a few arrays are kept (one per concurrent job).
enum RecordQueueStorage {
    private static let lock = NSLock()
    /// Guarded by `lock`.
    nonisolated(unsafe) private static var spare: [[AnnotationRecord]] = []
    private static let maximumSpare = 16

    /// An empty array with room for `capacity` records (reused when one is spare).
    static func take(capacity: Int) -> [AnnotationRecord] {
        lock.lock()
        let reused = spare.popLast()
        lock.unlock()
        if var queue = reused {
            queue.reserveCapacity(capacity)
            return queue
        }
        var queue: [AnnotationRecord] = []
        queue.reserveCapacity(capacity)
        return queue
    }

    /// Keeps `queue`'s storage for a later document (its records are dropped first).
    static func give(_ queue: inout [AnnotationRecord]) {
        guard queue.capacity > 0 else { return }
        queue.removeAll(keepingCapacity: true)
        var kept: [AnnotationRecord] = []
        swap(&kept, &queue)
        lock.lock()
        if spare.count < maximumSpare { spare.append(kept) }
        lock.unlock()
    }
}
