extension Article {
    /// The article's language when it must be one of `candidates` (a rule
    /// set to choose, one side of a translation pair): the reader's label
    /// when it is a candidate, else the candidate its text leans to
    /// (``LanguageIdentifier/identify(_:among:)`` over the title and
    /// blocks); nil when the text gives no evidence for any.
    public func language(among candidates: [Language]) -> Language? {
        if candidates.contains(language) { return language }
        let text = ([title ?? ""] + blocks.map(\.text)).joined(separator: "\n")
        return LanguageIdentifier.identify(text, among: candidates)
    }
}
