import ArgumentParser
import Foundation
import Newsmark

/// `newsmark`: the command-line tool.
@main
struct NewsmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsmark",
        abstract: "Annotated news articles: convert, validate, evaluate.",
        discussion: """
            Exit codes: 0 success, 1 invalid input (or validation findings), 2 usage or I/O error.
            Problems are reported as FILE:LINE:COL: error: message.
            """,
        version: AnnotationPipeline.toolVersion,
        subcommands: [ConvertCommand.self, ValidateCommand.self, EvalCommand.self, DiffCommand.self]
    )

    /// Parses the command line and runs the command, mapping every failure to Newsmark's exit codes.
    static func main() {
        do {
            // `validate` is given thousands of paths in CI (`git ls-files`); the argument parser takes time
            // quadratic in the number of values of one argument, so all but the first path bypass it.
            var arguments = Array(CommandLine.arguments.dropFirst())
            let lifted = ValidateCommand.liftPaths(from: &arguments)
            var command = try parseAsRoot(arguments)
            if !lifted.isEmpty, var validate = command as? ValidateCommand {
                validate.paths.append(contentsOf: lifted)
                command = validate
            }
            try command.run()
        } catch let error as NewsmarkError {
            Diagnostics.report(error)
            Foundation.exit(ExitStatus.code(for: error))
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if status == .success {
                print(message)
                Foundation.exit(0)
            }
            if !message.isEmpty { Diagnostics.write(message + "\n") }
            // Argument errors are usage errors: exit 2, as documented.
            Foundation.exit(status == .validationFailure ? ExitStatus.usage : status.rawValue)
        }
    }
}
