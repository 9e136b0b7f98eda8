import PactoModel

/// Article bodies split across sibling containers: page builders and
/// paywalls put each run of paragraphs in a section of its own
/// (`section > div.row > div.col > div.text`), an intro box stands beside
/// the paragraphs, a live blog repeats one entry template. The scoring sees
/// one of them; this finds the others.
extension ContentFinder {
    /// How many levels above the chosen container the region may reach.
    static let regionLevels = 8

    /// Prose units outside `taken` in the article region around `chosen`,
    /// with the headings that open them.
    ///
    /// The region is the highest ancestor (at most ``regionLevels`` up, never
    /// past `<body>`, an `<article>`, `<main>` or an element named the article
    /// body) whose text outside the chosen container is mostly prose and
    /// little link text; every step up must stay so. Its prose units (a
    /// paragraph-like element of at least 120 characters and few links) join
    /// the body, with the headings right before them. Only a fragment looks
    /// for the rest: when the chosen container holds most of the prose
    /// around it, what is outside is teasers, comments or a note.
    /// - Complexity: O(n) in the region's nodes.
    func splitSiblings(of chosen: Int, besides taken: [Int], _ measures: RegionMeasures) -> [Int] {
        let region = articleRegion(around: chosen, measures)
        guard region != chosen else { return [] }
        var found: [Int] = []
        let end = tree.subtreeEnd(region)
        var index = region + 1
        while index <= end {
            if removed[index] || taken.contains(where: { $0 == index }) || index == chosen {
                index = tree.subtreeEnd(index) + 1
                continue
            }
            if tree.nodes[index].kind == .element, taken.contains(where: { tree.isInside($0, index) }) || tree.isInside(chosen, index) {
                // An ancestor of what is already taken: look inside it.
                index += 1
                continue
            }
            if index > chosen, tree.nodes[index].kind == .element, opensTail(index) { break }
            if tree.nodes[index].kind == .element, isProseUnit(index, measures) {
                found.append(index)
                index = tree.subtreeEnd(index) + 1
                continue
            }
            index += 1
        }
        guard !found.isEmpty else { return [] }
        found += shortParagraphs(beside: found, besides: taken + [chosen])
        // A heading right before a unit (or before the chosen container) opens it.
        let joined = Set(found + taken + [chosen])
        var headings: [Int] = []
        index = region + 1
        while index <= end {
            let name = tree.nodes[index].name
            if !removed[index], ["h2", "h3", "h4", "h5", "h6"].contains(name), !joined.contains(where: { tree.isInside(index, $0) }),
               let next = nextElementSibling(of: index), joined.contains(next) {
                headings.append(index)
            }
            index += 1
        }
        return found + headings
    }

    /// The highest ancestor of `chosen` whose text outside it reads as
    /// article prose (see ``splitSiblings(of:besides:)``).
    private func articleRegion(around chosen: Int, _ measures: RegionMeasures) -> Int {
        var region = chosen
        var current = chosen
        var outsideText = 0
        var outsideLinks = 0
        var outsideProse = 0
        for _ in 0..<Self.regionLevels {
            if isBoundary(current) { break }
            let parent = tree.nodes[current].parent
            guard parent >= 0, !removed[parent], tree.nodes[parent].name != "body", tree.nodes[parent].name != "html" else { break }
            outsideText += measures.keptText[parent] - measures.keptText[current]
            outsideLinks += measures.keptLinks[parent] - measures.keptLinks[current]
            outsideProse += measures.prose[parent] - measures.prose[current]
            // Menus, teasers and link lists beside the body: stop below them.
            let other = outsideText - outsideProse
            if outsideLinks * 100 > max(outsideText, 100) * 30 || other > outsideProse + 150 { break }
            current = parent
            // Only a fragment looks for the rest: beside a whole body the
            // outside prose is teasers, comments, an author's note.
            if outsideProse * 2 >= measures.prose[chosen] { region = current }
        }
        return region
    }

    /// Text, link text and prose (own text of scoring units) per node,
    /// furniture left out.
    struct RegionMeasures {
        var keptText: [Int]
        var keptLinks: [Int]
        var prose: [Int]

        /// - Parameter units: per node, the own text of a scoring unit (0 otherwise).
        /// - Complexity: O(n).
        init(finder: ContentFinder, units: [Int]) {
            let count = finder.tree.nodes.count
            keptText = Array(repeating: 0, count: count)
            keptLinks = Array(repeating: 0, count: count)
            prose = units
            for index in (0..<count).reversed() {
                let parent = finder.tree.nodes[index].parent
                if finder.removed[index] {
                    prose[index] = 0
                    continue
                }
                if finder.tree.nodes[index].kind == .text {
                    keptText[index] = finder.textLength[index]
                } else if finder.tree.nodes[index].name == "a" {
                    keptLinks[index] = keptText[index]
                }
                guard parent >= 0 else { continue }
                keptText[parent] += keptText[index]
                keptLinks[parent] += keptLinks[index]
                prose[parent] += prose[index]
            }
        }
    }

    /// `<article>`, `<main>` and an element named the article body end the region.
    private func isBoundary(_ index: Int) -> Bool {
        let name = tree.nodes[index].name
        return name == "article" || name == "main" || tree.nodes[index].attributes["itemprop"]?.lowercasedLatin() == "articlebody"
    }

    /// A paragraph of the body: paragraph-like, few links, long enough.
    private func isProseUnit(_ index: Int, _ measures: RegionMeasures) -> Bool {
        guard isParagraphLike(index), linkDensity(index) < 0.25 else { return false }
        let name = tree.nodes[index].name
        if name == "td" || name == "dd" { return false }
        return measures.keptText[index] >= 120
    }

    /// A heading or short line opening the page's tail ("Related news",
    /// "Comments"), or a form: the article has ended.
    private func opensTail(_ index: Int) -> Bool {
        let name = tree.nodes[index].name
        if name == "form" { return true }
        guard ["h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong"].contains(name), textLength[index] <= 60,
              let line = tree.line(of: index, maxCharacters: 60)
        else { return false }
        return InterfaceText.opensTail(line)
    }

    /// Short `<p>`s without links that end a sentence, beside units already
    /// found (a closing line of the article).
    private func shortParagraphs(beside found: [Int], besides taken: [Int]) -> [Int] {
        var seen = Set(found + taken)
        var short: [Int] = []
        for unit in found {
            let parent = tree.nodes[unit].parent
            guard parent >= 0 else { continue }
            for sibling in tree.nodes[parent].children where !seen.contains(sibling) && !removed[sibling] {
                guard tree.nodes[sibling].name == "p", linkLength[sibling] == 0, textLength[sibling] >= 25,
                      PlainTextReader.endsSentence(TextNormalizer.line(tree.text(of: sibling)))
                else { continue }
                seen.insert(sibling)
                short.append(sibling)
            }
        }
        return short
    }

    private func nextElementSibling(of index: Int) -> Int? {
        let parent = tree.nodes[index].parent
        guard parent >= 0 else { return nil }
        let siblings = tree.nodes[parent].children
        guard let position = siblings.firstIndex(of: index) else { return nil }
        return siblings[(position + 1)...].first { tree.nodes[$0].kind == .element }
    }
}
