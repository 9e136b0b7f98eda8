import PactoModel

/// Reads an HTML page into an Article: the page's own signals first (metas,
/// JSON-LD, canonical link, `<time>`), then the DOM for the body.
struct HTMLReader {
    func read(_ text: String, file: String) throws(ReadError) -> Article {
        guard let tree = LibXML2Parser.parse(text), !tree.nodes.isEmpty else {
            throw ReadError(path: file, reason: .unparsable("no HTML element could be parsed"))
        }
        let signals = PageSignals(tree: tree)
        let finder = ContentFinder(tree: tree)
        let roots = finder.mainContent()
        let writer = BlockWriter(tree: tree, finder: finder)
        var drafts = writer.drafts(for: roots)

        var article = Article(file: file)
        article.url = signals.canonicalURL
        let headline = HeadlineRule(tree: tree, signals: signals, contentStart: roots.first ?? 0)
        article.title = headline.title

        // The lead (sapo) above the body, when the body does not have it.
        let leads = LeadRule(tree: tree, finder: finder, signals: signals, roots: roots,
                             headlineElement: headline.element).leads()
        if !leads.isEmpty {
            let bodyText = Set(drafts.map(\.text))
            let missing = leads.filter { !bodyText.contains($0.text) }
            drafts.insert(contentsOf: missing, at: 0)
        }

        var authors = signals.authors.compactMap { BylineRule.authors(in: $0) }.flatMap { $0 }
        var published = signals.published
        drafts = BlockFilter.clean(drafts, title: article.title, authors: &authors, published: &published)
        if published == nil {
            published = StampSearch(tree: tree, finder: finder, roots: roots, headlineElement: headline.element).stamp()
        }
        if authors.isEmpty {
            authors = AuthorSearch(tree: tree, roots: roots).authors()
        }
        article.published = published
        article.authors = Self.unique(authors)
        article.blocks = drafts.map { Block($0.kind, $0.text) }
        let sample = [article.title ?? "", drafts.prefix(4).map(\.text).joined(separator: " ")].joined(separator: " ")
        article.language = LanguageIdentifier.identify(sample)
        if article.language == .undetermined, drafts.isEmpty, let lang = signals.htmlLanguage?.lowercased() {
            article.language = lang.hasPrefix("vi") ? .vietnamese : lang.hasPrefix("es") ? .spanish
                : lang.hasPrefix("en") ? .english : .undetermined
        }
        return article
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
