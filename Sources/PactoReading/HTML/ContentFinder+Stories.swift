import PactoModel

/// Pages that append the next stories below the first one (infinite
/// scroll): each story is an `<article>` with its own `<h1>`, side by side,
/// and a later one may hold more prose than the page's own. The page's
/// story is the one its headline opens.
extension ContentFinder {
    /// The `<article>` that holds the headline, when the body was found in
    /// another `<article>` beside it that has an `<h1>` of its own (nil
    /// otherwise, and when the headline's article holds no prose).
    func headlineStory(_ headline: Int?, body roots: [Int]) -> Int? {
        guard let headline, let first = roots.first else { return nil }
        let own = nearestArticle(headline)
        guard own >= 0, !tree.isInside(first, own), paragraphLength[own] >= Self.storyMinimum else { return nil }
        let other = nearestArticle(first)
        guard other >= 0, !tree.isInside(own, other), hasOwnHeadline(other) else { return nil }
        return own
    }

    /// Least paragraph text (characters) of a story read instead of the one
    /// the scoring chose.
    static let storyMinimum = 200

    /// An `<h1>` inside `story` and not set aside.
    private func hasOwnHeadline(_ story: Int) -> Bool {
        let end = tree.subtreeEnd(story)
        return (story...end).contains { tree.nodes[$0].name == "h1" && !removed[$0] }
    }
}
