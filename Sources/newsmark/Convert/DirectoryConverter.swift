import ArgumentParser
import Foundation
import Newsmark

/// Converts every file of a directory plan in order. A file that fails is reported and skipped; the
/// others are still converted. Progress goes to standard error when it is a terminal.
///
/// Outputs go through a ``DurableOutputBatch``: written to temporary files, synced together, then renamed
/// into place a batch at a time (docs/SCALING.md, "Outputs are atomic and durable").
struct DirectoryConverter {
    let converter: ArticleConverter
    /// Files per published batch.
    var batchFiles = 128

    /// Runs `jobs`; returns the exit code of each failure (empty when all succeeded).
    func run(_ jobs: [DirectoryJob]) -> [Int32] {
        var failures: [Int32] = []
        var progress = ProgressReporter(total: jobs.count, enabled: Diagnostics.stderrIsTerminal)
        let batch = DurableOutputBatch(maximumFiles: batchFiles)
        func report(_ published: [DurableOutputBatch.Failure]) {
            guard !published.isEmpty else { return }
            progress.clear()
            for failure in published {
                Diagnostics.report(failure.error)
                failures.append(ExitStatus.code(for: failure.error))
            }
        }
        for job in jobs {
            progress.update(current: job.input)
            do {
                let bytes = try converter.convertedBytes(job.input)
                report(try batch.add(bytes, as: job.output))
            } catch let error as NewsmarkError {
                progress.clear()
                Diagnostics.report(error.location?.file == nil ? error.inFile(job.input) : error)
                failures.append(ExitStatus.code(for: error))
            } catch {
                progress.clear()
                Diagnostics.write("\(job.input): error: \(error)\n")
                failures.append(ExitStatus.invalidInput)
            }
        }
        report(batch.publish())
        progress.finish(failed: failures.count)
        return failures
    }
}
