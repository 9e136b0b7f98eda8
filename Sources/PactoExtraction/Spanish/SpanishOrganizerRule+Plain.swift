import Foundation
import PactoModel

/// A cluster or bloc named without "de Emulación" (``OrganizerCues/plainNouns``), and
/// units that sign a pact among themselves, no cluster named.
extension SpanishOrganizerRule {
    /// A cluster or bloc named without "de Emulación": by the provinces it groups ("el grupo de
    /// siete provincias fronterizas", group 3), by the units it groups ("Bloque de los
    /// departamentos de gestión estatal 1", group 4), or by a name ("Bloque de Dependencias de
    /// Asuntos Internos", "el pacto de emulación del bloque de Asuntos Internos"). Group 1 is the
    /// noun, group 2 the article before the units.
    static let plainMention = Pattern(#"(?<![a-z])("# + alternatives(cues.plainNouns) + #")\s+de\s+(?:(las|los)\s+)?(?:((?:"#
        + alternatives(OrganizerCues.numberWords.filter { $0 != "uno" }) + #"|\d{1,2})\s+(?:"# + alternatives(cues.countedNouns)
        + #")(?![a-z]))|("# + alternatives(cues.memberNouns) + #")(?![a-z])|(?=[a-z]))"#)

    func plainMention(in context: Context) -> Found<Organizer>? {
        // A name alone, with no emulation word after it, counts in a text about emulation only.
        let aboutEmulation = [context.body, context.title].contains { ByteSearch.contains("emula", in: $0.folded) }
        for passage in [context.body, context.title] {
            for match in passage.matches(Self.plainMention) {
                guard let whole = match[0], let keyword = match[1] else { continue }
                let noun = String(passage.folded.slice(keyword))
                let kind = Self.cues.nouns[noun] ?? .cluster
                // Named plainly anywhere: the noun capitalised, as the name of a bloc is ("el bloque de las
                // oficinas del edificio" is a building's).
                let named = aboutEmulation && Self.cues.namedNouns.contains(noun) && passage.characters[keyword.lowerBound].isUppercase
                var end = whole.upperBound
                var number: Int?
                if match[3] != nil {
                    // Counted provinces: the range is the name.
                } else if let units = match[4], match[2] != nil, named {
                    end = units.upperBound
                    if let closing = Self.numberClosingDescription(after: units.upperBound, in: passage) {
                        number = closing.value
                        end = closing.end
                    }
                } else {
                    // "Bloque de Dependencias …": a unit noun without its article opens a name.
                    end = match[4]?.lowerBound ?? end
                    guard end < passage.count, passage.characters[end].isUppercase else { continue }
                    let before = passage.folded.slice(max(0, keyword.lowerBound - 14)..<keyword.lowerBound)
                    let afterEmulation = before.hasSuffix("emulacion del ")
                    // "Bloque de Dependencias de Asuntos Internos": the noun capitalised, a name after it.
                    let capitalised = named && !Self.cues.notNames.contains(passage.tokens[passage.tokenIndex(atOrAfter: end)].key)
                    guard afterEmulation || capitalised else { continue }
                    var index = passage.tokenIndex(atOrAfter: end)
                    var reached = end
                    while index < passage.tokens.count, passage.tokens[index].isCapitalized || passage.tokens[index].key == "de",
                          passage.tokens[index].range.lowerBound - reached <= 1 {
                        reached = passage.tokens[index].range.upperBound
                        if passage.tokens[index].isCapitalized { end = reached }
                        index += 1
                    }
                }
                let range = whole.lowerBound..<end
                return Found(Organizer(kind: kind, number: number, label: passage.text(range), parent: nil),
                             passage === context.body ? range : nil)
            }
        }
        return nil
    }

    /// A number that closes the description of a bloc's units, before a comma, colon or
    /// full stop: "Bloque de los departamentos de gestión estatal 1, integrado por …". One
    /// after "de" or an article is a count or a date ("de los 5 distritos").
    static func numberClosingDescription(after start: Int, in passage: Passage) -> (value: Int, end: Int)? {
        var index = passage.tokenIndex(atOrAfter: start)
        var previous: String?
        while index < passage.tokens.count, passage.tokens[index].range.lowerBound < start + 60 {
            let token = passage.tokens[index]
            let gapStart = index == 0 ? start : max(start, passage.tokens[index - 1].range.upperBound)
            if passage.characters[gapStart..<token.range.lowerBound].contains(where: { ",.;:()\n".contains($0) }) { return nil }
            if let value = Numerals.arabic(passage.text(token.range)) {
                guard (1...30).contains(value), let previous, !nameJoiners.contains(previous) else { return nil }
                let after = token.range.upperBound
                guard after == passage.count || ",.;:)\n".contains(passage.characters[after]) else { return nil }
                return (value, after)
            }
            previous = token.key
            index += 1
        }
        return nil
    }

    /// Units that sign an emulation pact among themselves, no cluster named
    /// ("firmaron el pacto de emulación entre los 12 hospitales de la ciudad"):
    /// a bloc, named by its members.
    static let peerPact = Pattern(#"(?<![a-z])(?:firm|suscri)[a-z]*\s+(?:(?:el|del|un)\s+)?pacto\s+de\s+emulacion\s+entre\s+((?:las|los|\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+[^,.;:()]{3,70}?)(?=\s*[,.;:()]|\s+(?:en|para|del ano|de 20\d\d|el|celebrad[ao])\s|$)"#)

    func peerPact(in context: Context) -> Found<Organizer>? {
        for passage in [context.body, context.title] {
            guard let match = passage.firstMatch(Self.peerPact), let units = match[1] else { continue }
            let label = passage.text(units)
            return Found(Organizer(kind: .bloc, number: nil, label: label, parent: nil), passage === context.body ? units : nil)
        }
        return nil
    }
}
