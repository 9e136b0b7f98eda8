import Foundation
@testable import PactoArchives

/// The archive fixtures (Fixtures/archives, made by make_archives.py) and
/// helpers that read a whole archive into a tally.
enum ArchiveFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String {
        root.appendingPathComponent("archives").appendingPathComponent(name).path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    /// Everything an archive yields, gathered.
    struct Tally {
        var entries: [ArchiveEntry] = []
        var skipped: [Skip: Int] = [:]
        var failed: [(name: String, reason: String)] = []

        /// Entry names with the archive's prefix removed.
        var names: [String] { entries.map { String($0.name[$0.name.index(after: $0.name.firstIndex(of: "!") ?? $0.name.startIndex)...]) } }
    }

    static func tally(_ stream: any ArchiveStream) -> Tally {
        var stream = stream
        var tally = Tally()
        while let item = stream.next() {
            switch item {
            case .entry(let entry): tally.entries.append(entry)
            case .skipped(let kind): tally.skipped[kind, default: 0] += 1
            case .failed(let name, let reason): tally.failed.append((name, reason))
            }
        }
        return tally
    }

    static func tally(_ name: String, limits: ArchiveLimits = .init()) -> Tally {
        let file = path(name)
        guard let format = ArchiveFormat.of(name: name) else { return Tally() }
        return tally(format.open(path: file, name: name, limits: limits))
    }

    /// What every crawl fixture skips: the records around its four pages.
    static let crawlSkips: [Skip: Int] = [
        .warcinfo: 1, .request: 1, .metadata: 1, .revisit: 1, .notHTML: 2, .redirect: 1, .httpError: 1,
    ]

    static let sapo = "https://thiduakhenthuong.example/tin-tuc/newspaper-sapo-vi"
    static let joomla = "https://thiduakhenthuong.example/tin-tuc/portal-joomla-vi"
    static let spanish = "https://vietnam.example/es/wordpress-es"
    static let sapoAgain = sapo + "@2024-03-31T09:00:00Z"
}

/// A source that hands out its bytes a few at a time, to cross every
/// chunk boundary a real file could have.
struct Trickle: ByteSource {
    var bytes: [UInt8]
    var step: Int
    var position = 0

    mutating func read(upTo count: Int) throws(ArchiveError) -> [UInt8] {
        let end = min(bytes.count, position + min(count, step))
        defer { position = end }
        return Array(bytes[position..<end])
    }
}
