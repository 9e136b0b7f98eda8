import ArgumentParser
import Foundation
import PactoModel
import PactoReading
import PactoRecord

/// Writes to standard output and standard error, unbuffered per line.
enum Output {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// One JSON line, keys sorted, slashes unescaped.
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        line(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Runs `body` on the Article of each file and of each document inside
    /// the archives among them (`.warc`, `.warc.gz`, `.zip`, named
    /// `archive!entry`), in order, through the same walk as `pacto import`.
    /// A file or entry that cannot be read is reported on standard error
    /// with its name and the reason and the others go on; exit status 1 when
    /// any failed. Archive records that are not documents are passed over.
    static func eachArticle(
        _ files: [String], reading: ReadingOptions, archives: ArchiveOptions, _ body: (Article) throws -> Void
    ) throws {
        let reader = Reader(options: reading.readerOptions)
        var failures = 0
        for item in Inputs(files: files, reader: reading.readerOptions, archives: archives.limits) {
            switch item.article(with: reader) {
            case nil:
                continue
            case .failure(let failure)?:
                failures += 1
                Output.error("\(failure.path): \(failure.reason)")
            case .success(let article)?:
                do {
                    try body(article)
                } catch {
                    failures += 1
                    Output.error("\(article.file): \(error)")
                }
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("pacto: " + text + "\n").utf8))
    }
}

/// The JSON line `pacto read --json` prints for an Article.
enum ArticleJSON {
    private struct Line: Encodable {
        var file: String
        var language: String
        var title: String?
        var published: Stamp?
        var authors: [String]
        var url: String?
        var encoding: String
        var blocks: [Block]
        var body: String
        var warnings: [String]

        // Keys always present, null when unknown.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(language, forKey: .language)
            try container.encode(title, forKey: .title)
            try container.encode(published, forKey: .published)
            try container.encode(authors, forKey: .authors)
            try container.encode(url, forKey: .url)
            try container.encode(encoding, forKey: .encoding)
            try container.encode(blocks, forKey: .blocks)
            try container.encode(body, forKey: .body)
            try container.encode(warnings, forKey: .warnings)
        }

        enum CodingKeys: String, CodingKey {
            case file, language, title, published, authors, url, encoding, blocks, body, warnings
        }
    }

    static func line(for article: Article) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let value = Line(
            file: article.file, language: article.language.rawValue, title: article.title,
            published: article.published, authors: article.authors, url: article.url,
            encoding: article.encoding, blocks: article.blocks, body: article.body, warnings: article.warnings)
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The readable form of an Article for a terminal.
enum ArticleText {
    static func render(_ article: Article) -> String {
        var lines: [String] = []
        lines.append("== \(article.file)")
        lines.append("title:     \(article.title ?? "—")")
        lines.append("published: \(article.published?.description ?? "—")")
        lines.append("authors:   \(article.authors.isEmpty ? "—" : article.authors.joined(separator: "; "))")
        lines.append("language:  \(article.language.rawValue)    encoding: \(article.encoding)")
        if let url = article.url { lines.append("url:       \(url)") }
        for warning in article.warnings { lines.append("warning:   \(warning)") }
        lines.append("")
        for block in article.blocks {
            switch block.kind {
            case .paragraph: lines.append(block.text)
            case .heading: lines.append("## " + block.text)
            case .caption: lines.append("[caption] " + block.text)
            case .byline: lines.append("[byline] " + block.text)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
