import CSV
import Foundation
import PactoModel

/// The CSV form of the record: one row per event (a document without
/// events has one row with its own columns only), lists joined by `; `.
/// Quoting (RFC 4180) is left to CSV.swift's writer.
enum CSVRows {
    static let columns = [
        "file", "sha256", "language", "title", "published", "event", "activities", "date", "dayPart", "location",
        "locationProvince", "organizerKind", "organizerNumber", "organizer", "parent", "year", "memberCount",
        "members", "head", "deputyHead", "theme", "people", "awards", "criteriaCount",
    ]

    /// The rows of one document, as fields (nil for an unknown value).
    static func rows(for document: Document) -> [[String]] {
        let common: [String?] = [
            document.file, document.sha256, document.language.rawValue, document.title, document.published?.description,
        ]
        guard !document.events.isEmpty else {
            return [fields(common + Array(repeating: nil, count: columns.count - common.count))]
        }
        return document.events.enumerated().map { index, event in
            let values: [String?] = [
                String(index), event.activities.map(\.rawValue).joined(separator: " "), event.date?.date.description,
                event.dayPart?.rawValue, event.location?.text, event.location?.province, event.organizer?.kind.rawValue,
                event.organizer?.number.map(String.init), event.organizer?.label, event.organizer?.parent,
                event.year.map(String.init), event.memberCount.map(String.init),
                event.members.map { $0.province ?? $0.text }.joined(separator: "; "),
                event.head.map { $0.province ?? $0.text }, event.deputyHead.map { $0.province ?? $0.text }, event.theme,
                event.people.map { [$0.name, $0.title].compactMap { $0 }.joined(separator: " – ") }.joined(separator: "; "),
                event.awards.map { "\($0.kind.rawValue): \($0.recipients.joined(separator: ", "))" }.joined(separator: "; "),
                event.criteriaCount.map(String.init),
            ]
            return fields(common + values)
        }
    }

    /// `rows` as CSV text: rows separated by a line feed, none after the last.
    static func text(of rows: [[String]]) throws -> String {
        let writer = try CSVWriter(stream: OutputStream(toMemory: ()))
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func fields(_ values: [String?]) -> [String] {
        values.map { $0 ?? "" }
    }
}
