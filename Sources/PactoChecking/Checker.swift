import Foundation
import PactoExtraction
import PactoModel

/// Holds a Spanish report against its Vietnamese original (or the other
/// way round): aligns their passages, compares every fact of the
/// extraction contract, and checks terminology.
///
/// ```swift
/// let checker = try Checker()
/// let report = try checker.check(original: vietnamese, translation: spanish)
/// report.errors   // contradicted or lost facts
/// ```
public struct Checker: Sendable {
    public let glossary: Glossary
    public let gazetteer: Gazetteer

    public init(glossary: Glossary, gazetteer: Gazetteer = .standard) {
        self.glossary = glossary
        self.gazetteer = gazetteer
    }

    /// A checker with the shipped glossary.
    public init() throws(CheckError) {
        self.init(glossary: try Glossary.bundled())
    }

    /// Checks a translation against its original, both as the reader read
    /// them (`Reader`: any encoding, HTML or text).
    ///
    /// - Throws: ``CheckError`` when the two are not one Vietnamese and one
    ///   Spanish text, or one is empty.
    public func check(original: Article, translation: Article) throws(CheckError) -> CheckReport {
        // Each side as the language identifier tells, else the reader's label.
        var originalLanguage = original.language(among: [.vietnamese, .spanish]) ?? original.language
        var translationLanguage = translation.language(among: [.vietnamese, .spanish]) ?? translation.language
        // One text of a pair told, the other not: it is the other language.
        let known: Set<Language> = [.vietnamese, .spanish]
        if known.contains(originalLanguage) && !known.contains(translationLanguage) {
            translationLanguage = originalLanguage == .vietnamese ? .spanish : .vietnamese
        } else if known.contains(translationLanguage) && !known.contains(originalLanguage) {
            originalLanguage = translationLanguage == .vietnamese ? .spanish : .vietnamese
        }
        if originalLanguage == translationLanguage {
            // The reader may call a Spanish text full of Vietnamese names
            // Vietnamese: the text with clearly more Vietnamese words is.
            let a = Self.vietnameseShare(original)
            let b = Self.vietnameseShare(translation)
            if a > 3 * b && a > 0.02 {
                (originalLanguage, translationLanguage) = (.vietnamese, .spanish)
            } else if b > 3 * a && b > 0.02 {
                (originalLanguage, translationLanguage) = (.spanish, .vietnamese)
            }
        }
        let swapped: Bool
        switch (originalLanguage, translationLanguage) {
        case (.vietnamese, .spanish): swapped = false
        case (.spanish, .vietnamese): swapped = true
        default:
            throw CheckError(.languages, detail:
                "\(original.file) is \(originalLanguage.rawValue) and \(translation.file) is \(translationLanguage.rawValue); "
                + "one must be Vietnamese and the other Spanish")
        }
        for article in [original, translation] where article.blocks.isEmpty && (article.title ?? "").isEmpty {
            throw CheckError(.empty, detail: "\(article.file) has no text")
        }
        var source = swapped ? translation : original
        var target = swapped ? original : translation
        source.language = .vietnamese
        target.language = .spanish
        let report = compare(source: source, target: target)
        return swapped ? report.swapped() : report
    }

    /// The share of an article's words that only Vietnamese spells so.
    static func vietnameseShare(_ article: Article) -> Double {
        LanguageIdentifier.vietnameseShare(([article.title ?? ""] + article.blocks.map(\.text)).joined(separator: "\n"))
    }

    func compare(source: Article, target: Article) -> CheckReport {
        let finder = AnchorFinder(gazetteer: gazetteer, glossary: glossary)
        let segmenter = Segmenter(finder: finder)
        let sourceSegments = segmenter.segments(of: source, language: .vietnamese)
        let targetSegments = segmenter.segments(of: target, language: .spanish)
        let groups = AlignmentRepair(segmenter: segmenter).repaired(
            Aligner().align(sourceSegments, targetSegments), source: sourceSegments, target: targetSegments)
        let extraction = Extractors.extractor(for: .vietnamese, gazetteer: gazetteer).extract(from: source)
        let targetExtraction = Extractors.extractor(for: .spanish, gazetteer: gazetteer).extract(from: target)
        let context = CheckContext(
            source: source, target: target, sourceSegments: sourceSegments, targetSegments: targetSegments,
            groups: groups, document: extraction, targetDocument: targetExtraction, finder: finder, glossary: glossary,
            gazetteer: gazetteer, segmenter: segmenter)

        var facts = FactComparer(context: context).compare()
        let reported = Set(facts.filter { $0.verdict == .mismatch }.compactMap(\.translationEvidence))
        let reportedOriginals = Set(facts.filter { $0.verdict != .match }.compactMap(\.originalEvidence))
        facts += AnchorDiff(context: context).differences(known: []).filter { fact in
            !(fact.translationEvidence.map(reported.contains) ?? false)
                && !(fact.originalEvidence.map(reportedOriginals.contains) ?? false)
        }
        let leftovers = Set(glossary.leftovers.map(Folding.key))
        let (omitted, added) = SegmentJudge(context: context, segmenter: segmenter).judge(leftovers: leftovers)
        let terms = TermChecker(context: context).findings()

        func document(_ article: Article, _ segments: [Segment], events: [Event]) -> CheckedDocument {
            CheckedDocument(
                file: article.file, language: article.language, title: article.title, published: article.published,
                authors: article.authors, events: events, segments: segments.map(\.text),
                segmentKinds: segments.map(\.kind.rawValue))
        }
        return CheckReport(
            original: document(source, sourceSegments, events: extraction.events),
            // The Spanish rule set's events, when it finds any, for the record.
            translation: document(target, targetSegments, events: targetExtraction.events),
            facts: facts,
            segments: SegmentReport(omitted: omitted, added: added),
            terms: terms,
            alignment: groups.map { AlignedPair(original: $0.original, translation: $0.translation, similarity: $0.similarity) })
    }
}

extension CheckReport {
    /// The same report seen from the other side: when the Spanish text was
    /// given as the original, "missing" (from the translation) becomes
    /// "added" and the other way round.
    func swapped() -> CheckReport {
        var copy = self
        copy.original = translation
        copy.translation = original
        copy.facts = facts.map { fact in
            var flipped = fact
            flipped.original = fact.translation
            flipped.translation = fact.original
            flipped.originalEvidence = fact.translationEvidence
            flipped.translationEvidence = fact.originalEvidence
            flipped.verdict = switch fact.verdict {
            case .missing: .added
            case .added: .missing
            default: fact.verdict
            }
            return flipped
        }
        copy.segments = SegmentReport(omitted: segments.added, added: segments.omitted)
        copy.alignment = alignment.map { AlignedPair(original: $0.translation, translation: $0.original, similarity: $0.similarity) }
        return copy
    }
}
