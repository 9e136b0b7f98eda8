import Foundation
@testable import PactoExtraction
import PactoModel
import PactoReading
import Testing

/// Searching a passage for a pattern: around its anchors over the whole
/// text, or over part of it. Debug builds check every match a windowed
/// search gives against a scan of the whole text (`MatchSequence`), so
/// running the rules' patterns over the fixtures and the hard cases below
/// checks their derived anchors (``PatternAnchorsTests`` checks the derivation).
struct AnchoredPatternTests {
    static let patterns: [(String, Pattern)] = {
        var list: [(String, Pattern)] = []
        for (index, cue) in ActivityRule.vietnamese.cues.enumerated() { list.append(("activity vi \(index)", cue.pattern)) }
        for (index, pattern) in MemberCountRule.strong.enumerated() { list.append(("member count \(index)", pattern)) }
        list.append(("member count weak", MemberCountRule.weak))
        list.append(("criteria vi", CriteriaRule.vietnamese.pattern))
        list.append(("criteria es", CriteriaRule.spanish.pattern))
        list.append(("date numeric", MeetingDateRule.numeric))
        list.append(("date spelled", MeetingDateRule.spelled))
        list.append(("year", YearMentions.year))
        list.append(("head role", HeadRule.role))
        list.append(("award noun", AwardRule.noun))
        list.append(("organizer strong", OrganizerRule.strong))
        list.append(("organizer weak", OrganizerRule.weak))
        list.append(("unknown place", UnknownPlaceRule.introduced))
        list.append(("pact year review vi", PactYearRule.vietnamese.review))
        list.append(("pact year review es", PactYearRule.spanish.review))
        list.append(("pact year launch vi", PactYearRule.vietnamese.launch))
        list.append(("pact year launch es", PactYearRule.spanish.launch))
        list.append(("theme vi", ThemeRule.vietnamese.introductions))
        list.append(("theme es", ThemeRule.spanish.introductions))
        list.append(("theme named after", ThemeRule.namedAfter))
        list.append(("member list intro", MemberListRule.intro))
        list.append(("member list count colon", MemberListRule.countColon))
        list.append(("counted provinces", MemberListRule.countedProvinces))
        list.append(("location host", LocationRule.host))
        list.append(("date today", MeetingDateRule.todayWords))
        list.append(("organizer establishing", OrganizerRule.establishing))
        // Run over the whole text without anchors while they were written by hand.
        for (index, cue) in ActivityRule.spanish.cues.enumerated() { list.append(("activity es \(index)", cue.pattern)) }
        list.append(("organizer established by", OrganizerRule.establishedBy))
        list.append(("organizer districts of", OrganizerRule.districtsOf))
        list.append(("member list count bracket", MemberListRule.countBracket))
        list.append(("member list name bracket", MemberListRule.nameBracket))
        list.append(("spanish member intro", SpanishMemberRule.intro))
        list.append(("spanish member dashed", SpanishMemberRule.dashed))
        list.append(("spanish member that are", SpanishMemberRule.thatAre))
        list.append(("spanish member counted qualified", SpanishMemberRule.countedQualified))
        list.append(("spanish member bloc units", SpanishMemberRule.blocUnits))
        list.append(("spanish member role", SpanishMemberRule.role))
        list.append(("spanish member role first", SpanishMemberRule.roleFirst))
        list.append(("spanish member leads", SpanishMemberRule.leads))
        list.append(("spanish organizer mention", SpanishOrganizerRule.mention))
        list.append(("spanish organizer departments", SpanishOrganizerRule.departments))
        list.append(("spanish head role", SpanishHeadRule.role))
        list.append(("spanish date", SpanishDateRule.date))
        return list
    }()

    /// The bodies of every text and HTML fixture, and a few hard cases.
    static let passages: [(String, Passage)] = {
        var list: [(String, Passage)] = []
        let reader = Reader()
        for folder in ["seeds", "check", "html"] {
            for name in Fixtures.files(in: folder, ending: folder == "html" ? ".html" : ".txt") {
                guard let article = try? reader.read(path: Fixtures.path(folder + "/" + name)) else { continue }
                list.append((name, Passage(blocks: article.blocks)))
            }
        }
        let edges = [
            "phát động",  // an anchor at both ends of the text
            "Tổng kết năm 2023, trao 5 cờ thi đua; 12 tỉnh thành viên. Ngày 3/4/2024 ký kết giao ước gồm 7 đơn vị, 20 chỉ tiêu",
            "gồm mười hai tỉnh.Sáng 5/3 Cụm 6 tỉnh ký kết thi đua",
            "firmaron el pacto de emulación con 12 criterios; balance semestral y entrega de 3 banderas",
            // Counts whose number is followed by more than a space, or by its units ("mười lăm").
            "Khối gồm mười lăm đơn vị thành viên, có 7\thuyện và hai  tỉnh, thành phố thuộc Cụm; gồm 12\n\nhuyện",
            // Dates and counts of criteria with more white space, or none, around their parts.
            "Ngày 12  tháng 3 năm 2024 thông qua hai mươi tư chỉ tiêu và 15\ttiêu chí; sáng 5 / 3, chiều 6-3 họp",
        ]
        for text in edges { list.append((text, Passage(text: text))) }
        return list
    }()

    @Test func fixturesAreRead() {
        #expect(Self.passages.count >= 40)
    }

    /// Patterns run over part of a text: each sentence searched as a text
    /// of its own (a copy of it) finds what a search of that range of the
    /// whole text finds.
    @Test func partsSearchedAsTextsOfTheirOwn() {
        let patterns = [
            LocationRule.vietnameseVenue, LocationRule.spanishVenue, AwardRule.giving, AwardRule.proposing,
            AwardRule.receiving, PactYearRule.vietnamese.single, PactYearRule.vietnamese.span, HeadRule.role,
            ThemeRule.vietnamese.superior, MeetingDateRule.numeric,
        ]
        var searched = 0
        for (text, passage) in Self.passages {
            for sentence in passage.sentences {
                for pattern in patterns {
                    let part = passage.matches(pattern, in: sentence)
                    #expect(part == passage.matchesScanningAll(pattern, in: sentence), "\(text.prefix(40))")
                    searched += part.count
                }
            }
        }
        #expect(searched > 100)
    }

    /// A rule that stops at its first match sees what the whole list starts with.
    @Test func matchesAreFoundInTextOrder() {
        for (_, passage) in Self.passages {
            for (_, pattern) in Self.patterns {
                let all = passage.matches(pattern)
                #expect(passage.firstMatch(pattern) == all.first)
                #expect(all.map { $0[0]?.lowerBound ?? 0 } == all.map { $0[0]?.lowerBound ?? 0 }.sorted())
            }
        }
    }

    @Test func windowsCoverOnlyAnchors() {
        let passage = Passage(text: String(repeating: "Các đơn vị làm tốt. ", count: 50) + "Cụm tổ chức tổng kết năm.")
        let windows = passage.windows(of: ActivityRule.vietnamese.cues[3].pattern, in: 0..<passage.count)
        #expect(windows.count == 1)
        #expect(windows.reduce(0) { $0 + $1.count } < passage.count / 2)
    }
}
