import Foundation
import PactoModel

/// `pacto export`: every document of the record, as JSON Lines (one line
/// per document, the shape of `pacto extract --json`) or CSV (one row per
/// event).
///
/// The output is the same bytes for the same record, and for two records
/// imported from the same files: documents come in the order of their
/// paths, events in their order in the document, and JSON keys sorted (the
/// evidence of an event is a dictionary, whose order would otherwise change
/// from run to run). Users diff and checksum exports.
public enum RecordExport {
    public enum Format: String, Sendable, CaseIterable {
        case jsonl, csv
    }

    /// Hands each line of the export (without its line feed) to `line`.
    /// - Complexity: one document's events in memory at a time.
    public static func write(_ store: any RecordStore, format: Format, to line: (String) throws -> Void) throws {
        switch format {
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            try store.documents { document in
                try line(String(decoding: try encoder.encode(document), as: UTF8.self))
            }
        case .csv:
            try line(try CSVRows.text(of: [CSVRows.columns]))
            try store.documents { document in
                let rows = CSVRows.rows(for: document)
                try line(try CSVRows.text(of: rows))
            }
        }
    }
}
