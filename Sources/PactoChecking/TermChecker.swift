import Foundation
import PactoExtraction
import PactoModel

/// Terminology: theme words the translation does not render, one source
/// term rendered more than one way, Vietnamese left untranslated, and page
/// interface text left in the translation. All warnings: the facts are
/// the fact comparison's business.
struct TermChecker: Sendable {
    let context: CheckContext

    func findings() -> [TermFinding] {
        themeFindings() + consistencyFindings() + untranslatedFindings() + leftoverFindings()
    }

    // MARK: Theme

    func themeFindings() -> [TermFinding] {
        var findings: [TermFinding] = []
        var seen = Set<String>()
        for event in context.document.events {
            guard let theme = event.theme else { continue }
            let result = ThemeComparer(context: context).compare(theme, evidence: event.evidence["theme"])
            // Words dropped, and words of a phrase condensed into fewer (each worth a look).
            for word in result.notRendered + result.rendering.condensed where seen.insert(word.id).inserted {
                let renderings = context.glossary.entry(id: word.id)?.es ?? []
                findings.append(TermFinding(
                    kind: .notRendered, term: word.form, renderings: renderings.map { $0.replacingOccurrences(of: "*", with: "…") },
                    severity: .warning,
                    message: "“\(word.form)” of the theme is not rendered in the translation"
                        + (result.translation.map { " (“\($0)”)" } ?? "")))
            }
        }
        return findings
    }

    // MARK: Consistency

    /// Entries marked `consistent`: the renderings used in the translation,
    /// grouped by their head word ("Clúster de Emulación" and "clúster" are
    /// one rendering, "Grupo de Emulación" another).
    func consistencyFindings() -> [TermFinding] {
        let target = ScannedText(context.target.body)
        let mentions = context.glossary.mentions(in: target, language: .spanish, kinds: [.term, .award])
        var families: [String: [String: [String]]] = [:]  // entry → head word → texts seen
        let consistent = Set(context.glossary.entries.filter(\.consistent).map(\.id))
        for mention in mentions where consistent.contains(mention.entry) {
            let head = Folding.key(mention.form).split(separator: " ").first.map(String.init) ?? mention.form
            let text = target.string(mention.range)
            families[mention.entry, default: [:]][head, default: []].append(text)
        }
        var findings: [TermFinding] = []
        for (entry, heads) in families.sorted(by: { $0.key < $1.key }) where heads.count > 1 {
            let source = context.glossary.entry(id: entry)?.vi.first ?? entry
            // The longest text seen for each head word, most used first.
            let renderings = heads.sorted { $0.value.count > $1.value.count || ($0.value.count == $1.value.count && $0.key < $1.key) }
                .map { head in head.value.max { $0.count < $1.count } ?? head.key }
            findings.append(TermFinding(
                kind: .inconsistent, term: source, renderings: renderings, severity: .warning,
                message: "“\(source)” is rendered \(renderings.count) ways: " + renderings.map { "“\($0)”" }.joined(separator: ", ")))
        }
        return findings
    }

    // MARK: Untranslated Vietnamese

    /// Runs of Vietnamese words in the translation that are not a name
    /// (names of people and places keep their diacritics legitimately).
    func untranslatedFindings() -> [TermFinding] {
        var findings: [TermFinding] = []
        var seen = Set<String>()
        for segment in context.targetSegments {
            let scanned = ScannedText(segment.text)
            let tokens = scanned.tokens
            var index = 0
            while index < tokens.count {
                guard tokens[index].isVietnamese else {
                    index += 1
                    continue
                }
                // The run: Vietnamese words, with the unaccented ones around them ("giao ước").
                var start = index
                while start > 0, Self.vietnameseOnly(tokens[start - 1].key) { start -= 1 }
                var end = index + 1
                while end < tokens.count, tokens[end].isVietnamese || Self.vietnameseOnly(tokens[end].key) { end += 1 }
                index = end
                let run = tokens[start..<end]
                // Names of people and places keep their diacritics legitimately.
                guard !run.allSatisfy(\.isCapitalized), let first = run.first, let last = run.last else { continue }
                let text = scanned.string(first.range.lowerBound..<last.range.upperBound)
                guard seen.insert(Folding.key(text)).inserted else { continue }
                findings.append(TermFinding(
                    kind: .untranslated, term: text, renderings: [], severity: .warning,
                    message: "Vietnamese left untranslated: “\(text)”"))
            }
        }
        return findings
    }

    /// Short Vietnamese words without diacritics that Spanish does not use.
    static func vietnameseOnly(_ key: String) -> Bool {
        ["thi", "dua", "cum", "khoi", "giao", "uoc", "truong", "pho", "khen", "thuong", "bang", "so", "tinh"].contains(key)
    }

    // MARK: Interface leftovers

    /// Lines of the translation that are page furniture ("Kommentar (0)",
    /// "Fuente"): in its blocks, or among the lines the reader set aside
    /// (``Article/setAside``; an HTML page's own interface is the page's, not
    /// the translation's, and the reader sets none aside).
    func leftoverFindings() -> [TermFinding] {
        let lines = context.target.setAside + context.target.blocks.map(\.text)
        let leftovers = context.glossary.leftovers.map { ($0, Folding.key($0)) }
        var findings: [TermFinding] = []
        var seen = Set<String>()
        for line in lines {
            let key = Folding.key(line)
            guard !key.isEmpty, key.count <= 40 else { continue }
            guard let (leftover, _) = leftovers.first(where: { $0.1 == key || (key.hasPrefix($0.1 + " ") && key.count <= $0.1.count + 6) })
            else { continue }
            guard seen.insert(key).inserted else { continue }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            findings.append(TermFinding(
                kind: .leftover, term: trimmed, renderings: [leftover], severity: .warning,
                message: "interface text left in the translation: “\(trimmed)”"))
        }
        return findings
    }
}
