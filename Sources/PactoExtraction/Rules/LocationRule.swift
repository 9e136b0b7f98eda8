import Foundation
import PactoModel

/// Where the meeting took place: the venue after "tại" / "ở" (in the
/// meeting's sentence first), its province from the gazetteer (a city gives
/// its province: "TP. Điện Biên Phủ" → Điện Biên); else the province that
/// hosts (đăng cai) it, a province in brackets after a district, or the
/// single province that owns the cluster.
struct LocationRule: Sendable {
    /// Words that introduce the venue.
    var venue = Self.vietnameseVenue

    static let vietnameseVenue = Pattern(#"(?<![a-z])(tai|o)\s+(?!hoi nghi|day|do|dau|cac|nhieu|moi|muc|vong)"#)
    static let spanishVenue = Pattern(#"(?<![a-z])(en|como sede)\s+(?!(?:la |el )?(?:"# + spanishNotVenues.joined(separator: "|") + #")\b)(?:la ciudad de |la provincia de |el distrito de |la capital,? |la sede de[^,.]{0,60} en )?(?=[^\d])"#)
    /// Words after "en" that make no venue ("en la mañana", "en presencia de", "en nombre de").
    static let spanishNotVenues = ["manana", "tarde", "noche", "mediodia", "ano", "conferencia", "reunion", "presencia",
                                   "nombre", "representacion", "honor"]
    /// The verb of the province or unit that hosts the meeting ("đăng cai", "acogió", "fue la sede de").
    static let host = Pattern(#"dang cai|(?<![a-z])(?:acogio|acogieron|fue (?:la )?sede|fue (?:el |la )?anfitrion|como anfitrion)(?:a)?(?![a-z])"#)
    /// What may follow a venue after a comma and still belong to it ("tại xã X, tỉnh Y", "en Sa Pa, provincia de Lao Cai").
    static let venueContinuations = [" tinh ", " thanh pho ", " tp", " provincia ", " ciudad de "]
    /// The verb of a unit holding the meeting.
    static let holdsMeeting = TextPattern(#"(?<![a-z])(?:(?:da |vua )?(?:to chuc|chu tri|dien ra) (?:hoi nghi|le|buoi)|celebro (?:la|una) (?:conferencia|reunion|ceremonia)|organizo (?:la|una) (?:conferencia|reunion|ceremonia))"#)
    /// Countries: a venue there is abroad (compared with diacritics: "Lào", not "Lao động").
    static let abroad = ["campuchia", "lào", "trung quốc", "thái lan", "vương quốc", "nhật bản", "hàn quốc", "camboya", "laos"]

    func location(in context: Context, meetingAt anchor: Int?, organizer: Organizer?, date: Stamp?) -> Found<Location>? {
        let body = context.body
        var ordered: [Range<Int>] = []
        if let anchor { ordered.append(body.sentence(containing: anchor)) }
        ordered += body.sentences.prefix(6).filter { $0 != ordered.first }
        for sentence in ordered {
            for match in body.matchSequence(venue, in: sentence) {
                guard let keyword = match[1], let whole = match[0] else { continue }
                // "tại" / "ở" with their own diacritics ("Tài nguyên" is no venue).
                if venue === Self.vietnameseVenue, !["tại", "ở"].contains(TonePlacement.normalized(body.text(keyword))) { continue }
                let phrase = venuePhrase(from: whole.upperBound, in: body, sentence: sentence)
                guard !phrase.isEmpty else { continue }
                let folded = body.foldedText(phrase)
                let found = context.places(in: phrase)
                if isAbroad(phrase, in: body, leaving: found) { return nil }
                if let place = found.last(where: { !$0.isCity }) ?? found.last {
                    let province = context.gazetteer.canonical(place.province, on: date)
                    return Found(Location(text: body.text(phrase), province: province), phrase)
                }
                // A district or commune venue inside the cluster's own province.
                if anchor.map(sentence.contains) == true, let owner = ownerProvince(organizer, context: context, date: date) {
                    return Found(Location(text: body.text(phrase), province: owner), phrase)
                }
                if isLocalVenue(folded),
                   let place = context.places(in: sentence).first(where: {
                       !$0.isCity && body.foldedText(max(sentence.lowerBound, $0.range.lowerBound - 5)..<$0.range.lowerBound).hasSuffix("tinh")
                   }) {
                    let province = context.gazetteer.canonical(place.province, on: date)
                    return Found(Location(text: body.text(phrase), province: province), phrase)
                }
            }
        }
        // A district with its province in brackets: "huyện Kon Rẫy (Kon Tum) tổ chức".
        for sentence in ordered.prefix(3) {
            for place in context.places(in: sentence) where !place.isCity {
                let before = place.range.lowerBound > 0 ? body.characters[place.range.lowerBound - 1] : " "
                let after = place.range.upperBound < body.count ? body.characters[place.range.upperBound] : " "
                if before == "(" && after == ")" {
                    let province = context.gazetteer.canonical(place.province, on: date)
                    return Found(Location(text: body.text(place.range), province: province), place.range)
                }
            }
        }
        // The province that hosts the meeting.
        for match in body.matchSequence(Self.host) {
            guard let whole = match[0] else { continue }
            let sentence = body.sentence(containing: whole.lowerBound)
            if let place = context.places(in: sentence.lowerBound..<whole.lowerBound).last(where: { !$0.isCity }) {
                let province = context.gazetteer.canonical(place.province, on: date)
                return Found(Location(text: body.text(place.range), province: province), place.range)
            }
        }
        // The unit that holds the meeting, named with its province, as the subject of
        // the meeting's verb ("Cục Thống kê tỉnh Hòa Bình (...) đã tổ chức hội nghị",
        // "el Subdepartamento ... de la provincia de Dien Bien ... celebró la conferencia").
        if let anchor {
            let sentence = body.sentence(containing: anchor)
            let text = body.alignedText(sentence)
            if let verb = Self.holdsMeeting.firstRange(in: text) {
                let end = sentence.lowerBound + text.distance(from: text.startIndex, to: verb.lowerBound)
                // One unit with its province, not a list of members ("gồm Hà Nội, Hải Phòng, ... tổ chức").
                let places = context.places(in: sentence.lowerBound..<end).filter { !$0.isCity }
                if places.count == 1, let place = places.first {
                    let province = context.gazetteer.canonical(place.province, on: date)
                    return Found(Location(text: body.text(place.range), province: province), place.range)
                }
            }
        }
        // "... tại Huế" in the title.
        for match in context.title.matchSequence(venue) {
            guard let whole = match[0], let keyword = match[1] else { continue }
            if venue === Self.vietnameseVenue, !["tại", "ở"].contains(TonePlacement.normalized(context.title.text(keyword))) { continue }
            let phrase = venuePhrase(from: whole.upperBound, in: context.title, sentence: 0..<context.title.count)
            if let place = context.titlePlaces.last(where: { phrase.contains($0.range.lowerBound) }) {
                let province = context.gazetteer.canonical(place.province, on: date)
                return Found(Location(text: context.title.text(phrase), province: province), nil)
            }
        }
        if let owner = ownerProvince(organizer, context: context, date: date) {
            return Found(Location(text: owner, province: owner), nil)
        }
        return soleProvince(in: context, date: date)
    }

    /// The one province a provincial bloc's report names, when it names no
    /// venue: "Khối thi đua các cơ quan tham mưu của Tỉnh ủy Khánh Hòa" whose
    /// members are "Văn phòng UBND tỉnh", "Sở Nội vụ", … The report speaks of
    /// "tỉnh" / "thành phố" bare at least twice (its own province), and every
    /// place in the title and the body lies in that one province.
    func soleProvince(in context: Context, date: Stamp?) -> Found<Location>? {
        let spanish = !(venue === Self.vietnameseVenue)
        let leads = spanish ? Self.spanishProvinceLeads : Self.vietnameseProvinceLeads
        let mentions = context.places + context.titlePlaces
        let provinces = Set(mentions.map { context.gazetteer.canonical($0.province, on: date) })
        // Named as the province ("tỉnh Khánh Hòa", "Tỉnh ủy Khánh Hòa", "thành phố Hải Phòng"), not inside a brand ("Sacombank Đồng Nai").
        let asProvince = { (mention: PlaceMention) -> Bool in
            let passage = context.places.contains(mention) ? context.body : context.title
            let before = passage.foldedText(max(0, mention.range.lowerBound - 16)..<mention.range.lowerBound)
            return !mention.isCity && leads.contains { (" " + before).hasSuffix(" " + $0) }
        }
        let bare = spanish ? Self.spanishBareProvinceWords(in: context.body) : Self.bareProvinceWords(in: context.body)
        guard provinces.count == 1, let province = provinces.first, let named = mentions.first(where: asProvince),
              bare >= 2 else { return nil }
        let passage = context.places.contains(named) ? context.body : context.title
        return Found(Location(text: passage.text(named.range), province: province), context.places.contains(named) ? named.range : nil)
    }

    /// The words before a place that name it as the report's province (folded): "tỉnh Khánh Hòa", "Tỉnh ủy
    /// Khánh Hòa"; "la provincia de Khanh Hoa", "el Comité Provincial del Partido de Khanh Hoa".
    static let vietnameseProvinceLeads = ["tinh", "tinh uy", "thanh pho", "thanh uy", "tp", "tp."]
    static let spanishProvinceLeads = ["provincia de", "ciudad de", "del partido de", "comite popular de"]
    /// Spanish words for the report's own province when no name follows ("el Comité Popular provincial",
    /// "de la provincia", "la ciudad"); not a plural ("las provincias") nor one named ("la provincia de X").
    static let spanishBareProvince: Set<String> = ["provincial", "provincia", "ciudad"]

    static func spanishBareProvinceWords(in body: Passage) -> Int {
        var count = 0
        for (index, token) in body.tokens.enumerated() where spanishBareProvince.contains(token.key) && !token.isCapitalized {
            let next = index + 1 < body.tokens.count ? body.tokens[index + 1] : nil
            // Named when a name or "de" follows in the same clause ("la provincia de X", "la ciudad Y").
            if let next, next.key == "de" || next.key == "del" || next.isCapitalized, token.key != "provincial",
               body.characters[token.range.upperBound..<next.range.lowerBound].allSatisfy({ $0 == " " }) { continue }
            count += 1
        }
        return count
    }

    /// How often "tỉnh" or "thành phố" stands without a name after it ("UBND tỉnh", "Sở Y tế thành phố"),
    /// not as a plural ("các tỉnh", "5 tỉnh").
    static func bareProvinceWords(in body: Passage) -> Int {
        var count = 0
        for (index, token) in body.tokens.enumerated() {
            let isProvince = token.lower == "tỉnh" || token.lower == "phố" && index > 0 && body.tokens[index - 1].lower == "thành"
            guard isProvince else { continue }
            let head = token.lower == "tỉnh" ? index : index - 1
            if head > 0, ["các", "những", "mỗi", "hai", "ba", "bốn", "năm", "sáu"].contains(body.tokens[head - 1].lower)
                || head > 0 && body.isArabic(body.tokens[head - 1]) { continue }
            if index + 1 < body.tokens.count, body.tokens[index + 1].isCapitalized,
               body.tokens[index + 1].range.lowerBound - token.range.upperBound <= 1 { continue }
            count += 1
        }
        return count
    }

    /// The venue: up to the end of the clause, taking in "(…)" and a
    /// following ", tỉnh X".
    func venuePhrase(from start: Int, in passage: Passage, sentence: Range<Int>) -> Range<Int> {
        var index = start
        var depth = 0
        let limit = min(sentence.upperBound, start + 140)
        while index < limit {
            let character = passage.characters[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1; if depth < 0 { break } }
            if character.isLetter, index == start || !passage.characters[index - 1].isLetter {
                // The venue ends at the verb after it ("tại Sở X đã tổ chức").
                let tokenIndex = passage.tokenIndex(atOrAfter: index)
                if tokenIndex < passage.tokens.count, passage.tokens[tokenIndex].range.lowerBound == index,
                   !passage.tokens[tokenIndex].isCapitalized, index > start {
                    let word = passage.tokens[tokenIndex].lower
                    let next = tokenIndex + 1 < passage.tokens.count ? passage.tokens[tokenIndex + 1].lower : ""
                    if MemberListRule.stops.contains(word), MemberListRule.stopPairs[word].map({ $0.contains(next) }) ?? true,
                       word != "tại", word != "thuộc" { break }
                }
            }
            let abbreviation = character == "." && index >= 2 && Folding.fold(String(passage.characters[(index - 2)..<index])) == "tp"
            if depth == 0, !abbreviation, character == "," || character == ";" || character == "." && index + 1 < limit
                && passage.characters[index + 1] == " " || character == "\n" {
                let rest = passage.folded.slice((index + 1)..<min(limit, index + 14))
                if character == ",", Self.venueContinuations.contains(where: { rest.hasPrefix($0) }) {
                    index += 1
                    continue
                }
                break
            }
            index += 1
        }
        return passage.trimmed(start..<index)
    }

    /// A venue in another country ("tại Viêng Chăn, Lào"); the words of the
    /// places named in it do not count ("Lào Cai" is no "Lào").
    func isAbroad(_ phrase: Range<Int>, in passage: Passage, leaving places: [PlaceMention]) -> Bool {
        var text = ""
        var index = phrase.lowerBound
        for place in places.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where place.range.lowerBound >= index {
            text += passage.text(index..<place.range.lowerBound) + " "
            index = place.range.upperBound
        }
        text += passage.text(index..<phrase.upperBound)
        let words = " " + TonePlacement.normalized(text).filter { $0.isLetter || $0 == " " } + " "
        return Self.abroad.contains { ByteSearch.contains(" " + $0 + " ", in: words) }
    }

    /// A venue in a district or commune ("xã Tân Phú", "Hội trường ... huyện Hàm Thuận Nam").
    func isLocalVenue(_ folded: String) -> Bool {
        Self.localUnits.contains { folded.hasPrefix($0) } || Self.localUnitsInside.contains { ByteSearch.contains(" " + $0, in: folded) }
    }

    static let localUnits = ["huyen ", "xa ", "phuong ", "thi xa ", "thi tran ", "quan "]
    /// The same inside a hall's name ("phường" and "quận" are left out: "địa phương", "cơ quan").
    static let localUnitsInside = ["huyen ", "xa ", "thi xa ", "thi tran "]

    /// The province that owns the cluster ("tỉnh Thanh Hóa", "Thành ủy TPHCM").
    func ownerProvince(_ organizer: Organizer?, context: Context, date: Stamp?) -> String? {
        guard let parent = organizer?.parent else { return nil }
        let words = parent.split(separator: " ")
        for length in stride(from: min(5, words.count), through: 1, by: -1) {
            for start in 0...(words.count - length) {
                let phrase = words[start..<(start + length)].joined(separator: " ")
                guard phrase.first?.isUppercase == true else { continue }
                if let province = context.gazetteer.province(named: phrase, on: date) { return province }
            }
        }
        return nil
    }
}
