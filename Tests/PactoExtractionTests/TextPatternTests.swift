import Foundation
@testable import PactoExtraction
import PactoModel
import Testing

/// Expressions compiled once find what `range(of:options: .regularExpression)`
/// finds, on every sentence of every fixture (folded and as printed, whole
/// and as a substring) and on a few hard cases.
struct TextPatternTests {
    static let patterns: [(String, TextPattern)] = [
        ("role note", UnitReader.roleNote), ("leading title", UnitReader.leadingTitle),
        ("document number", MeetingDateRule.documentNumber), ("time after", MeetingDateRule.timeAfter),
        ("time before", MeetingDateRule.timeBefore), ("fraction noun", MeetingDateRule.fractionNoun),
        ("launched by", ActivityRule.launchedBy), ("counted noun", MemberListRule.countedNoun),
        ("handing over", HeadRule.handingOver), ("year after role", HeadRule.yearAfterRole),
        ("cho", AwardRule.cho), ("year of issuer", AwardRule.yearOfIssuer), ("counted list", AwardRule.countedList),
        ("colon list", AwardRule.colonList), ("honoured end", AwardRule.honouredEnd),
        ("list after gom", AwardRule.listAfterGom), ("digit", AwardRule.digit),
    ]

    static let texts: [Substring] = {
        var texts: [Substring] = []
        for (_, passage) in AnchoredPatternTests.passages {
            for sentence in passage.sentences {
                texts.append(Substring(passage.text(sentence)))
                texts.append(passage.folded.slice(sentence))
                let tail = passage.folded.slice(sentence.lowerBound + sentence.count / 2..<sentence.upperBound)
                texts.append(tail)
            }
        }
        texts += [
            "Sở Y tế – Cụm trưởng", " - la cum truong", "18/3/2024 - 06:17", " - 06:17 sang", "🎉 cho 02 tap the (A, B)",
            " 02 tap the (so a, so b)", "",
        ]
        return texts
    }()

    @Test(arguments: TextPatternTests.patterns.map(\.0))
    func sameAsFoundation(name: String) throws {
        let pattern = try #require(Self.patterns.first { $0.0 == name }?.1)
        var found = 0
        for text in Self.texts {
            let expected = text.range(of: pattern.regex.pattern, options: .regularExpression)
            #expect(pattern.firstRange(in: text) == expected, "\(name) on \(text.prefix(40))")
            if expected != nil { found += 1 }
        }
        #expect(found > 0, "\(name) never matches")
    }

    @Test func asciiReplacingIsFoundations() {
        var texts = ["", " va ", "x va va y", "bo tai nguyen va moi truong", "va va va", " va  va ", "xva y", "bộ và sở"]
        texts += Gazetteer.standard.ministries.map { Folding.key($0.name) }
        for (_, passage) in AnchoredPatternTests.passages {
            texts += passage.sentences.prefix(20).map { Folding.key(passage.text($0)) }
        }
        for text in texts {
            for (target, replacement) in [(" va ", " "), ("va", ""), ("đơn vị", ""), ("a", "bb")] {
                #expect(text.replacingASCII(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement),
                        "\(text.prefix(40))")
            }
        }
    }
}
