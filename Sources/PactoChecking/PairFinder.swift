import Foundation
import PactoExtraction
import PactoModel

/// Finds which documents of a folder are translations of which, by the
/// facts they share: the cluster's number, the year, the date, the
/// provinces, the people, the numbers. Each Vietnamese document pairs with
/// at most one Spanish document, best matches first.
public struct PairFinder: Sendable {
    public struct Pair: Sendable, Hashable {
        /// Index of the Vietnamese document.
        public var original: Int
        /// Index of the Spanish document.
        public var translation: Int
        /// Shared facts over all facts, 0...1.
        public var score: Double
    }

    public struct Result: Sendable, Hashable {
        public var pairs: [Pair]
        /// Documents with no partner (or of neither language).
        public var unpaired: [Int]
    }

    let finder: AnchorFinder
    /// The least score for two documents to be a pair.
    public var threshold = 0.3

    public init(glossary: Glossary, gazetteer: Gazetteer = .standard) {
        finder = AnchorFinder(gazetteer: gazetteer, glossary: glossary)
    }

    public func pairs(of articles: [Article]) -> Result {
        var vietnamese: [(Int, Set<String>)] = []
        var spanish: [(Int, Set<String>)] = []
        var unpaired: [Int] = []
        for (index, article) in articles.enumerated() {
            let language = article.language(among: [.vietnamese, .spanish]) ?? article.language
            switch language {
            case .vietnamese: vietnamese.append((index, facts(of: article, language: language)))
            case .spanish: spanish.append((index, facts(of: article, language: language)))
            default: unpaired.append(index)
            }
        }
        var candidates: [Pair] = []
        for (left, leftFacts) in vietnamese {
            for (right, rightFacts) in spanish {
                let union = leftFacts.union(rightFacts).count
                guard union > 0 else { continue }
                let score = Double(leftFacts.intersection(rightFacts).count) / Double(union)
                if score >= threshold { candidates.append(Pair(original: left, translation: right, score: score)) }
            }
        }
        candidates.sort { $0.score > $1.score || ($0.score == $1.score && ($0.original, $0.translation) < ($1.original, $1.translation)) }
        var used = Set<Int>()
        var pairs: [Pair] = []
        for candidate in candidates where !used.contains(candidate.original) && !used.contains(candidate.translation) {
            pairs.append(candidate)
            used.insert(candidate.original)
            used.insert(candidate.translation)
        }
        unpaired += (vietnamese.map(\.0) + spanish.map(\.0)).filter { !used.contains($0) }
        return Result(pairs: pairs.sorted { $0.original < $1.original }, unpaired: unpaired.sorted())
    }

    /// The comparable facts of a document: its factual anchors as
    /// "kind:key" (numbers, dates, provinces, names, ministries).
    func facts(of article: Article, language: Language) -> Set<String> {
        let text = ([article.title ?? ""] + article.blocks.map(\.text)).joined(separator: "\n")
        let anchors = finder.anchors(of: ScannedText(text), language: language)
        let kinds: Set<Anchor.Kind> = [.number, .date, .province, .name, .field, .award]
        return Set(anchors.list.filter { kinds.contains($0.kind) }.map { "\($0.kind.rawValue):\($0.key)" })
    }
}
