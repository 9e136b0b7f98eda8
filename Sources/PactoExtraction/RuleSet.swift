import Foundation
import PactoModel

/// The meeting's day as a rule found it.
struct MeetingDate: Sendable {
    var date: Stamp?
    var dayPart: DayPart?
    var range: Range<Int>
}

/// A list of members and the span it was read from.
struct MemberList: Sendable {
    var members: [Found<Member>]
    var range: Range<Int>
    /// The text lists them as members ("gồm ..."), rather than naming provinces in a run.
    var isStated: Bool
}

/// What one language contributes to ``EventAssembler``: its rules, each
/// reading the same ``Context``. Vietnamese and Spanish have the same shape.
protocol RuleSet: Sendable {
    var activities: ActivityRule { get }
    var venue: Pattern { get }
    var pactYear: PactYearRule { get }
    var theme: ThemeRule { get }
    var criteria: CriteriaRule { get }
    func organizer(in context: Context) -> Found<Organizer>?
    func meetingDate(in context: Context) -> MeetingDate?
    func members(in context: Context, date: Stamp?, organizer: Found<Organizer>) -> MemberList?
    /// Units given a role: head, deputy, or a former head.
    func holders(in context: Context, date: Stamp?) -> [HeadRule.Holder]
    func awards(in context: Context, date: Stamp?) -> [Found<Award>]
    func memberCount(in context: Context) -> Found<Int>?
    /// Members named in the organizer's own name ("Cụm thi đua các tỉnh A, B").
    func membersInName(of organizer: Found<Organizer>, in context: Context) -> [Member]
}

struct VietnameseRules: RuleSet {
    let activities = ActivityRule.vietnamese
    let venue = LocationRule.vietnameseVenue
    let pactYear = PactYearRule.vietnamese
    let theme = ThemeRule.vietnamese
    let criteria = CriteriaRule.vietnamese

    func organizer(in context: Context) -> Found<Organizer>? { OrganizerRule().organizer(in: context) }

    func meetingDate(in context: Context) -> MeetingDate? {
        MeetingDateRule().meetingDate(in: context).map {
            MeetingDate(date: $0.date, dayPart: $0.candidate.dayPart, range: $0.candidate.range)
        }
    }

    func members(in context: Context, date: Stamp?, organizer: Found<Organizer>) -> MemberList? {
        if let list = MemberListRule().members(in: context, date: date) {
            return MemberList(members: list.members, range: list.range, isStated: true)
        }
        if let list = SubjectListRule.vietnamese.members(in: context, date: date) {
            return MemberList(members: list.members, range: list.range, isStated: true)
        }
        // Provinces named after a count ("4 tỉnh A, B, C, D đạt ..."): members, though not the whole list.
        let organizerText = organizer.range.map {
            context.body.foldedText($0.lowerBound..<min(context.body.count, $0.upperBound + 40))
        }
        let ofProvinces = ByteSearch.contains("cac tinh", in: organizerText ?? Folding.fold(organizer.value.label))
        return MemberListRule().provinceRun(in: context, date: date, ofProvinces: ofProvinces).map {
            MemberList(members: $0.members, range: $0.range, isStated: false)
        }
    }

    func holders(in context: Context, date: Stamp?) -> [HeadRule.Holder] { HeadRule().holders(in: context, date: date) }
    func awards(in context: Context, date: Stamp?) -> [Found<Award>] { AwardRule().awards(in: context, date: date) }
    func memberCount(in context: Context) -> Found<Int>? { MemberCountRule().count(in: context) }

    func membersInName(of organizer: Found<Organizer>, in context: Context) -> [Member] {
        OrganizerRule().provincesInName(of: organizer, in: context).map { Member(text: $0.text, province: $0.province) }
    }
}

struct SpanishRules: RuleSet {
    let activities = ActivityRule.spanish
    let venue = LocationRule.spanishVenue
    let pactYear = PactYearRule.spanish
    let theme = ThemeRule.spanish
    let criteria = CriteriaRule.spanish

    func organizer(in context: Context) -> Found<Organizer>? { SpanishOrganizerRule().organizer(in: context) }

    func meetingDate(in context: Context) -> MeetingDate? {
        SpanishDateRule().meetingDate(in: context).map { MeetingDate(date: $0.date, dayPart: $0.dayPart, range: $0.range) }
    }

    func members(in context: Context, date: Stamp?, organizer: Found<Organizer>) -> MemberList? {
        (SpanishMemberRule().members(in: context, date: date) ?? SubjectListRule.spanish.members(in: context, date: date))
            .map { MemberList(members: $0.members, range: $0.range, isStated: true) }
    }

    func holders(in context: Context, date: Stamp?) -> [HeadRule.Holder] {
        let found = SpanishHeadRule().holders(in: context, date: date)
        guard found.isEmpty else { return found }
        // The older role patterns, for a unit only: a person named with the role is no unit.
        return SpanishMemberRule().holders(in: context, date: date).filter { holder in
            holder.member.value.province != nil
                || HeadCues.spanish.unitWords.contains(Folding.key(String(holder.member.value.text.split(separator: " ").first ?? "")))
        }
    }
    func awards(in context: Context, date: Stamp?) -> [Found<Award>] { SpanishAwardRule().awards(in: context, date: date) }
    func memberCount(in context: Context) -> Found<Int>? { SpanishMemberRule().count(in: context) }
    func membersInName(of organizer: Found<Organizer>, in context: Context) -> [Member] { [] }
}
