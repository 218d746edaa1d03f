import ArgumentParser
import Foundation
import Newsmark

/// Converts every file of a directory plan in order. A file that fails is reported and skipped; the
/// others are still converted. Progress goes to standard error when it is a terminal.
struct DirectoryConverter {
    let converter: ArticleConverter

    /// Runs `jobs`; returns the exit code of each failure (empty when all succeeded).
    func run(_ jobs: [DirectoryJob]) -> [Int32] {
        var failures: [Int32] = []
        var progress = ProgressReporter(total: jobs.count, enabled: Diagnostics.stderrIsTerminal)
        for job in jobs {
            progress.update(current: job.input)
            do {
                try converter.convertFile(job.input, to: job.output)
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
        progress.finish(failed: failures.count)
        return failures
    }
}
