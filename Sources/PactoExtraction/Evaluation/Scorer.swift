import Foundation
import PactoModel

/// Scores extracted documents against gold annotations field by field, the
/// way `../shared/corpus/score.py` does: scalars count a true positive when
/// equal after folding; sets and lists count each item; members and award
/// recipients also match a prediction that contains the gold name as a
/// whole phrase; extra predicted events count against date and kind.
public struct Scorer: Sendable {
    /// True positives, false positives and false negatives of one field.
    public struct Tally: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// One mismatch, for `--show-errors`.
    public struct Mismatch: Sendable, Hashable {
        public var document: String
        public var field: String
        public var expected: String
        public var found: String
    }

    public private(set) var tallies: [String: Tally] = [:]
    public private(set) var mismatches: [Mismatch] = []
    public private(set) var documents = 0
    public private(set) var missing = 0

    public init() {}

    /// The tally over every field.
    public var overall: Tally {
        tallies.values.reduce(into: Tally()) { total, tally in
            total.truePositives += tally.truePositives
            total.falsePositives += tally.falsePositives
            total.falseNegatives += tally.falseNegatives
        }
    }

    /// Adds one document: its gold annotation and the prediction (nil when
    /// the document gave no output).
    public mutating func add(name: String, gold: GoldDocument, predicted: Document?) {
        documents += 1
        if predicted == nil { missing += 1 }
        let prediction = predicted
        scalar("language", gold.language, prediction.map { $0.language.rawValue }, name)
        scalar("title", ScoreFolding.fold(gold.title), ScoreFolding.fold(prediction?.title), name)
        scalar("published", gold.published, prediction?.published.map { String($0.description.prefix(10)) }, name)
        set("authors", gold.authors.compactMap(ScoreFolding.fold), (prediction?.authors ?? []).compactMap(ScoreFolding.fold), name)
        var events = prediction?.events ?? []
        for goldEvent in gold.events {
            let index = Self.bestEvent(for: goldEvent, in: events)
            let event = index.map { events[$0] }
            if let index { events.remove(at: index) }
            score(goldEvent, event, name)
        }
        for _ in events {
            tallies["date", default: Tally()].falsePositives += 1
            tallies["organizer.kind", default: Tally()].falsePositives += 1
        }
    }

    mutating func score(_ gold: GoldEvent, _ event: Event?, _ name: String) {
        set("activities", gold.activities, (event?.activities ?? []).map(\.rawValue), name)
        scalar("date", gold.date, event?.date.map { $0.date.description }, name)
        scalar("dayPart", gold.dayPart, event?.dayPart?.rawValue, name)
        scalar("location", ScoreFolding.place(gold.locationProvince), ScoreFolding.place(event?.location?.province), name)
        scalar("organizer.kind", gold.organizer?.kind, event?.organizer?.kind.rawValue, name)
        scalar("organizer.number", gold.organizer?.number.map(String.init), event?.organizer?.number.map(String.init), name)
        scalar("organizer.parent", ScoreFolding.fold(gold.organizer?.parent), ScoreFolding.fold(event?.organizer?.parent), name)
        scalar("year", gold.year.map(String.init), event?.year.map(String.init), name)
        scalar("memberCount", gold.memberCount.map(String.init), event?.memberCount.map(String.init), name)
        let goldMembers = (gold.memberProvinces + gold.memberUnits).compactMap(ScoreFolding.place)
        let predicted = (event?.members ?? []).map { member in
            [ScoreFolding.place(member.province), ScoreFolding.place(member.text)].compactMap { $0 }.filter { !$0.isEmpty }
        }
        matchLists("members", goldMembers, predicted, name)
        for (field, goldName, member) in [("head", gold.head, event?.head), ("deputyHead", gold.deputyHead, event?.deputyHead)] {
            let (expected, found) = Self.headMatch(goldName, member)
            scalar(field, expected, found, name)
        }
        scalar("theme", ScoreFolding.theme(gold.theme), ScoreFolding.theme(event?.theme), name)
        set("people", gold.people.compactMap { ScoreFolding.fold($0.name) }, (event?.people ?? []).compactMap { ScoreFolding.fold($0.name) }, name)
        let goldRecipients = gold.awards.flatMap { $0.recipients ?? [] }.compactMap(ScoreFolding.fold)
        let predictedRecipients = (event?.awards ?? []).flatMap(\.recipients).compactMap(ScoreFolding.fold).map { [$0] }
        matchLists("awards", goldRecipients, predictedRecipients, name)
        scalar("criteriaCount", gold.criteriaCount.map(String.init), event?.criteriaCount.map(String.init), name)
    }

    mutating func scalar(_ field: String, _ gold: String?, _ predicted: String?, _ name: String) {
        if gold == nil && predicted == nil { return }
        if let gold, let predicted, gold == predicted {
            tallies[field, default: Tally()].truePositives += 1
            return
        }
        if predicted != nil { tallies[field, default: Tally()].falsePositives += 1 }
        if gold != nil { tallies[field, default: Tally()].falseNegatives += 1 }
        mismatches.append(Mismatch(document: name, field: field, expected: gold ?? "null", found: predicted ?? "null"))
    }

    mutating func set(_ field: String, _ gold: [String], _ predicted: [String], _ name: String) {
        let expected = Set(gold.filter { !$0.isEmpty })
        let found = Set(predicted.filter { !$0.isEmpty })
        tallies[field, default: Tally()].truePositives += expected.intersection(found).count
        tallies[field, default: Tally()].falsePositives += found.subtracting(expected).count
        tallies[field, default: Tally()].falseNegatives += expected.subtracting(found).count
        if expected != found {
            mismatches.append(Mismatch(document: name, field: field,
                                       expected: expected.subtracting(found).sorted().joined(separator: "; "),
                                       found: found.subtracting(expected).sorted().joined(separator: "; ")))
        }
    }

    /// Greedy one-to-one matching: a prediction matches a gold name when one
    /// of its keys equals it or contains it as a whole phrase.
    mutating func matchLists(_ field: String, _ gold: [String], _ predicted: [[String]], _ name: String) {
        let goldKeys = gold.filter { !$0.isEmpty }
        var left = predicted.filter { !$0.isEmpty }
        var missed: [String] = []
        for key in goldKeys {
            var hit = left.firstIndex { $0.contains(key) }
            if hit == nil, key.count > 3 {
                hit = left.firstIndex { keys in keys.contains { Self.containsPhrase($0, key) } }
            }
            if let hit { left.remove(at: hit) } else { missed.append(key) }
        }
        tallies[field, default: Tally()].truePositives += goldKeys.count - missed.count
        tallies[field, default: Tally()].falseNegatives += missed.count
        tallies[field, default: Tally()].falsePositives += left.count
        if !missed.isEmpty || !left.isEmpty {
            mismatches.append(Mismatch(document: name, field: field, expected: missed.joined(separator: "; "),
                                       found: left.compactMap(\.first).joined(separator: "; ")))
        }
    }

    /// `phrase` occurs in `text` between non-word characters.
    static func containsPhrase(_ text: String, _ phrase: String) -> Bool {
        var searchStart = text.startIndex
        while let found = text.range(of: phrase, range: searchStart..<text.endIndex) {
            let beforeOK = found.lowerBound == text.startIndex || !Self.isWord(text[text.index(before: found.lowerBound)])
            let afterOK = found.upperBound == text.endIndex || !Self.isWord(text[found.upperBound])
            if beforeOK && afterOK { return true }
            searchStart = text.index(after: found.lowerBound)
        }
        return false
    }

    static func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "_" }

    /// Gold head is a province or a unit: the prediction's province or text
    /// equal to it or containing it.
    static func headMatch(_ gold: String?, _ predicted: Member?) -> (String?, String?) {
        guard let gold, let predicted else {
            return (gold.flatMap(ScoreFolding.place), predicted.flatMap { ScoreFolding.place($0.province) ?? ScoreFolding.place($0.text) })
        }
        let key = ScoreFolding.place(gold) ?? ""
        let candidates = [ScoreFolding.place(predicted.province), ScoreFolding.place(predicted.text)]
        for candidate in candidates.compactMap({ $0 }) where candidate == key || key.count > 3 && candidate.contains(key) {
            return (key, key)
        }
        return (key, candidates[0] ?? candidates[1])
    }

    /// The predicted event most like the gold one (same date, number, kind).
    static func bestEvent(for gold: GoldEvent, in events: [Event]) -> Int? {
        guard !events.isEmpty else { return nil }
        var best = 0
        var bestScore = -1
        for (index, event) in events.enumerated() {
            var score = 0
            if let date = event.date, date.date.description == gold.date { score += 2 }
            if let number = event.organizer?.number, number == gold.organizer?.number { score += 1 }
            if event.organizer?.kind.rawValue == gold.organizer?.kind { score += 1 }
            if score > bestScore { best = index; bestScore = score }
        }
        return best
    }
}
