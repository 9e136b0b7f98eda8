import Foundation
import PactoModel

/// The bilingual glossary: Vietnamese terms and their accepted Spanish
/// renderings, the words of common pact themes, award kinds, issuers,
/// titles, activity vocabulary, and the interface words that must not be
/// left in a published translation.
///
/// Loaded from an editable JSON file (`Resources/glossary.json`, or the
/// file given with `--glossary`): changing a rendering needs no code.
public struct Glossary: Sendable {
    public var entries: [Entry]
    /// Interface text ("Kommentar (0)", "Fuente") that gives away a page
    /// copied without cleaning.
    public var leftovers: [String]

    /// One concept and the ways each language writes it.
    public struct Entry: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case term, theme, award, issuer, title, activity, region
        }

        public var id: String
        public var kind: Kind
        /// The translation should use one rendering only.
        public var consistent: Bool
        public var vi: [String]
        public var es: [String]

        enum CodingKeys: String, CodingKey { case id, kind, consistent, vi, es }

        public init(id: String, kind: Kind, consistent: Bool = false, vi: [String], es: [String]) {
            self.id = id
            self.kind = kind
            self.consistent = consistent
            self.vi = vi
            self.es = es
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .term
            consistent = try container.decodeIfPresent(Bool.self, forKey: .consistent) ?? false
            vi = try container.decodeIfPresent([String].self, forKey: .vi) ?? []
            es = try container.decodeIfPresent([String].self, forKey: .es) ?? []
        }
    }

    struct File: Codable {
        var entries: [Entry]
        var leftovers: [String]?
    }

    public init(entries: [Entry], leftovers: [String] = []) {
        self.entries = entries
        self.leftovers = leftovers
        compiled = Compiled(entries: entries)
    }

    /// Reads a glossary file.
    public init(data: Data) throws(CheckError) {
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            self.init(entries: file.entries, leftovers: file.leftovers ?? [])
        } catch {
            throw CheckError(.badGlossary, detail: String(describing: error))
        }
    }

    /// The glossary shipped with Pacto.
    public static func bundled() throws(CheckError) -> Glossary {
        // `Resources/glossary.json`, compiled in (Package.swift: `.embedInCode`).
        try Glossary(data: Data(PackageResources.glossary_json))
    }

    let compiled: Compiled

    public func entry(id: String) -> Entry? { entries.first { $0.id == id } }
}

// MARK: - Matching

/// One glossary form found in a text.
struct TermMention: Sendable, Hashable {
    var entry: String
    var kind: Glossary.Entry.Kind
    /// The form as written in the glossary.
    var form: String
    /// Token indexes in the scanned text.
    var tokens: Range<Int>
    /// Character range in the scanned text.
    var range: Range<Int>
}

extension Glossary {
    /// The forms of every entry, folded into word lists, longest first.
    struct Compiled: Sendable {
        struct Form: Sendable {
            var entry: String
            var kind: Entry.Kind
            var text: String
            var words: [String]
        }

        var vietnamese: [Form]
        var spanish: [Form]

        init(entries: [Entry]) {
            func forms(_ pick: (Entry) -> [String]) -> [Form] {
                var list: [Form] = []
                for entry in entries {
                    for text in pick(entry) {
                        let words = Folding.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "*" && $0 != "&" })
                            .map(String.init)
                        if !words.isEmpty { list.append(Form(entry: entry.id, kind: entry.kind, text: text, words: words)) }
                    }
                }
                // Longest first; on ties keep the file's order (stable).
                return list.enumerated().sorted { lhs, rhs in
                    lhs.element.words.count != rhs.element.words.count
                        ? lhs.element.words.count > rhs.element.words.count : lhs.offset < rhs.offset
                }.map(\.element)
            }
            vietnamese = forms(\.vi)
            spanish = forms(\.es)
        }
    }

    /// Every glossary form in a text, longest match first, no overlaps
    /// within one kind (a word may be a term and a theme word at once).
    func mentions(in text: ScannedText, language: Language, kinds: Set<Entry.Kind>? = nil) -> [TermMention] {
        let forms = language == .spanish ? compiled.spanish : compiled.vietnamese
        var taken: [Entry.Kind: Set<Int>] = [:]
        var found: [TermMention] = []
        let keys = text.tokens.map(\.key)
        for form in forms where kinds?.contains(form.kind) ?? true {
            let count = form.words.count
            guard count <= keys.count else { continue }
            var start = 0
            while start + count <= keys.count {
                var matches = true
                for offset in 0..<count where !Self.word(keys[start + offset], matches: form.words[offset]) {
                    matches = false
                    break
                }
                let span = start..<(start + count)
                if matches, !span.contains(where: { taken[form.kind, default: []].contains($0) }) {
                    taken[form.kind, default: []].formUnion(span)
                    let range = text.tokens[start].range.lowerBound..<text.tokens[start + count - 1].range.upperBound
                    found.append(TermMention(entry: form.entry, kind: form.kind, form: form.text, tokens: span, range: range))
                    start += count
                } else {
                    start += 1
                }
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    static func word(_ key: String, matches pattern: String) -> Bool {
        if pattern.hasSuffix("*") { return key.hasPrefix(pattern.dropLast()) }
        return key == pattern
    }
}
