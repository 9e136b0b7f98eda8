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
        case .spanish: return SpanishExtractor(gazetteer: gazetteer)
        default: return VietnameseExtractor(gazetteer: gazetteer)
        }
    }

    /// Extraction with the rule set of the article's language, plus the
    /// language guessed from the text when the reader could not tell.
    public static func extract(from article: Article, gazetteer: Gazetteer = .standard) -> Extraction {
        var language = article.language
        if language == .undetermined || language == .english {
            language = LanguageGuess.language(of: article.title.map { $0 + "\n" + article.body } ?? article.body)
        }
        return extractor(for: language, gazetteer: gazetteer).extract(from: article)
    }
}
