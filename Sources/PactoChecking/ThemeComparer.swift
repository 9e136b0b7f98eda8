import Foundation
import PactoModel

/// Compares a pact's theme (a quoted slogan) with its translation word by
/// word of the glossary's theme vocabulary: "Kỷ cương trách nhiệm, chủ
/// động kịp thời, tăng tốc sáng tạo" rendered "Disciplina, responsabilidad,
/// proactividad y aceleración de la innovación" leaves "kịp thời" out.
struct ThemeComparer: Sendable {
    let context: CheckContext

    struct Result: Sendable {
        /// The translated slogan, when one was found.
        var translation: String?
        var span: Span?
        /// Theme words of the original, by glossary id, and their Vietnamese form.
        var words: [(id: String, form: String)]
        var notRendered: [(id: String, form: String)]
    }

    func compare(_ theme: String, evidence: Evidence?) -> Result {
        let glossary = context.glossary
        let source = ScannedText(theme)
        let words = glossary.mentions(in: source, language: .vietnamese, kinds: [.theme]).map { mention in
            (id: mention.entry, form: source.string(mention.range))
        }
        let segment = context.sourceSegment(for: evidence) ?? context.sourceSegment(containing: theme)
        let scope = context.scope(of: segment) ?? []
        // The quote of the aligned passage that renders most theme words.
        var best: (Segment, Range<Int>)?
        var bestScore = -1
        for target in scope {
            for range in Self.quotes(in: target.text) {
                let rendered = renderedIDs(in: context.span(target, range).text)
                let score = words.filter { rendered.contains($0.id) }.count
                if score > bestScore {
                    best = (target, range)
                    bestScore = score
                }
            }
        }
        if best == nil {
            // A quoted slogan elsewhere that renders most of the theme words.
            for target in context.targetSegments {
                for range in Self.quotes(in: target.text) where range.count > 8 {
                    let rendered = renderedIDs(in: context.span(target, range).text)
                    if words.filter({ rendered.contains($0.id) }).count * 2 >= max(1, words.count) {
                        best = (target, range)
                    }
                }
            }
        }
        let span = best.map { context.span($0.0, $0.1) }
        let searched = span?.text ?? scope.map(\.text).joined(separator: " ")
        let rendered = renderedIDs(in: searched)
        let notRendered = words.filter { !rendered.contains($0.id) }
        return Result(translation: span?.text, span: span, words: words, notRendered: notRendered)
    }

    func fact(_ theme: String, evidence: Evidence?) -> FactComparison {
        let result = compare(theme, evidence: evidence)
        let originalSpan = context.span(of: evidence)
        guard let translation = result.translation else {
            let anyWord = result.words.count > result.notRendered.count
            return FactComparison(
                field: "theme", original: theme, translation: nil, verdict: .missing, severity: .warning,
                note: anyWord ? "no quoted slogan in the translation" : "the theme is not in the translation",
                originalEvidence: originalSpan)
        }
        if result.notRendered.isEmpty {
            return FactComparison(
                field: "theme", original: theme, translation: translation, verdict: .match, severity: .info,
                originalEvidence: originalSpan, translationEvidence: result.span)
        }
        return FactComparison(
            field: "theme", original: theme, translation: translation, verdict: .mismatch, severity: .warning,
            note: "not rendered: " + result.notRendered.map(\.form).joined(separator: ", "),
            originalEvidence: originalSpan, translationEvidence: result.span)
    }

    func renderedIDs(in text: String) -> Set<String> {
        Set(context.glossary.mentions(in: ScannedText(text), language: .spanish, kinds: [.theme]).map(\.entry))
    }

    /// Ranges of quoted passages (inside the quote marks).
    static func quotes(in text: String) -> [Range<Int>] {
        let characters = Array(text)
        var ranges: [Range<Int>] = []
        var open: (Int, Character)?
        let pairs: [Character: Character] = ["\u{201C}": "\u{201D}", "\u{00AB}": "\u{00BB}", "\"": "\"", "\u{201E}": "\u{201C}"]
        for (index, character) in characters.enumerated() {
            if let (start, closing) = open, character == closing || (closing == "\u{201D}" && character == "\"") {
                if index > start + 1 { ranges.append((start + 1)..<index) }
                open = nil
            } else if open == nil, let closing = pairs[character] {
                open = (index, closing)
            }
        }
        return ranges
    }
}
