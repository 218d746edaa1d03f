import Foundation

/// The one directory, under the system's temporary directory, that holds every scratch directory the
/// end-to-end tests make. It is made on first use and removed with everything in it when the test
/// process exits, so that a test which fails half-way, or simply forgets, leaves nothing behind.
let testScratchRoot: URL = {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("newsmark-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: testScratchRoot) }
    return url
}()
