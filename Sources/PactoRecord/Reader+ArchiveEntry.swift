import PactoArchives
import PactoModel
import PactoReading

extension Reader {
    /// Reads a document taken out of an archive: as HTML when the archive
    /// says so, in the charset its HTTP header names, and with the page's own
    /// URL and date first, the archive's (`WARC-Target-URI`, `WARC-Date`) as
    /// fallbacks. The Article is named `archive!entry`.
    ///
    /// `pacto import`, `pacto read` and `pacto extract` all read entries here.
    public func read(_ entry: ArchiveEntry) throws(ReadError) -> Article {
        var article = try read(
            bytes: entry.bytes, name: entry.name, format: entry.isHTML == true ? .html : nil, charset: entry.charset)
        if article.url == nil { article.url = entry.sourceURL }
        if article.published == nil, let captured = entry.capturedAt.flatMap(Stamp.init(iso:)) {
            article.published = captured.date
            article.warnings.append("no date on the page: the capture date (WARC-Date) stands in")
        }
        return article
    }
}
