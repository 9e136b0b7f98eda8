import Foundation
import PactoModel

// MARK: - Provinces and names

extension AnchorFinder {
    /// Provinces named in the text (longest name first), by their name in the gazetteer.
    func provinces(in text: ScannedText) -> [(String, Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            var matched = false
            if tokens[index].isCapitalized {
                for length in stride(from: min(gazetteer.longestPlaceName, tokens.count - index), through: 1, by: -1) {
                    let key = tokens[index..<(index + length)].map(\.key).joined(separator: " ")
                    if let place = gazetteer.places[key], length > 1 || key.count > 3 || tokens[index].key == "hue" {
                        found.append((place.province, index..<(index + length)))
                        index += length
                        matched = true
                        break
                    }
                }
            }
            if !matched { index += 1 }
        }
        return found
    }

    static let surnames: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
        "duong", "ly", "dinh", "mai", "trinh", "truong", "dao", "lam", "luu", "cao", "ta", "ha", "lai", "quach",
        "to", "chu", "thai", "kieu", "tong", "luong", "nong", "lo", "ton", "khuat", "trieu",
        "dam", "tieu", "thach", "au", "kha", "vuong", "mac", "lu", "tang", "han", "phung", "diep", "doan", "hua",
        "ung", "ma", "vi", "lac", "khong", "nghiem", "bach", "giap", "hau", "khuc", "thieu", "uong",
    ]

    /// Family names that are rarely given names: one inside a run starts another name.
    static let distinctSurnames: Set<String> = ["nguyen", "tran", "pham", "huynh", "phan", "dang", "bui", "ngo", "quach", "trinh"]

    /// Capitalised words of titles and bodies that end a name ("Nguyễn Văn A Phó Giám đốc").
    static let titleWords: Set<String> = [
        "pho", "giam", "chu", "bi", "truong", "thu", "bo", "so", "uy", "hoi", "cum", "khoi", "phong", "cuc", "chanh",
        "ong", "ba", "dong", "tinh", "huyen", "xa", "ubnd", "trung", "dai",
    ]

    /// One Vietnamese syllable, folded.
    static let syllable = pattern(
        #"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|pl|gl|kr|[bcdghklmnpqrstvx])?(uye|uya|oai|oay|uoi|uou|ieu|yeu|oa|oe|uy|ua|uo|ue|ui|ia|ie|ye|iu|eu|ei|ao|au|ay|ai|oi|ou|ua|ui|ya|yu|[aeiouy])(ng|nh|ch|[cmnptk])?$"#)

    static func isSyllable(_ key: String) -> Bool {
        guard key.count <= 7, key.allSatisfy({ $0.isLetter && $0.isASCII }) else { return false }
        return syllable.firstMatch(in: key, range: NSRange(location: 0, length: (key as NSString).length)) != nil
    }

    /// People's names: a family name, then one to four capitalised
    /// syllables ("Võ Minh Thành", "Vo Minh Thanh"), folded.
    func names(in text: ScannedText, spanish: Bool, skipping places: Set<Int>) -> [(String, Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.isCapitalized, Self.surnames.contains(token.key), !places.contains(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, end - index < 5, tokens[end].isCapitalized, !places.contains(end),
                  Self.isSyllable(tokens[end].key), !Self.titleWords.contains(tokens[end].key),
                  // A second family name starts another name ("xã Kim Tân Quách Thị Tươi").
                  end - index < 2 || !Self.distinctSurnames.contains(tokens[end].key),
                  // Words must follow each other with only a space between.
                  tokens[end].range.lowerBound - tokens[end - 1].range.upperBound == 1,
                  text.characters[tokens[end - 1].range.upperBound] == " " {
                end += 1
            }
            let key = tokens[index..<end].map(\.key).joined(separator: " ")
            // "Đoàn Thanh niên" is the Youth Union, not a Mr Đoàn Thanh.
            let youthUnion = key == "doan thanh" && end < tokens.count && tokens[end].key == "nien"
            if end - index >= 2, !youthUnion {
                found.append((key, token.range.lowerBound..<tokens[end - 1].range.upperBound))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    static let vietnameseLocality = pattern(#"\b(?:xa|phuong|huyen|thi xa|thi tran|thon|quan|tp\.?|thanh pho) (?=\S)"#)
    static let spanishLocality = pattern(#"\b(?:comunas?|barrios?|distritos?|municipios?|pueblo|aldea|villa|localidad|poblado|barriada|ciudad) de (?:la |el )?(?=\S)"#)

    /// Communes, wards and districts by name ("xã Kim Tân" = "comuna de
    /// Kim Tan"): the capitalised words after the unit's word, folded.
    func localities(in text: ScannedText, spanish: Bool) -> [(String, Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        for match in text.matches(spanish ? Self.spanishLocality : Self.vietnameseLocality) {
            guard let range = text.range(of: match, group: 0) else { continue }
            var index = text.tokenIndex(atOrAfter: range.upperBound)
            let start = index
            while index < text.tokens.count, index - start < 4, text.tokens[index].isCapitalized,
                  Self.isSyllable(text.tokens[index].key),
                  index == start || text.tokens[index].range.lowerBound - text.tokens[index - 1].range.upperBound == 1 {
                index += 1
            }
            // Two words at least: one alone is too often a common word.
            guard index - start >= 2, !Self.notInNames.contains(text.tokens[start].key) else { continue }
            let key = text.tokens[start..<index].map(\.key).joined(separator: " ")
            found.append((key, text.tokens[start].range.lowerBound..<text.tokens[index - 1].range.upperBound))
        }
        return found
    }

    /// Words that never belong to a proper name: Spanish function words and
    /// the Vietnamese words of titles and bodies.
    static let notInNames: Set<String> = [
        "el", "la", "los", "las", "en", "de", "del", "con", "por", "para", "un", "una", "y", "a", "al", "se", "su",
        "sus", "que", "es", "no", "o", "e", "lo", "le", "les", "mi", "tu", "ya", "si", "son", "fue", "ha", "han",
        "cum", "thi", "dua", "khoi", "hoi", "nghi", "so", "bo", "ban", "uy", "tinh", "huyen", "xa", "phuong", "cuc",
        "vu", "ubnd", "hdnd", "mttq", "tp", "ong", "ba", "chu", "tich", "pho", "giam", "doc", "truong", "dang",
        "nha", "nuoc", "chinh", "quoc", "trung", "uong", "tong", "cong", "ty",
    ]

    /// Runs of two or more capitalised short words that look Vietnamese
    /// ("Đăk Hà", "Dak Ha", "Tân Thạnh"): names of districts, communes,
    /// schools and people the other lists miss, folded.
    func properNouns(in text: ScannedText, spanish: Bool, skipping places: Set<Int>) -> [(String, Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        let tokens = text.tokens
        func fits(_ index: Int) -> Bool {
            let token = tokens[index]
            guard token.isCapitalized, !places.contains(index), token.key.count <= 6,
                  token.key.allSatisfy({ $0.isLetter && $0.isASCII }), token.key.contains(where: { "aeiouy".contains($0) })
            else { return false }
            if Self.notInNames.contains(token.key) { return false }
            return Self.isSyllable(token.key)
        }
        var index = 0
        while index < tokens.count {
            guard fits(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, end - index < 4, fits(end),
                  tokens[end].range.lowerBound - tokens[end - 1].range.upperBound == 1,
                  text.characters[tokens[end - 1].range.upperBound] == " " {
                end += 1
            }
            let key = tokens[index..<end].map(\.key).joined(separator: " ")
            let youthUnion = key.hasSuffix("doan thanh") && end < tokens.count && tokens[end].key == "nien"
            // The country: Spanish writes it in one word.
            if end - index >= 2, !youthUnion, key != "viet nam" {
                found.append((key, tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound))
            }
            index = end
        }
        return found
    }
}
