import Foundation
import PactoModel

/// Reads an HTML page into an Article: the page's own signals first (metas,
/// JSON-LD, canonical link, `<time>`), then the DOM for the body.
struct HTMLReader {
    /// Deepest element nesting kept (see ``Reader/Options/maxDepth``).
    var maxDepth = LibXML2Parser.maxDepth

    func read(_ text: String, file: String) throws(ReadError) -> Article {
        guard let tree = LibXML2Parser.parse(Self.strippingPrologue(text), maxDepth: maxDepth), !tree.nodes.isEmpty else {
            throw ReadError(path: file, reason: .unparsable("no HTML element could be parsed"))
        }
        let signals = PageSignals(tree: tree)
        var finder = ContentFinder(tree: tree)
        var roots = finder.mainContent()
        var drafts = BlockWriter(tree: tree, finder: finder).drafts(for: roots)
        if !drafts.contains(where: { $0.kind == .paragraph && ContentFinder.visibleLength($0.text) >= 80 }) {
            // No paragraph: the body may sit in an element named for content
            // and for furniture at once ("entry-content read-more"), set aside
            // whole. Read again keeping such elements.
            let second = ContentFinder(tree: tree, keepsNamedContent: true)
            let secondRoots = second.mainContent()
            let secondDrafts = BlockWriter(tree: tree, finder: second).drafts(for: secondRoots)
            if secondDrafts.contains(where: { $0.kind == .paragraph && ContentFinder.visibleLength($0.text) >= 80 }) {
                (finder, roots, drafts) = (second, secondRoots, secondDrafts)
            }
        }

        var article = Article(file: file)
        article.url = signals.canonicalURL
        let headline = HeadlineRule(tree: tree, flags: finder.flags, signals: signals, contentStart: roots.first ?? 0)
        article.title = headline.title
        if let story = finder.headlineStory(headline.element, body: roots) {
            // A later story appended below the page's own one won the scoring.
            roots = finder.mainContent(within: story)
            drafts = BlockWriter(tree: tree, finder: finder).drafts(for: roots)
        }

        // The lead (sapo) above the body, when the body does not have it.
        let leads = LeadRule(tree: tree, finder: finder, signals: signals, roots: roots,
                             headlineElement: headline.element).leads()
        if !leads.isEmpty {
            let bodyText = Set(drafts.map(\.text))
            let missing = leads.filter { !bodyText.contains($0.text) }
            drafts.insert(contentsOf: missing, at: 0)
        }

        var authors = signals.writers(among: signals.authors).compactMap { BylineRule.authors(in: $0) }.flatMap { $0 }
        var published = signals.published
        drafts = BlockFilter.clean(drafts, title: article.title, authors: &authors, published: &published)
        // The stamp printed on the page wins over a meta of the same or the
        // next/previous day: metas are often in UTC ("2024-03-29T23:17Z" for
        // a page printed "30/03/2024 06:17") or carry no time.
        let printed = StampSearch(tree: tree, finder: finder, roots: roots, headlineElement: headline.element).stamp()
        if let printed {
            if let meta = published {
                if abs(printed.dayNumber - meta.dayNumber) <= 1, printed.hasTime || !meta.hasTime || printed.date == meta.date {
                    published = printed.hasTime || printed.date != meta.date ? printed : meta
                }
            } else {
                published = printed
            }
        }
        if authors.isEmpty {
            authors = signals.writers(among: AuthorSearch(tree: tree, flags: finder.flags).authors())
        }
        article.published = published
        article.authors = Self.unique(authors)
        article.blocks = drafts.map { Block($0.kind, $0.text) }
        if article.blocks.isEmpty { article.warnings.append("no article text found on the page") }
        let sample = [article.title ?? "", drafts.prefix(4).map(\.text).joined(separator: " ")].joined(separator: " ")
        article.language = LanguageIdentifier.identify(sample)
        if article.language == .undetermined, drafts.isEmpty, let lang = signals.htmlLanguage?.lowercasedLatin() {
            article.language = lang.hasPrefix("vi") ? .vietnamese : lang.hasPrefix("es") ? .spanish
                : lang.hasPrefix("en") ? .english : .undetermined
        }
        return article
    }

    /// Drops an XML declaration and a DOCTYPE's internal subset: the HTML
    /// parser would show entity declarations as text (it never expands them).
    /// (A view of the text, not a copy: pages are large.)
    static func strippingPrologue(_ text: String) -> Substring {
        var rest = Substring(text).drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if rest.hasPrefix("<?xml"), let end = rest.range(of: "?>") {
            rest = rest[end.upperBound...].drop(while: \.isWhitespace)
        }
        guard rest.prefix(9).lowercasedLatin() == "<!doctype" else { return rest }
        guard let close = rest.firstIndex(of: ">") else { return rest }
        // An internal subset opens before the DOCTYPE's first ">".
        if rest[..<close].contains("["), let subsetEnd = rest.range(of: "]>") {
            return rest[subsetEnd.upperBound...]
        }
        return rest
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercasedLatin()).inserted }
    }
}
