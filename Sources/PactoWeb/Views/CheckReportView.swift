import PactoChecking
import PactoModel

/// What the `check-report` template shows of a ``CheckReport``: the aligned
/// passages side by side, with the words of every differing fact marked,
/// then the facts, the passages without counterpart and the terms. Every
/// text goes out through the template's escaping; nothing here is HTML.
struct CheckReportView {
    /// A run of a passage's text, marked when it is a differing fact's evidence.
    struct Piece {
        var text: String
        var marked: Bool
    }

    /// One passage in a cell; passages after the first open on a line break.
    struct Passage {
        var kind: String?
        var pieces: [Piece]
        var followsAnother: Bool
    }

    struct Row {
        /// `added`, `omitted`, `differs` or empty.
        var rowClass: String
        var original: [Passage]
        var translation: [Passage]
    }

    struct Fact {
        var field, verdict, severity, original, translation, note: String
    }

    struct Unmatched {
        var label, severity, kind, text, reason: String
    }

    struct Term {
        var severity, kind, message: String
    }

    var originalFile: String
    var originalLanguage: String
    var translationFile: String
    var translationLanguage: String
    var errorsText: String
    var warningsText: String
    var rows: [Row]
    var facts: [Fact]
    var unmatched: [Unmatched]
    var terms: [Term]
    /// Stored, not computed: the template finds values by reflection.
    var hasUnmatched: Bool
    var hasTerms: Bool

    init(_ report: CheckReport) {
        originalFile = report.original.file
        originalLanguage = report.original.language.rawValue
        translationFile = report.translation.file
        translationLanguage = report.translation.language.rawValue
        errorsText = "\(report.errors) error\(report.errors == 1 ? "" : "s")"
        warningsText = "\(report.warnings) warning\(report.warnings == 1 ? "" : "s")"

        let differing = report.facts.filter { $0.verdict != .match }
        let originalMarks = differing.compactMap { $0.originalEvidence?.text }.filter { !$0.isEmpty }
        let translationMarks = differing.compactMap { $0.translationEvidence?.text }.filter { !$0.isEmpty }
        rows = report.alignment.map { pair in
            let left = pair.original.map { (report.original.segments[$0], report.original.segmentKinds[$0]) }
            let right = pair.translation.map { (report.translation.segments[$0], report.translation.segmentKinds[$0]) }
            let marked = left.contains { text, _ in originalMarks.contains { text.contains($0) } }
                || right.contains { text, _ in translationMarks.contains { text.contains($0) } }
            return Row(
                rowClass: left.isEmpty ? "added" : right.isEmpty ? "omitted" : marked ? "differs" : "",
                original: Self.passages(left, marks: originalMarks),
                translation: Self.passages(right, marks: translationMarks))
        }
        facts = report.facts.map { fact in
            Fact(field: fact.field, verdict: fact.verdict.rawValue, severity: fact.severity.rawValue,
                 original: fact.original ?? "—", translation: fact.translation ?? "—", note: fact.note ?? "")
        }
        unmatched = report.segments.omitted.map { Self.unmatched($0, label: "omitted") }
            + report.segments.added.map { Self.unmatched($0, label: "added") }
        terms = report.terms.map { Term(severity: $0.severity.rawValue, kind: $0.kind.rawValue, message: $0.message) }
        hasUnmatched = !unmatched.isEmpty
        hasTerms = !terms.isEmpty
    }

    private static func unmatched(_ segment: UnmatchedSegment, label: String) -> Unmatched {
        Unmatched(label: label, severity: segment.severity.rawValue, kind: segment.kind, text: segment.text, reason: segment.reason)
    }

    private static func passages(_ segments: [(String, String)], marks: [String]) -> [Passage] {
        segments.enumerated().map { index, segment in
            Passage(kind: segment.1 == "paragraph" ? nil : segment.1, pieces: pieces(segment.0, marks: marks), followsAnother: index > 0)
        }
    }

    /// `text` cut into runs inside and outside the phrases of `marks`.
    /// - Complexity: O(n · m · k) for n characters and k marks of m characters.
    static func pieces(_ text: String, marks: [String]) -> [Piece] {
        let characters = Array(text)
        var marked = [Bool](repeating: false, count: characters.count)
        for mark in marks {
            let needle = Array(mark)
            guard needle.count <= characters.count else { continue }
            for start in 0...(characters.count - needle.count) where characters[start..<(start + needle.count)].elementsEqual(needle) {
                for index in start..<(start + needle.count) { marked[index] = true }
            }
        }
        var pieces: [Piece] = []
        var index = 0
        while index < characters.count {
            let on = marked[index]
            var end = index
            while end < characters.count, marked[end] == on { end += 1 }
            pieces.append(Piece(text: String(characters[index..<end]), marked: on))
            index = end
        }
        return pieces
    }
}
