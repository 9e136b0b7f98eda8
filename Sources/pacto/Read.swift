import ArgumentParser
import Foundation
import PactoModel
import PactoReading

extension Pacto {
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read HTML pages, text files and archives and print the article found in each.",
            discussion: """
            Prints the title, stamp, byline and body blocks of each file. With --json, one JSON \
            object per line (JSON Lines) with the keys file, language, title, published, authors, \
            url, encoding, blocks and body. Archives are read as `pacto import` reads them: the \
            HTML pages of a .warc or .warc.gz file's responses and the .html, .htm, .xhtml and \
            .txt entries of a .zip file, in the archive's order, each named archive!entry; other \
            records are passed over. A file or an archive entry that cannot be read (damaged, \
            over a limit) is reported on standard error with its name and the reason; the others \
            are still read. Exit status: 0 when every file was read, 1 when some could not be.
            """
        )

        @Argument(help: "HTML or text files, or archives (.warc, .warc.gz, .zip), to read.", completion: .file())
        var files: [String]

        @Flag(help: "Print JSON Lines instead of text.")
        var json = false

        @OptionGroup var reading: ReadingOptions
        @OptionGroup var archives: ArchiveOptions

        func run() throws {
            try Output.eachArticle(files, reading: reading, archives: archives) { article in
                if json {
                    Output.line(try ArticleJSON.line(for: article))
                } else {
                    Output.line(ArticleText.render(article))
                }
            }
        }
    }
}
