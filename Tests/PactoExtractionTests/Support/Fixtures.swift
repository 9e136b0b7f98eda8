import Foundation
import PactoExtraction
import PactoModel
import PactoReading

/// Finds files under the repository's `Fixtures/` folder.
enum Fixtures {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // PactoExtractionTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository
        .appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static func files(in folder: String, ending suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted()
    }

    /// The Document `pacto extract` gives for a fixture, named by its file name alone.
    static func document(_ relative: String) throws -> Document {
        let path = path(relative)
        let article = try Reader().read(path: path)
        let extraction = Extractors.extract(from: article)
        return Document(
            file: URL(fileURLWithPath: relative).lastPathComponent, sha256: article.sha256,
            language: article.language, title: article.title, published: article.published,
            authors: article.authors, events: extraction.events, warnings: article.warnings + extraction.warnings)
    }

    /// Stable, readable JSON for golden files.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

/// Builds Articles from text for rule tests: one paragraph per string.
enum Sample {
    static func article(
        _ paragraphs: [String], title: String? = nil, published: String? = nil, language: Language = .vietnamese
    ) -> Article {
        Article(
            file: "sample.txt", title: title, published: published.flatMap { Stamp(iso: $0) }, language: language,
            blocks: paragraphs.map { Block(.paragraph, $0) })
    }

    /// The first event extracted from the paragraphs, nil when none.
    static func event(
        _ paragraphs: [String], title: String? = nil, published: String? = nil, language: Language = .vietnamese
    ) -> Event? {
        Extractors.extract(from: article(paragraphs, title: title, published: published, language: language)).events.first
    }

    static func event(_ text: String, title: String? = nil, published: String? = nil, language: Language = .vietnamese) -> Event? {
        event([text], title: title, published: published, language: language)
    }

    static func warnings(_ paragraphs: [String], title: String? = nil, published: String? = nil, language: Language = .vietnamese) -> [String] {
        Extractors.extract(from: article(paragraphs, title: title, published: published, language: language)).warnings
    }
}
