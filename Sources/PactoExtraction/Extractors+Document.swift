import PactoModel

extension Extractors {
    /// The Document for an article: what it says about itself, the events it
    /// reports, and the reader's and the extractor's warnings. The document
    /// is named as the article is (a path, or `archive!entry`).
    ///
    /// `pacto extract` and `pacto import` both make their documents here.
    public static func document(from article: Article, gazetteer: Gazetteer = .standard) -> Document {
        let extraction = extract(from: article, gazetteer: gazetteer)
        return Document(
            file: article.file, sha256: article.sha256, language: article.language, title: article.title,
            published: article.published, authors: article.authors, events: extraction.events,
            warnings: article.warnings + extraction.warnings)
    }
}
