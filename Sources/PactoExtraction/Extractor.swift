import PactoModel

/// Turns an article into the meetings it reports. One rule set per language
/// stands behind this protocol; ``Extractors/extractor(for:)`` picks it.
public protocol Extractor: Sendable {
    /// The events the article reports (usually one, none when it reports no
    /// cluster or bloc meeting) and warnings about the document itself.
    func extract(from article: Article) -> Extraction
}

/// What an extractor found in one article.
public struct Extraction: Sendable, Hashable {
    public var events: [Event]
    /// Problems with the document itself: a stated member count that differs
    /// from the list, two pact years, an unknown place, an undatable date.
    public var warnings: [String]

    public init(events: [Event] = [], warnings: [String] = []) {
        self.events = events
        self.warnings = warnings
    }
}

/// The extractors Pacto ships.
public enum Extractors {
    /// The rule set for a language: Spanish for `es`, Vietnamese otherwise.
    public static func extractor(for language: Language, gazetteer: Gazetteer = .standard) -> any Extractor {
        switch language {
        case .spanish: return EventAssembler(rules: SpanishRules(), gazetteer: gazetteer)
        default: return EventAssembler(rules: VietnameseRules(), gazetteer: gazetteer)
        }
    }

    /// Extraction with the rule set of the article's language, plus the
    /// language guessed from the text when the reader could not tell.
    ///
    /// A body longer than ``maxBodyCharacters`` is read up to that length
    /// (whole blocks), with a warning: no conference report is nearly that long,
    /// and the rules' cost grows with the text, so a hostile page of
    /// megabytes cannot hold an import for minutes. Evidence offsets stay
    /// valid, since the kept blocks start the body.
    public static func extract(from article: Article, gazetteer: Gazetteer = .standard) -> Extraction {
        if let shortened = shortened(article) {
            var extraction = extract(from: shortened, gazetteer: gazetteer)
            extraction.warnings.append(
                "the body is longer than \(maxBodyCharacters) characters: events are taken from its first \(maxBodyCharacters)")
            return extraction
        }
        let language = article.language(among: [.vietnamese, .spanish]) ?? .vietnamese
        return extractor(for: language, gazetteer: gazetteer).extract(from: article)
    }

    /// The most body characters the rules read: conference reports run to a
    /// few thousand; 100,000 leaves room for a long page with its report.
    public static let maxBodyCharacters = 100_000

    /// The article cut to its first blocks within ``maxBodyCharacters``; nil when it fits.
    static func shortened(_ article: Article) -> Article? {
        // No more bytes than the limit: no more characters either.
        let bytes = article.blocks.reduce(0) { $0 + $1.text.utf8.count + Article.blockSeparator.utf8.count }
        if bytes <= maxBodyCharacters { return nil }
        var total = 0
        var kept: [Block] = []
        var cut = false
        for block in article.blocks {
            if block.kind != .caption {
                let length = block.text.count + (total > 0 ? Article.blockSeparator.count : 0)
                if total + length > maxBodyCharacters {
                    cut = true
                    break
                }
                total += length
            }
            kept.append(block)
        }
        guard cut else { return nil }
        var shortened = article
        shortened.blocks = kept
        return shortened
    }
}
