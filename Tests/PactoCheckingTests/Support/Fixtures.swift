import Foundation
import PactoChecking
import PactoModel
import PactoReading

/// Finds files under the repository's `Fixtures/` folder and reads them.
enum Fixtures {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // PactoCheckingTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository
        .appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    static func data(_ relative: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(relative))
    }

    static let reader = Reader()

    /// Reads a fixture as `pacto check` does.
    static func article(_ relative: String) throws -> Article {
        try Reader().read(path: path(relative))
    }

    /// Reads text given in a test as if it were a file of that name.
    static func article(text: String, name: String) throws -> Article {
        try Reader().read(bytes: Array(text.utf8), name: name, format: .text)
    }

    static let checker: Checker = {
        do { return try Checker() } catch { preconditionFailure("the shipped glossary must load: \(error)") }
    }()

    /// Checks a pair of fixture files.
    static func check(_ original: String, _ translation: String) throws -> CheckReport {
        try checker.check(original: article(original), translation: article(translation))
    }

    /// Checks an original fixture against a translation given as text.
    static func check(_ original: String, translationText: String, name: String = "translation.txt") throws -> CheckReport {
        try checker.check(original: article(original), translation: article(text: translationText, name: name))
    }
}
