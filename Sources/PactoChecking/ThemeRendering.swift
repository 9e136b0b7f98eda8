import PactoModel

/// Which content words of a Vietnamese slogan a Spanish text renders, by
/// meaning: each theme word of the glossary found in the slogan ("đoàn
/// kết", "đổi mới", "chuyển đổi số") must be matched by one of its Spanish
/// renderings ("solidaridad" or "unidad", "innovación" or "renovación",
/// "transformación digital"), each Spanish word rendering one Vietnamese
/// word at most.
///
/// One Spanish word may stand for several entries ("innovación" renders
/// "đổi mới" and "sáng tạo"): the words are paired so that as many as
/// possible are rendered, so "Đổi mới, sáng tạo" → "Innovación y
/// creatividad" renders both, and "Đổi mới, sáng tạo" → "Innovación" leaves
/// one out. Order and grammar are free: a paraphrase that keeps every word's
/// meaning renders them all.
struct ThemeRendering: Sendable {
    /// A theme word of the original: its glossary entry and its form in the slogan.
    struct Word: Sendable, Hashable {
        var id: String
        var form: String
    }

    /// The slogan's theme words, once each, in order.
    var words: [Word]
    /// The words no Spanish word renders.
    var notRendered: [Word]
    /// Theme words of the Spanish text that render none of the slogan's
    /// (what a replaced word became), as written.
    var unpaired: [String]

    var renderedCount: Int { words.count - notRendered.count }

    /// Words left out of a phrase whose first word is rendered ("chủ động
    /// kịp thời" → "proactividad"): a phrase condensed into fewer words, not
    /// a word dropped or replaced.
    var condensed: [Word]

    init(theme: String, translation: String, glossary: Glossary) {
        var seen = Set<String>()
        var phraseOf: [Int] = []
        let words = Self.phrases(of: theme).enumerated().flatMap { index, phrase in
            let source = ScannedText(phrase)
            let found = glossary.mentions(in: source, language: .vietnamese, kinds: [.theme]).compactMap { mention in
                seen.insert(mention.entry).inserted ? Word(id: mention.entry, form: source.string(mention.range)) : nil
            }
            phraseOf += Array(repeating: index, count: found.count)
            return found
        }
        let target = ScannedText(translation)
        let spanish = glossary.mentions(in: target, language: .spanish, kinds: [.theme])
        let candidates = spanish.map { glossary.themeEntries(matching: target, tokens: $0.tokens) }
        let pairing = Self.pair(words.map(\.id), candidates)
        let used = Set(pairing.compactMap { $0 })
        let ids = seen
        self.words = words
        // A later word of a phrase whose first word is rendered is condensed into it.
        let isCondensed = { (index: Int) -> Bool in
            guard let first = phraseOf.firstIndex(of: phraseOf[index]), first < index else { return false }
            return pairing[first] != nil
        }
        notRendered = words.indices.filter { pairing[$0] == nil && !isCondensed($0) }.map { words[$0] }
        condensed = words.indices.filter { pairing[$0] == nil && isCondensed($0) }.map { words[$0] }
        unpaired = spanish.indices.filter { !used.contains($0) && candidates[$0].isDisjoint(with: ids) }
            .map { target.string(spanish[$0].range) }
    }

    /// The slogan's phrases, between commas, semicolons and dashes: a word
    /// of several ("đổi mới sáng tạo", innovation) is one only within a
    /// phrase, so "Đổi mới, sáng tạo" is two words.
    static func phrases(of theme: String) -> [String] {
        theme.split(whereSeparator: { ",;–—-/".contains($0) }).map(String.init)
    }

    /// The most words paired with distinct Spanish words that can render
    /// them (augmenting paths; slogans have a handful of words): for each
    /// word, the index of its Spanish word, or nil.
    static func pair(_ ids: [String], _ candidates: [Set<String>]) -> [Int?] {
        var owner = [Int?](repeating: nil, count: candidates.count)  // Spanish word → word index
        func assign(_ word: Int, _ visited: inout Set<Int>) -> Bool {
            for spanish in candidates.indices where candidates[spanish].contains(ids[word]) && visited.insert(spanish).inserted {
                if owner[spanish] == nil || assign(owner[spanish]!, &visited) {
                    owner[spanish] = word
                    return true
                }
            }
            return false
        }
        for word in ids.indices {
            var visited = Set<Int>()
            _ = assign(word, &visited)
        }
        var pairing = [Int?](repeating: nil, count: ids.count)
        for (spanish, word) in owner.enumerated() { if let word { pairing[word] = spanish } }
        return pairing
    }
}

extension Glossary {
    /// The theme entries one of whose Spanish forms matches exactly the
    /// given tokens of a text: every word a Spanish theme word may render.
    func themeEntries(matching text: ScannedText, tokens: Range<Int>) -> Set<String> {
        let keys = tokens.map { text.tokens[$0].key }
        var found = Set<String>()
        for form in compiled.spanish where form.kind == .theme && form.words.count == keys.count {
            if zip(keys, form.words).allSatisfy({ Self.word($0, matches: $1) }) { found.insert(form.entry) }
        }
        return found
    }
}
