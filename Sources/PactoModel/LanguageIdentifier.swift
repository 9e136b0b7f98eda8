/// Tells Vietnamese, Spanish and English apart (anything else is
/// undetermined), reliably on a title alone. The one language identifier
/// of Pacto: the reader labels every Article with it, and extraction and
/// the translation check ask it when the reader could not tell.
///
/// Vietnamese is told by its letters: ă, đ, ơ, ư and the stacked vowels of
/// U+1EA0–U+1EF9 occur in no other language Pacto meets. The others are told
/// by their function words, scored against French, Portuguese, Italian,
/// German and Polish ones so that those come out undetermined, not Spanish.
public enum LanguageIdentifier {
    /// The language of `text`, or ``Language/undetermined``.
    public static func identify(_ text: String) -> Language {
        decide(Evidence(text))
    }

    private static func decide(_ evidence: Evidence) -> Language {
        guard evidence.words > 0 else { return .undetermined }
        if evidence.isVietnamese { return .vietnamese }
        // Dictionary order changes from run to run: a tie for the best score
        // is undetermined, never a coin toss.
        let scores = evidence.scores
        guard let score = scores.values.max(), score >= 0.9,
              scores.values.filter({ $0 == score }).count == 1,
              let best = scores.first(where: { $0.value == score })?.key
        else {
            return .undetermined
        }
        switch best {
        case "es": return .spanish
        case "en": return .english
        default: return .undetermined
        }
    }

    /// The language of `text` when it must be one of `candidates` (a rule
    /// set to choose, one side of a translation pair): ``identify(_:)``'s
    /// answer when it is a candidate, else the candidate with the most
    /// evidence (Vietnamese words for Vietnamese, function words for the
    /// others), the first one listed on a tie; nil when the text holds no
    /// evidence for any.
    public static func identify(_ text: String, among candidates: [Language]) -> Language? {
        let evidence = Evidence(text)
        let identified = decide(evidence)
        if candidates.contains(identified) { return identified }
        var best: (language: Language, score: Double)?
        for candidate in candidates {
            let score = evidence.score(of: candidate)
            if score > 0, score > (best?.score ?? 0) { best = (candidate, score) }
        }
        return best?.language
    }

    /// The share of a text's words that hold a letter only Vietnamese uses
    /// (0 for a text without words).
    public static func vietnameseShare(_ text: String) -> Double {
        let evidence = Evidence(text)
        return evidence.words == 0 ? 0 : Double(evidence.vietnameseWords) / Double(evidence.words)
    }

    /// What a text says of its language: its words, those with Vietnamese
    /// letters, and the function-word scores (with letter hints) per language.
    private struct Evidence {
        var words = 0
        var vietnameseWords = 0
        var scores: [String: Double] = [:]

        init(_ text: String) {
            // A few hundred characters tell the language; reading more only costs.
            let text = text.utf8.count > 1200 ? String(text.prefix(600)) : text
            for word in Words.letters(text.lowercasedLatin()) {
                words += 1
                if word.unicodeScalars.contains(where: isVietnameseLetter) { vietnameseWords += 1 }
                let token = String(word)
                guard let shared = sharedBy[token] else { continue }
                for (language, list) in functionWords where list.contains(token) {
                    scores[language, default: 0] += 1.0 / Double(shared)
                }
            }
            var hints: [String: Double] = [:]
            for scalar in text.unicodeScalars {
                switch scalar {
                case "ñ", "¿", "¡": hints["es", default: 0] += 0.5
                case "ß", "ä", "ö", "ü": hints["de", default: 0] += 0.5
                case "ç", "è", "ê", "à", "œ": hints["fr", default: 0] += 0.3
                case "ã", "õ": hints["pt", default: 0] += 0.5
                case "ł", "ą", "ę", "ś", "ż", "ź", "ć", "ń": hints["pl", default: 0] += 0.5
                default: break
                }
            }
            for (language, hint) in hints { scores[language, default: 0] += min(hint, 3) }
        }

        /// Two Vietnamese words, one in a text of three words or fewer, or
        /// one word in seven; unless another language's function words
        /// outweigh them (a Spanish text that quotes "(Mặt trận)", a
        /// "QĐ-UBND" or a name written with its Vietnamese letters).
        var isVietnamese: Bool {
            guard vietnameseWords >= 2 || (vietnameseWords == 1 && words <= 3)
                || Double(vietnameseWords) >= Double(words) * 0.15
            else { return false }
            return Double(vietnameseWords) >= (scores.values.max() ?? 0)
        }

        func score(of language: Language) -> Double {
            switch language {
            case .vietnamese: Double(vietnameseWords)
            case .spanish: scores["es"] ?? 0
            case .english: scores["en"] ?? 0
            case .undetermined: 0
            }
        }
    }

    /// ă Ă đ Đ ơ Ơ ư Ư and the stacked vowels: letters only Vietnamese uses.
    public static func isVietnameseLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0103, 0x0102, 0x0111, 0x0110, 0x01A1, 0x01A0, 0x01B0, 0x01AF: return true  // ă Ă đ Đ ơ Ơ ư Ư
        case 0x1EA0...0x1EF9: return true
        default: return false
        }
    }

    /// Frequent function words; words in several lists count for each, split.
    static let functionWords: [String: Set<String>] = [
        "es": ["el", "la", "los", "las", "de", "del", "y", "en", "que", "por", "con", "para", "una", "un", "se",
               "su", "al", "es", "lo", "como", "más", "pero", "sus", "fue", "este", "esta", "entre", "sobre",
               "también", "hasta", "desde", "donde", "cuando", "muy", "sin", "ha", "han", "sido", "según", "ya"],
        "en": ["the", "of", "and", "to", "in", "is", "for", "on", "with", "that", "by", "as", "at", "from", "it",
               "was", "are", "this", "be", "an", "has", "have", "its", "which", "will", "were", "or", "their",
               "after", "new", "about", "than", "into", "who", "how", "what"],
        "fr": ["le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est", "pour", "dans", "que", "qui",
               "sur", "au", "aux", "par", "pas", "plus", "ce", "cette", "avec", "sont", "il", "elle", "ont", "été"],
        "pt": ["o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "um", "uma", "que",
               "para", "com", "por", "não", "mais", "foi", "ao", "pelo", "pela", "são", "seu", "sua"],
        "it": ["il", "lo", "la", "gli", "le", "di", "del", "della", "e", "che", "in", "un", "una", "per", "con",
               "non", "sono", "è", "dei", "delle", "nel", "nella", "alla", "anche", "più"],
        "de": ["der", "die", "das", "und", "ist", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "für",
               "nicht", "eine", "ein", "dem", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie",
               "nach", "wird", "bei", "einer", "um", "am", "sind", "noch", "wie", "über", "so", "zum", "zur"],
        "pl": ["i", "w", "na", "z", "się", "nie", "do", "to", "że", "jest", "o", "jak", "po", "co", "ale", "od",
               "za", "przez", "dla", "są", "czy", "jego", "tak", "oraz", "które", "został", "może"],
    ]

    /// In how many lists each word stands.
    static let sharedBy: [String: Int] = {
        var counts: [String: Int] = [:]
        for list in functionWords.values {
            for word in list { counts[word, default: 0] += 1 }
        }
        return counts
    }()
}
