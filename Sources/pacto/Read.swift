import ArgumentParser
import Foundation
import PactoModel
import PactoReading

extension Pacto {
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read HTML pages or text files and print the article found in each.",
            discussion: """
            Prints the title, stamp, byline and body blocks of each file. With --json, one JSON \
            object per line (JSON Lines) with the keys file, language, title, published, authors, \
            url, encoding, blocks and body. A file that cannot be read is reported on standard \
            error with its path and the reason; the others are still read. Exit status: 0 when \
            every file was read, 1 when some could not be.
            """
        )

        @Argument(help: "HTML or text files to read.", completion: .file())
        var files: [String]

        @Flag(help: "Print JSON Lines instead of text.")
        var json = false

        @OptionGroup var reading: ReadingOptions

        func run() throws {
            let reader = Reader(options: reading.readerOptions)
            try Output.eachFile(files) { file in
                let article = try reader.read(path: file)
                if json {
                    Output.line(try ArticleJSON.line(for: article))
                } else {
                    Output.line(ArticleText.render(article))
                }
            }
        }
    }
}

/// Options every command that reads files shares.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Refuse files larger than this many bytes.")
    var maxBytes: Int = Reader.Options().maxBytes

    var readerOptions: Reader.Options { Reader.Options(maxBytes: maxBytes) }
}
