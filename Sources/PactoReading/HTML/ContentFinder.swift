import PactoModel
/// Finds the article among a page's furniture.
///
/// 1. Furniture is set aside whole: scripts and forms' widgets, `nav`,
///    `aside`, `footer`, page-level `header`, hidden elements, and elements
///    whose class or id names furniture (menu, share, tin-lien-quan,
///    binh-luan…) unless they hold most of the page's paragraph text.
/// 2. Every paragraph-like element scores by its length and commas and
///    passes the score to its parent, grandparent and great-grandparent;
///    containers named for content score more, link-heavy ones less.
/// 3. The best container wins; siblings that score well or read as prose
///    join it; the lead paragraph (sapo) above it joins too.
struct ContentFinder {
    let tree: HTMLTree
    /// Per node: is it (or an ancestor) set aside as furniture?
    private(set) var removed: [Bool]
    /// Per node: length of its normalised-ish text and of the text inside links.
    private(set) var textLength: [Int]
    private(set) var linkLength: [Int]
    private(set) var paragraphLength: [Int]
    /// Per node: commas in its text.
    private(set) var commas: [Int]
    /// Per node: what its class and id say.
    let flags: [ClassHints.Flags]

    /// Keeps elements whose class names both the content and furniture
    /// ("entry-content read-more"): the second reading of a page whose
    /// first one found no paragraph.
    let keepsNamedContent: Bool

    init(tree: HTMLTree, keepsNamedContent: Bool = false) {
        self.tree = tree
        self.keepsNamedContent = keepsNamedContent
        let count = tree.nodes.count
        removed = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        paragraphLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        flags = ClassHints.table(for: tree)
        measure()
        markFurniture()
    }

    /// Elements whose text never belongs to the article.
    static let furnitureTags: Set<String> = [
        "script", "style", "noscript", "iframe", "button", "select", "option", "textarea", "input", "svg", "canvas",
        "nav", "aside", "footer", "menu", "map", "object", "embed", "template", "dialog", "head", "label", "noscript",
        "rt", "rp",
    ]

    /// Tags whose text is a paragraph of its own.
    static let paragraphTags: Set<String> = ["p", "pre", "blockquote", "td", "li", "dd", "h2", "h3", "h4", "font", "span"]

    /// Bottom-up lengths: text, text inside links, text inside paragraph-like elements.
    private mutating func measure() {
        tree.nodes.withUnsafeBufferPointer { nodes in
            for index in nodes.indices.reversed() {
                // Fields one by one: copying a node retains all its strings.
                let kind = nodes[index].kind
                let parent = nodes[index].parent
                if kind == .text {
                    let (length, commaCount) = Self.measureText(nodes[index].text)
                    textLength[index] = length
                    commas[index] = commaCount
                    if parent >= 0 {
                        let parentName = nodes[parent].name
                        if parentName == "p" || parentName == "div" || parentName == "td" || parentName == "font"
                            || parentName == "span" || parentName == "blockquote" || parentName == "li"
                            || parentName == "strong" || parentName == "b" || parentName == "em" || parentName == "i" {
                            paragraphLength[index] = length
                        }
                    }
                } else {
                    let name = nodes[index].name
                    if name == "a" {
                        linkLength[index] = textLength[index]
                    }
                    if name == "script" || name == "style" || name == "title" {
                        textLength[index] = 0
                        linkLength[index] = 0
                        paragraphLength[index] = 0
                    }
                }
                if parent >= 0 {
                    textLength[parent] += textLength[index]
                    linkLength[parent] += linkLength[index]
                    paragraphLength[parent] += paragraphLength[index]
                    commas[parent] += commas[index]
                }
            }
        }
    }

    /// Characters of text with space runs counted once (scalars, on UTF-8
    /// bytes: this runs over every text node of every page).
    static func visibleLength(_ text: String) -> Int {
        measureText(text).length
    }

    /// ``visibleLength(_:)`` and the commas of a text, in one pass over its bytes.
    static func measureText(_ text: String) -> (length: Int, commas: Int) {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var commas = 0
            var inSpace = true
            var previous: UInt8 = 0
            for byte in bytes {
                defer { previous = byte }
                if byte & 0xC0 == 0x80 {
                    // A continuation byte; "\u{A0}" (C2 A0) is a space.
                    if previous == 0xC2, byte == 0xA0 {
                        count -= inSpace ? 1 : 0
                        inSpace = true
                    }
                    continue
                }
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    if !inSpace { count += 1 }
                    inSpace = true
                } else {
                    if byte == 0x2C { commas += 1 }
                    count += 1
                    inSpace = false
                }
            }
            return (count, commas)
        }
    }

    func linkDensity(_ index: Int) -> Double {
        let length = textLength[index]
        return length == 0 ? 0 : Double(linkLength[index]) / Double(length)
    }

    private static func isHidden(name: String, attributes: HTMLTree.Attributes) -> Bool {
        if attributes.isEmpty { return false }
        if attributes["hidden"] != nil { return true }
        if attributes["aria-hidden"]?.lowercasedLatin() == "true", name != "span", name != "i" { return true }
        if let style = attributes["style"]?.lowercasedLatin().filter({ !$0.isWhitespace }),
           ByteSearch.contains("display:none", in: style) || ByteSearch.contains("visibility:hidden", in: style) {
            return true
        }
        return false
    }

    private mutating func markFurniture() {
        let pageParagraphs = max(1, paragraphLength.first ?? 1)
        let protected = protectedAncestors()
        var insideArticle = Array(repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices {
            // Fields in place: copying a node retains all its strings.
            let parent = tree.nodes[index].parent
            if parent >= 0 {
                if removed[parent] {
                    removed[index] = true
                    continue
                }
                insideArticle[index] = insideArticle[parent]
            }
            guard tree.nodes[index].kind == .element else { continue }
            let node = (name: tree.nodes[index].name, attributes: tree.nodes[index].attributes)
            if node.name == "article" || node.name == "main" { insideArticle[index] = true }
            let share = Double(paragraphLength[index]) / Double(pageParagraphs)
            let wrapsPage = share > 0.5 || protected.contains(index)
            if Self.furnitureTags.contains(node.name) {
                // A theme may put the whole page inside <nav> or <aside>.
                if !wrapsPage || node.name == "script" || node.name == "style" || node.name == "head" { removed[index] = true }
            } else if node.name == "header", !insideArticle[index], !wrapsPage {
                removed[index] = true
            } else if Self.isHidden(name: node.name, attributes: node.attributes), !wrapsPage {
                removed[index] = true
            } else if node.name == "form", share < 0.3, linkDensity(index) > 0.5 || containsFormFields(index) {
                removed[index] = true
            } else if !["body", "html", "main", "article"].contains(node.name), !BlockWriter.inlineTags.contains(node.name),
                      !protected.contains(index) {
                let flags = flags[index]
                if keepsNamedContent, flags.contains(.content), paragraphLength[index] >= 200 {
                    // Named content too, with prose: kept on the second reading.
                } else if flags.contains(.boilerplate), share < 0.3 {
                    removed[index] = true
                } else if flags.contains(.weakBoilerplate), share < 0.3,
                          linkDensity(index) >= 0.3 || paragraphLength[index] < 150 {
                    removed[index] = true
                } else if flags.contains(.date), !flags.contains(.content), textLength[index] < 150 {
                    // The stamp is read from the whole page; it is not body text.
                    removed[index] = true
                } else if node.name == "ul" || node.name == "ol" || node.name == "table" || node.name == "div" {
                    // Link lists: menus and "related news" without naming themselves.
                    if textLength[index] > 0, linkDensity(index) > 0.65, share < 0.3 {
                        removed[index] = true
                    }
                }
            }
        }
    }

    /// Ancestors of elements that name themselves the article body and hold
    /// real prose: a wrapper named like furniture ("widget", "post-box top")
    /// must not take the article with it.
    private func protectedAncestors() -> Set<Int> {
        var protected = Set<Int>()
        for index in tree.nodes.indices where tree.nodes[index].kind == .element {
            let named = tree.nodes[index].attributes["itemprop"]?.lowercasedLatin() == "articlebody"
                || (flags[index].contains(.content) && !flags[index].contains(.boilerplate))
            guard named, paragraphLength[index] >= 400, linkDensity(index) < 0.3 else { continue }
            var current = index
            while current >= 0, protected.insert(current).inserted {
                current = tree.nodes[current].parent
            }
        }
        return protected
    }

    private func containsFormFields(_ index: Int) -> Bool {
        let end = tree.subtreeEnd(index)
        return (index...end).contains { ["input", "textarea", "select", "button"].contains(tree.nodes[$0].name) }
    }

    /// The elements holding the article, in document order; only inside
    /// `scope` when one is given (the story the headline opens).
    func mainContent(within scope: Int? = nil) -> [Int] {
        var scores: [Int: Double] = [:]
        var units = Array(repeating: 0, count: tree.nodes.count)
        let candidates = scope.map { $0..<(tree.subtreeEnd($0) + 1) } ?? tree.nodes.indices
        for index in candidates where tree.nodes[index].kind == .element && !removed[index] {
            guard isParagraphLike(index) else { continue }
            let length = ownTextLength(index)
            guard length >= 25 else { continue }
            units[index] = length
            let score = 1 + Double(min(commas[index], 20)) + min(Double(length) / 100, 3)
            var ancestor = tree.nodes[index].parent
            var level = 1
            while ancestor >= 0, level <= 3 {
                if !removed[ancestor] {
                    scores[ancestor, default: initialScore(ancestor)] += score / Double(level == 1 ? 1 : level == 2 ? 2 : 3)
                }
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        guard !scores.isEmpty else {
            // No prose anywhere: the body, if it has any text.
            if let scope { return [scope] }
            let body = tree.nodes.indices.first { tree.nodes[$0].name == "body" } ?? 0
            return tree.nodes.isEmpty ? [] : [body]
        }
        var best = -1
        var bestScore = -Double.infinity
        for (index, raw) in scores where scope.map({ tree.isInside(index, $0) }) ?? true {
            let score = raw * (1 - linkDensity(index))
            if score > bestScore || (score == bestScore && index < best) {
                best = index
                bestScore = score
            }
        }
        guard best >= 0 else { return scope.map { [$0] } ?? [] }
        // Climb while the parent holds much more prose of the same kind
        // (the best scorer is often one of several sibling blocks).
        var chosen = best
        var chosenScore = bestScore
        while case let parent = tree.nodes[chosen].parent, parent >= 0, !removed[parent] {
            guard let parentRaw = scores[parent], scope.map({ tree.isInside(parent, $0) }) ?? true else { break }
            let parentScore = parentRaw * (1 - linkDensity(parent))
            if parentScore >= chosenScore * 0.9, tree.nodes[parent].name != "body" {
                chosen = parent
                chosenScore = parentScore
            } else {
                break
            }
        }
        var result: [Int] = []
        let parent = tree.nodes[chosen].parent
        let threshold = max(10, chosenScore * 0.2)
        if parent >= 0 {
            for sibling in tree.nodes[parent].children where !removed[sibling] {
                if sibling == chosen {
                    result.append(sibling)
                    continue
                }
                guard tree.nodes[sibling].kind == .element else { continue }
                let siblingScore = (scores[sibling] ?? 0) * (1 - linkDensity(sibling))
                let length = textLength[sibling]
                if siblingScore >= threshold {
                    result.append(sibling)
                } else if tree.nodes[sibling].name == "p" || isParagraphLike(sibling) {
                    let density = linkDensity(sibling)
                    if length > 80, density < 0.25 { result.append(sibling) }
                    else if length > 0, length <= 80, density == 0,
                            PlainTextReader.endsSentence(TextNormalizer.line(tree.text(of: sibling))) {
                        result.append(sibling)
                    }
                }
            }
        } else {
            result = [chosen]
        }
        result += sameTemplate(as: chosen, besides: result)
        result += splitSiblings(of: chosen, besides: result, RegionMeasures(finder: self, units: units))
        return result.sorted()
    }

    /// Blocks built from the same template as the chosen one (same tag and
    /// first class word) a few levels around it: articles split into several
    /// text sections by page builders, live blogs, "first paragraph" boxes.
    private func sameTemplate(as chosen: Int, besides taken: [Int]) -> [Int] {
        let node = tree.nodes[chosen]
        guard let firstClass = node.attributes["class"]?.split(separator: " ").first.map(String.init),
              !ClassHints.isGenerated(Substring(firstClass))
        else { return [] }
        var scope = chosen
        for _ in 0..<4 {
            let parent = tree.nodes[scope].parent
            guard parent >= 0, tree.nodes[parent].name != "body", tree.nodes[parent].name != "html" else { break }
            scope = parent
        }
        guard scope != chosen else { return [] }
        let article = nearestArticle(chosen)
        var found: [Int] = []
        let end = tree.subtreeEnd(scope)
        var index = scope + 1
        while index <= end {
            let candidate = tree.nodes[index]
            if removed[index] || tree.isInside(index, chosen) || taken.contains(where: { tree.isInside(index, $0) }) {
                index += 1
                continue
            }
            if candidate.kind == .element, candidate.name == node.name,
               candidate.attributes["class"]?.split(separator: " ").first.map(String.init) == firstClass,
               textLength[index] >= 50, linkDensity(index) < 0.3, nearestArticle(index) == article,
               !tree.isInside(chosen, index) {
                found.append(index)
                index = tree.subtreeEnd(index) + 1
                continue
            }
            index += 1
        }
        return found
    }

    func nearestArticle(_ index: Int) -> Int {
        var current = index
        while current >= 0 {
            if tree.nodes[current].name == "article" { return current }
            current = tree.nodes[current].parent
        }
        return -1
    }

    /// A scoring unit: a paragraph-like tag, or a container with text of its own.
    func isParagraphLike(_ index: Int) -> Bool {
        let name = tree.nodes[index].name
        if name == "p" || name == "pre" || name == "blockquote" || name == "td" || name == "dd" {
            return true
        }
        if name == "div" || name == "section" || name == "article"
            || name == "font" || name == "span" || name == "center" {
            return ownTextLength(index) >= 25
        }
        return false
    }

    /// Text in direct text children and inline descendants, not in nested blocks.
    func ownTextLength(_ index: Int) -> Int {
        var total = 0
        var stack = tree.nodes[index].children
        while let current = stack.popLast() {
            if removed[current] { continue }
            if tree.nodes[current].kind == .text {
                total += textLength[current]
            } else {
                let name = tree.nodes[current].name
                if BlockWriter.inlineTags.contains(name) {
                    if name == "a" { continue }
                    stack.append(contentsOf: tree.nodes[current].children)
                }
            }
        }
        return total
    }

    private func initialScore(_ index: Int) -> Double {
        let node = (name: tree.nodes[index].name, attributes: tree.nodes[index].attributes)
        var score: Double
        switch node.name {
        case "article": score = 10
        case "div", "section", "main": score = 5
        case "td", "pre", "blockquote": score = 3
        case "form", "ol", "ul", "dl", "li": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if flags[index].contains(.content) { score += 25 }
        if flags[index].contains(.boilerplate) { score -= 25 }
        if node.attributes["itemprop"]?.lowercasedLatin() == "articlebody" { score += 30 }
        return score
    }
}
