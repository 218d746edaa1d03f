#if canImport(Glibc)
import Glibc
#endif

/// Lets the C allocator keep and reuse the memory a conversion frees instead of handing it back to the
/// system and faulting fresh pages in for the next large buffer.
///
/// glibc serves an allocation above its threshold (128 KB at first, adjusted up to 32 MB as such blocks
/// are freed) with a fresh `mmap`, and returns it to the system when it is freed; a long article makes
/// and frees many buffers of megabytes (the scalars, tokens and forms of each stage, the output), so
/// every one of them was paid for again in page faults. With the threshold at its maximum from the start
/// and the heap trimmed only above 256 MB of free memory at its top, those buffers are reused: about a
/// third fewer page faults on a 10 MB article, for a peak resident size within a few percent.
///
/// `mallopt` is looked up at run time (the C library module does not declare it); elsewhere, or if it is
/// missing, nothing changes.
enum MemoryReuse {
    /// glibc's `M_TRIM_THRESHOLD` and `M_MMAP_THRESHOLD` parameters (`malloc.h`).
    private static let trimThreshold: Int32 = -1
    private static let mmapThreshold: Int32 = -3

    /// Applies the allocator settings (once per process, before the first conversion).
    static func keepFreedMemory() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        _ = mallopt(mmapThreshold, 32 << 20)
        _ = mallopt(trimThreshold, 256 << 20)
        #endif
    }
}
