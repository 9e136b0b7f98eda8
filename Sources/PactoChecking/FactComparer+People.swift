import Foundation
import PactoModel

extension FactComparer {
    // MARK: People

    /// A person: found by folded name (Võ Minh Thành = Vo Minh Thanh); their
    /// title compared through the glossary (Giám đốc = director).
    func personFacts(_ person: Person) -> [FactComparison] {
        let key = Folding.key(person.name)
        let segment = context.sourceSegment(containing: person.name)
        let originalSpan = segment.flatMap { segment -> Span? in
            guard let range = Self.range(of: key, inFolded: segment.text) else { return nil }
            return context.span(segment, range)
        }
        var facts: [FactComparison] = []
        // Found by name anywhere in the translation?
        for target in context.targetSegments {
            guard let range = Self.range(of: key, inFolded: target.text) else { continue }
            let span = context.span(target, range)
            facts.append(FactComparison(
                field: "people", original: person.name, translation: span.text, verdict: .match, severity: .info,
                originalEvidence: originalSpan, translationEvidence: span))
            if let title = person.title { facts += titleFact(person: person, title: title, in: target, near: range) }
            return facts
        }
        let scope = context.scope(of: segment)
        let sourceNames = context.allSourceAnchors.keys(.name)
        if let scope, let (found, anchor) = context.targetAnchors(.name, in: scope).first(where: {
            !sourceNames.contains($0.1.key) && !Self.sameName($0.1.key, key)
        }) {
            return [FactComparison(
                field: "people", original: person.name, translation: context.text(found, anchor), verdict: .mismatch,
                severity: .error, note: "another name in the translation", originalEvidence: originalSpan,
                translationEvidence: context.span(found, anchor))]
        }
        let omitted = segment != nil && scope == nil
        // A name the extractor may have read too far ("Hồ Chí Minh. Đồng") is
        // not a sure loss.
        return [FactComparison(
            field: "people", original: person.name, translation: nil, verdict: .missing,
            severity: Self.isPlausibleName(person.name) ? .error : .warning, note: omitted ? "its passage is missing from the translation" : "name not in the translation",
            originalEvidence: originalSpan)]
    }

    /// The person's title next to their name in the translation.
    func titleFact(person: Person, title: String, in target: Segment, near range: Range<Int>) -> [FactComparison] {
        let glossary = context.glossary
        let sourceTitles = glossary.mentions(in: ScannedText(title), language: .vietnamese, kinds: [.title]).map(\.entry)
        guard let wanted = sourceTitles.first else { return [] }
        // The clause around the name: its sentence, cut at semicolons, near the name.
        let characters = Array(target.text)
        var lower = range.lowerBound
        while lower > 0, range.lowerBound - lower < 80, characters[lower - 1] != ";", characters[lower - 1] != "." { lower -= 1 }
        var upper = range.upperBound
        while upper < characters.count, upper - range.upperBound < 100, characters[upper] != ";", characters[upper] != "." { upper += 1 }
        let text = context.span(target, lower..<upper).text
        let found = glossary.mentions(in: ScannedText(text), language: .spanish, kinds: [.title]).map(\.entry)
        let families = Set((sourceTitles + [wanted]).map { Self.titleFamilies[$0] ?? $0 })
        if found.contains(wanted) || sourceTitles.contains(where: found.contains)
            || found.contains(where: { families.contains(Self.titleFamilies[$0] ?? $0) }) {
            return [FactComparison(
                field: "people.title", original: "\(person.name): \(title)", translation: found.joined(separator: ", "),
                verdict: .match, severity: .info)]
        }
        if let other = found.first {
            return [FactComparison(
                field: "people.title", original: "\(person.name): \(title)", translation: other, verdict: .mismatch,
                severity: .warning, note: "the title differs (\(wanted) → \(other))")]
        }
        return []
    }

    /// A Vietnamese personal name: a family name, then one to four syllables.
    static func isPlausibleName(_ name: String) -> Bool {
        guard !name.contains(where: { ".,:;()/".contains($0) }) else { return false }
        let words = Folding.key(name).split(separator: " ").map(String.init)
        guard (2...5).contains(words.count) else { return false }
        let capitalised = name.split(separator: " ").allSatisfy { $0.first?.isUppercase ?? false }
        return capitalised && words.allSatisfy(AnchorFinder.isSyllable)
    }

    /// Titles one language may render with the other's word for a kindred
    /// title (a "Vụ trưởng" is often a "director del departamento").
    static let titleFamilies: [String: String] = [
        "director": "head", "head-department": "head", "general-director": "head", "principal": "head",
        "deputy-director": "deputy", "deputy-head-department": "deputy",
    ]

    /// Whether two folded names are the same person (one may drop the middle name).
    static func sameName(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        let a = lhs.split(separator: " ")
        let b = rhs.split(separator: " ")
        guard a.first == b.first, a.last == b.last else { return false }
        return a.count != b.count
    }

    /// The range of a folded key inside a text, as whole words.
    static func range(of key: String, inFolded text: String) -> Range<Int>? {
        guard !key.isEmpty else { return nil }
        let scanned = ScannedText(text)
        let words = key.split(separator: " ").map(String.init)
        let tokens = scanned.tokens
        guard words.count <= tokens.count else { return nil }
        for start in 0...(tokens.count - words.count) {
            if (0..<words.count).allSatisfy({ tokens[start + $0].key == words[$0] }) {
                return tokens[start].range.lowerBound..<tokens[start + words.count - 1].range.upperBound
            }
        }
        return nil
    }

    // MARK: Awards

    /// Award kinds that are easily rendered one for the other.
    static let awardFamilies: [String: String] = [
        "certificate-of-merit": "certificate", "commendation": "certificate", "emulation-flag": "flag",
        "labour-order": "order", "emulation-soldier": "soldier",
    ]

    func awardFact(_ award: Award, evidence: Evidence?) -> FactComparison {
        let kind: String? = switch award.kind {
        case .certificateOfMerit: "certificate-of-merit"
        case .emulationFlag: "emulation-flag"
        case .other: evidence.flatMap { evidence in
                context.glossary.mentions(in: ScannedText(evidence.text), language: .vietnamese, kinds: [.award]).first?.entry
            }
        }
        var original = award.kind.rawValue
        if let issuer = award.issuer { original += " (\(issuer))" }
        if !award.recipients.isEmpty { original += ": " + award.recipients.joined(separator: "; ") }
        guard let kind else {
            return FactComparison(field: "awards", original: original, translation: nil, verdict: .missing,
                                  severity: .info, note: "not verified", originalEvidence: context.span(of: evidence))
        }
        let family = Self.awardFamilies[kind]
        var fact = compareAnchored(
            field: "awards", kind: .award, key: kind, original: original, evidence: evidence, missing: .error,
            equivalent: { family != nil && Self.awardFamilies[$0] == family })
        if fact.verdict == .mismatch, let translated = fact.translationEvidence.map({ Folding.key($0.text) }) {
            let translatedKind = context.glossary.mentions(in: ScannedText(translated), language: .spanish, kinds: [.award]).first?.entry
            if let translatedKind, Self.awardFamilies[translatedKind] == family { fact.severity = .warning }
        }
        guard fact.verdict == .match, let issuer = award.issuer else { return fact }
        // The issuer: a different authority is a changed fact.
        let issuers = context.glossary.mentions(in: ScannedText(issuer), language: .vietnamese, kinds: [.issuer]).map(\.entry)
        guard let wanted = issuers.first else { return fact }
        let issuerFact = compareAnchored(
            field: "awards.issuer", kind: .issuer, key: wanted, original: issuer, evidence: evidence, missing: .info)
        if issuerFact.verdict == .mismatch { return issuerFact }
        return fact
    }
}
