import Foundation
import PactoModel

extension CheckReport {
    /// The `--json` form: `{"original", "translation", "facts", "segments":
    /// {"omitted", "added"}, "terms", "summary": {"errors", "warnings"}}`.
    public func json(pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(JSONShape(self)), as: UTF8.self)
    }

    struct JSONShape: Encodable {
        struct Side: Encodable {
            var file: String
            var language: String
            var title: String?
            var published: Stamp?
            var authors: [String]
            var events: [Event]

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(file, forKey: .file)
                try container.encode(language, forKey: .language)
                try container.encode(title, forKey: .title)
                try container.encode(published, forKey: .published)
                try container.encode(authors, forKey: .authors)
                try container.encode(events, forKey: .events)
            }

            enum CodingKeys: String, CodingKey { case file, language, title, published, authors, events }
        }

        struct Summary: Encodable {
            var errors: Int
            var warnings: Int
            var infos: Int
        }

        var original: Side
        var translation: Side
        var facts: [FactComparison]
        var segments: SegmentReport
        var terms: [TermFinding]
        var summary: Summary

        init(_ report: CheckReport) {
            func side(_ document: CheckedDocument) -> Side {
                Side(file: document.file, language: document.language.rawValue, title: document.title,
                     published: document.published, authors: document.authors, events: document.events)
            }
            original = side(report.original)
            translation = side(report.translation)
            facts = report.facts
            segments = report.segments
            terms = report.terms
            summary = Summary(errors: report.errors, warnings: report.warnings, infos: report.count(.info))
        }
    }
}
