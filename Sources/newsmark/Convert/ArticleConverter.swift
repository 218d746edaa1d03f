import Foundation
import Newsmark

/// Converts one input file (or standard input) to one output, using the command's read and render dispatch.
struct ArticleConverter {
    let command: ConvertCommand

    /// Reads `path` (`-` for standard input), converts it and writes the result to `output` (`nil`: standard output).
    func convertFile(_ path: String, to output: String?) throws {
        try FileIO.write(try convertedBytes(path), to: output)
    }

    /// Reads `path` (`-` for standard input) and returns the bytes of its conversion.
    func convertedBytes(_ path: String) throws -> Data {
        let data = try FileIO.read(path)
        let fileName = path == "-" ? "<stdin>" : path
        let format = command.from ?? InputFormat.detect(path: path, data: data)
        // The input's bytes go to `read`, which lets them go once it has the text (a long article is
        // not held twice while it is annotated).
        let article = try command.read(consume data, format: format, path: path, fileName: fileName)
        return try command.render(article, format: command.to)
    }
}
