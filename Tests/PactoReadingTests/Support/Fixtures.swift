import Foundation
import PactoModel

/// Finds files under the repository's `Fixtures/` folder.
enum Fixtures {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // PactoReadingTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository
        .appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static func files(in folder: String, ending suffix: String) -> [String] {
        let directory = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted()
    }

    static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(relative))
    }
}

/// The parts of an Article that golden files pin down.
struct ExpectedArticle: Codable, Equatable {
    var language: String
    var title: String?
    var published: String?
    var authors: [String]
    var url: String?
    var encoding: String
    var blocks: [Block]

    init(_ article: Article) {
        language = article.language.rawValue
        title = article.title
        published = article.published?.description
        authors = article.authors
        url = article.url
        encoding = article.encoding
        blocks = article.blocks
    }

    // Keys always present, so golden files show nulls.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(language, forKey: .language)
        try container.encode(title, forKey: .title)
        try container.encode(published, forKey: .published)
        try container.encode(authors, forKey: .authors)
        try container.encode(url, forKey: .url)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(blocks, forKey: .blocks)
    }

    enum CodingKeys: String, CodingKey {
        case language, title, published, authors, url, encoding, blocks
    }

    static func load(_ relative: String) throws -> ExpectedArticle {
        try JSONDecoder().decode(ExpectedArticle.self, from: Fixtures.data(relative))
    }

    /// Writes the golden file when PACTO_RECORD is set (the test then fails
    /// so that someone reviews the new file).
    static var recording: Bool { ProcessInfo.processInfo.environment["PACTO_RECORD"] != nil }

    func record(to relative: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: Fixtures.root.appendingPathComponent(relative))
    }
}
