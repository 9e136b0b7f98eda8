import Foundation
import PactoModel

/// How bad a finding is. Only a contradicted or lost fact is an error;
/// wording, terminology and presentation are warnings or notes.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case error, warning, info

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 > allCases.firstIndex(of: rhs) ?? 0
    }
}

/// What the translation does with one fact of the original.
public enum Verdict: String, Sendable, Hashable, Codable {
    /// Both say the same.
    case match
    /// Both say something, and it differs.
    case mismatch
    /// The original says it, the translation does not.
    case missing
    /// Only the translation says it.
    case added
}

/// Where a value stands in a text: the words and their character offsets
/// (into the article body, or into the segment for titles and captions).
public struct Span: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// One field of the extraction contract compared across the two texts.
public struct FactComparison: Sendable, Hashable, Codable {
    /// The contract's field ("date", "location", "organizer.number", "people" ...).
    public var field: String
    public var original: String?
    public var translation: String?
    public var verdict: Verdict
    public var severity: Severity
    /// Why, in a few words.
    public var note: String?
    public var originalEvidence: Span?
    public var translationEvidence: Span?

    public init(
        field: String, original: String?, translation: String?, verdict: Verdict, severity: Severity,
        note: String? = nil, originalEvidence: Span? = nil, translationEvidence: Span? = nil
    ) {
        self.field = field
        self.original = original
        self.translation = translation
        self.verdict = verdict
        self.severity = severity
        self.note = note
        self.originalEvidence = originalEvidence
        self.translationEvidence = translationEvidence
    }

    enum CodingKeys: String, CodingKey {
        case field, original, translation, verdict, severity, note, evidence
    }

    struct EvidencePair: Codable {
        var original: Span?
        var translation: Span?
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(field, forKey: .field)
        try container.encode(original, forKey: .original)
        try container.encode(translation, forKey: .translation)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(severity, forKey: .severity)
        try container.encode(note, forKey: .note)
        try container.encode(EvidencePair(original: originalEvidence, translation: translationEvidence), forKey: .evidence)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        field = try container.decode(String.self, forKey: .field)
        original = try container.decodeIfPresent(String.self, forKey: .original)
        translation = try container.decodeIfPresent(String.self, forKey: .translation)
        verdict = try container.decode(Verdict.self, forKey: .verdict)
        severity = try container.decode(Severity.self, forKey: .severity)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        let evidence = try container.decodeIfPresent(EvidencePair.self, forKey: .evidence)
        originalEvidence = evidence?.original
        translationEvidence = evidence?.translation
    }
}

/// A segment of one text with no counterpart in the other.
public struct UnmatchedSegment: Sendable, Hashable, Codable {
    /// "title", "paragraph", "heading", "caption" or "sentence".
    public var kind: String
    /// Position of the segment (for a sentence: of its paragraph) in its text.
    public var index: Int
    public var text: String
    public var severity: Severity
    public var reason: String
}

/// The segments without counterpart, each side.
public struct SegmentReport: Sendable, Hashable, Codable {
    public var omitted: [UnmatchedSegment]
    public var added: [UnmatchedSegment]
}

/// A terminology finding.
public struct TermFinding: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A word of the theme has no rendering in the translation.
        case notRendered = "not-rendered"
        /// One source term rendered more than one way.
        case inconsistent
        /// Vietnamese left in the Spanish text.
        case untranslated
        /// Page interface text left in the translation.
        case leftover
    }

    public var kind: Kind
    /// The source term (glossary id or the words found).
    public var term: String
    public var renderings: [String]
    public var severity: Severity
    public var message: String
}

/// A pair of segments (or groups of them) that correspond.
public struct AlignedPair: Sendable, Hashable, Codable {
    public var original: [Int]
    public var translation: [Int]
    public var similarity: Double
}

/// Identity of one side of the check.
public struct CheckedDocument: Sendable, Hashable, Codable {
    public var file: String
    public var language: Language
    public var title: String?
    public var published: Stamp?
    public var authors: [String]
    public var events: [Event]
    /// The segments the alignment worked on (title, paragraphs, captions).
    public var segments: [String]
    public var segmentKinds: [String]
}

/// Everything `pacto check` found.
public struct CheckReport: Sendable, Hashable {
    public var original: CheckedDocument
    public var translation: CheckedDocument
    public var facts: [FactComparison]
    public var segments: SegmentReport
    public var terms: [TermFinding]
    public var alignment: [AlignedPair]

    public var errors: Int { count(.error) }
    public var warnings: Int { count(.warning) }

    func count(_ severity: Severity) -> Int {
        facts.filter { $0.severity == severity && $0.verdict != .match }.count
            + segments.omitted.filter { $0.severity == severity }.count
            + segments.added.filter { $0.severity == severity }.count
            + terms.filter { $0.severity == severity }.count
    }

    /// The exit status for a review pipeline: 0 clean, 1 errors.
    public var exitStatus: Int32 { errors > 0 ? 1 : 0 }
}
