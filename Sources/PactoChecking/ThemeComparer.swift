import Foundation
import PactoModel

/// Compares a pact's theme (a quoted slogan) with its translation by
/// meaning, word by word of the glossary's theme vocabulary
/// (``ThemeRendering``): "Kỷ cương trách nhiệm, chủ động kịp thời, tăng tốc
/// sáng tạo" rendered "Disciplina, responsabilidad, proactividad y
/// aceleración de la innovación" leaves "kịp thời" out, an error on
/// `theme`; "Unidad, innovación y eficacia" for "Đoàn kết, đổi mới, hiệu
/// quả" renders every word, in other words than "Solidaridad, renovación,
/// eficiencia" would.
struct ThemeComparer: Sendable {
    let context: CheckContext

    struct Result: Sendable {
        /// The translated slogan, when one was found.
        var translation: String?
        var span: Span?
        var rendering: ThemeRendering

        var words: [ThemeRendering.Word] { rendering.words }
        var notRendered: [ThemeRendering.Word] { rendering.notRendered }
    }

    func compare(_ theme: String, evidence: Evidence?) -> Result {
        let segment = context.sourceSegment(for: evidence) ?? context.sourceSegment(containing: theme)
        let scope = context.scope(of: segment) ?? []
        // The quote of the aligned passage that renders most theme words.
        var best: (span: Span, rendering: ThemeRendering)?
        for target in scope {
            for range in Self.quotes(in: target.text) {
                let span = context.span(target, range)
                let rendering = rendering(theme, in: span.text)
                if rendering.renderedCount > 0, rendering.renderedCount > best?.rendering.renderedCount ?? 0 {
                    best = (span, rendering)
                }
            }
        }
        if best == nil {
            // A quoted slogan elsewhere that renders at least half the theme words.
            for target in context.targetSegments {
                for range in Self.quotes(in: target.text) where range.count > 8 {
                    let span = context.span(target, range)
                    let rendering = rendering(theme, in: span.text)
                    if rendering.renderedCount > 0, rendering.renderedCount * 2 >= max(1, rendering.words.count) {
                        best = (span, rendering)
                    }
                }
            }
        }
        if let best { return Result(translation: best.span.text, span: best.span, rendering: best.rendering) }
        return Result(translation: nil, span: nil, rendering: rendering(theme, in: scope.map(\.text).joined(separator: " ")))
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
        if result.notRendered.isEmpty, !result.rendering.condensed.isEmpty {
            // A phrase condensed into fewer words ("chủ động kịp thời" → "proactividad"): worth a look, not an error.
            return FactComparison(
                field: "theme", original: theme, translation: translation, verdict: .mismatch, severity: .warning,
                note: "condensed, not rendered word for word: " + result.rendering.condensed.map(\.form).joined(separator: ", "),
                originalEvidence: originalSpan, translationEvidence: result.span)
        }
        if result.notRendered.isEmpty {
            return FactComparison(
                field: "theme", original: theme, translation: translation, verdict: .match, severity: .info,
                originalEvidence: originalSpan, translationEvidence: result.span)
        }
        // A word of the slogan dropped, or replaced by another.
        var note = "not rendered: " + result.notRendered.map(\.form).joined(separator: ", ")
        // What took a replaced word's place, when that is clear (no more
        // Spanish theme words left over than words not rendered).
        let unpaired = result.rendering.unpaired
        if !unpaired.isEmpty, unpaired.count <= result.notRendered.count { note += "; in its place: " + unpaired.joined(separator: ", ") }
        return FactComparison(
            field: "theme", original: theme, translation: translation, verdict: .mismatch, severity: .error,
            note: note, originalEvidence: originalSpan, translationEvidence: result.span)
    }

    func rendering(_ theme: String, in text: String) -> ThemeRendering {
        ThemeRendering(theme: theme, translation: text, glossary: context.glossary)
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
