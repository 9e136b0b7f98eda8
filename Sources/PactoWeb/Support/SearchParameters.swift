import Foundation
import Hummingbird
import PactoModel
import PactoRecord

/// The search form's fields as they arrive in a query string, checked and
/// turned into a ``SearchQuery``; the same names serve the page and
/// `/api/search`.
///
/// | name | meaning |
/// |---|---|
/// | `q` | words, matched without regard to case or diacritics |
/// | `organizer` | "Cụm VIII", "cluster 8", "Khối 2" |
/// | `ministry` | a parent body, by name or abbreviation |
/// | `year` | the year of the pact or review |
/// | `province` | a province by its name then or now |
/// | `activity` | one of ``Activity`` |
/// | `lang` | `vi` or `es` (also `en`, `und`) |
/// | `from`, `to` | dates, `YYYY-MM-DD` |
/// | `page` | 1, 2, … |
/// | `limit` | results per page, 1 to ``maximumLimit`` |
struct SearchParameters: Sendable, Hashable {
    var text = ""
    var organizer: String?
    var ministry: String?
    var year: Int?
    var province: String?
    var activity: Activity?
    var language: Language?
    var from: Stamp?
    var to: Stamp?
    var page = 1
    var limit = 20

    static let maximumLimit = 100
    /// Longer values are refused: nobody types more, and it bounds the work.
    static let maximumLength = 300
    static let maximumPage = 500

    /// How empty values are read.
    enum Strictness: Sendable {
        /// The HTML form sends every field, empty ones too: an empty value
        /// is a field left blank.
        case form
        /// The JSON API holds to its OpenAPI description: a number, a date
        /// or one of a list of values must be one (`year=` is refused), and
        /// is read as sent, spaces included.
        case api
    }

    /// Reads the query parameters of `request`.
    /// - Throws: `HTTPError(.badRequest)` naming the field and what it accepts.
    init(_ request: Request, strictness: Strictness = .form) throws {
        try self.init(values: Self.decode(query: request.uri.query ?? ""), strictness: strictness)
    }

    /// The pairs of a query string as an HTML form sends it: `+` is a
    /// space, `%XX` a byte of UTF-8; the first value of a name wins.
    /// - Throws: 400 when a value is not valid percent-encoded UTF-8.
    static func decode(query: String) throws -> [String: String] {
        var values: [String: String] = [:]
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) throws -> String {
                guard let value = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                    throw HTTPError(.badRequest, message: "query string: \"\(text.prefix(40))\" is not valid percent-encoded UTF-8")
                }
                return value
            }
            let name = try decoded(parts[0])
            let value = parts.count > 1 ? try decoded(parts[1]) : ""
            if values[name] == nil { values[name] = value }
        }
        return values
    }

    /// Reads parameters given by name (the first value of each).
    /// - Throws: `HTTPError(.badRequest)` naming the field and what it accepts.
    init(values parameters: [String: String], strictness: Strictness = .form) throws {
        func value(_ name: String, typed: Bool = false) throws -> String? {
            guard let raw = parameters[name] else { return nil }
            let text: String
            switch strictness {
            case .form: text = raw.trimmingWhitespace()
            // Blank as the description's pattern sees it: by code point.
            case .api: text = typed ? raw : raw.trimmingWhitespaceScalars()
            }
            if typed, strictness == .api, text.isEmpty {
                throw HTTPError(.badRequest, message: "\(name) is empty: leave it out, or give a value")
            }
            // The API looks at the value as sent, and counts as its description
            // (JSON Schema) does, by code point: a line feed is a control
            // character too, and "🏻" is one more character after a letter.
            let checked = strictness == .api ? raw : text
            let length = strictness == .api ? raw.unicodeScalars.count : text.count
            guard length <= Self.maximumLength else {
                throw HTTPError(.badRequest, message: "\(name): at most \(Self.maximumLength) characters")
            }
            guard !checked.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw HTTPError(.badRequest, message: "\(name): control characters are not allowed")
            }
            return text.isEmpty ? nil : text
        }
        func number(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
            guard let text = try value(name, typed: true) else { return nil }
            guard let number = Int(text), range.contains(number) else {
                throw HTTPError(.badRequest, message: "\(name) \"\(text)\": a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
        func date(_ name: String) throws -> Stamp? {
            guard let text = try value(name, typed: true) else { return nil }
            // The API takes a date exactly as written back (OpenAPI `format: date`).
            guard let stamp = Stamp(iso: text), strictness == .form || stamp.description == text else {
                throw HTTPError(.badRequest, message: "\(name) \"\(text)\": a date as YYYY-MM-DD")
            }
            return stamp
        }
        text = try value("q") ?? ""
        organizer = try value("organizer")
        ministry = try value("ministry")
        year = try number("year", in: 1945...2100)
        province = try value("province")
        if let name = try value("activity", typed: true) {
            guard let activity = Activity(rawValue: name) else {
                throw HTTPError(.badRequest, message: "activity \"\(name)\": one of \(Activity.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            self.activity = activity
        }
        if let code = try value("lang", typed: true) {
            guard let language = Language(rawValue: code) else {
                throw HTTPError(.badRequest, message: "lang \"\(code)\": vi, es, en or und")
            }
            self.language = language
        }
        from = try date("from")
        to = try date("to")
        page = try number("page", in: 1...Self.maximumPage) ?? 1
        limit = try number("limit", in: 1...Self.maximumLimit) ?? 20
    }

    init() {}

    /// True when nothing was asked: the page shows the form and the record's facets.
    var isEmpty: Bool { query.terms.isEmpty && !hasFilters }

    var hasFilters: Bool {
        organizer != nil || ministry != nil || year != nil || province != nil || activity != nil || language != nil
            || from != nil || to != nil
    }

    /// The record's query for this page.
    var query: SearchQuery {
        SearchQuery(
            text: text, organizer: organizer, ministry: ministry, year: year, province: province, activity: activity,
            language: language, from: from, to: to, limit: limit, offset: (page - 1) * limit)
    }

    /// The parameters as a query string, for links that change one of them.
    var queryString: QueryString {
        QueryString([
            ("q", text), ("organizer", organizer), ("ministry", ministry), ("year", year.map(String.init)),
            ("province", province), ("activity", activity?.rawValue), ("lang", language?.rawValue),
            ("from", from?.description), ("to", to?.description), ("limit", limit == 20 ? nil : String(limit)),
        ])
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// Without the white-space code points at either end (a space followed
    /// by a combining accent keeps the accent, where the Character-based
    /// ``trimmingWhitespace()`` drops both).
    func trimmingWhitespaceScalars() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
