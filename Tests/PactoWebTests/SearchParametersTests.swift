import Hummingbird
import PactoModel
import PactoRecord
import Testing
@testable import PactoWeb

struct SearchParametersTests {
    @Test func readsEveryField() throws {
        let parameters = try SearchParameters(values: [
            "q": "  ky cuong ", "organizer": "Cụm VIII", "year": "2024", "province": "Tây Ninh",
            "activity": "pact-signing", "lang": "vi", "from": "2024-01-01", "to": "2024-12-31", "page": "3", "limit": "10",
        ])
        #expect(parameters.text == "ky cuong")
        #expect(parameters.organizer == "Cụm VIII")
        #expect(parameters.year == 2024)
        #expect(parameters.activity == .pactSigning)
        #expect(parameters.language == .vietnamese)
        #expect(parameters.query.offset == 20)
        #expect(parameters.query.limit == 10)
        #expect(parameters.queryString.string == "?q=ky%20cuong&organizer=C%E1%BB%A5m%20VIII&year=2024&province=T%C3%A2y%20Ninh&activity=pact-signing&lang=vi&from=2024-01-01&to=2024-12-31&limit=10")
    }

    @Test(arguments: [
        ("year", "two thousand", "year \"two thousand\": a whole number from 1945 to 2100"),
        ("year", "99999999999999999999", "year \"99999999999999999999\": a whole number from 1945 to 2100"),
        ("page", "0", "page \"0\": a whole number from 1 to 500"),
        ("limit", "5000", "limit \"5000\": a whole number from 1 to 100"),
        ("activity", "party", "activity \"party\": one of pact-signing, movement-launch, midyear-review, annual-review, plan-deployment, award-presentation, leadership-handover"),
        ("lang", "fr", "lang \"fr\": vi, es, en or und"),
        ("from", "29/3/2024", "from \"29/3/2024\": a date as YYYY-MM-DD"),
        ("q", String(repeating: "a", count: 301), "q: at most 300 characters"),
        ("q", "a\u{0}b", "q: control characters are not allowed"),
    ])
    func refusesMalformedValues(name: String, value: String, message: String) {
        // Given one malformed field, when read, then a 400 names the field and what it takes.
        let error = #expect(throws: HTTPError.self) {
            try SearchParameters(values: [name: value])
        }
        #expect(error?.status == .badRequest)
        #expect(error?.body == message)
    }

    @Test func emptyFieldsAreAbsent() throws {
        let parameters = try SearchParameters(values: ["q": "", "year": " ", "organizer": ""])
        #expect(parameters.isEmpty)
    }

    /// The API holds to its description: an empty or padded number, date or
    /// listed value is refused; empty texts are still absent.
    @Test(arguments: [
        ("year", ""), ("year", " 2024"), ("page", ""), ("limit", " "), ("from", ""), ("to", "2024-01-01 "),
        ("activity", ""), ("lang", ""),
    ])
    func apiRefusesEmptyTypedValues(name: String, value: String) throws {
        let error = #expect(throws: HTTPError.self) { try SearchParameters(values: [name: value], strictness: .api) }
        #expect(error?.status == .badRequest)
        #expect(throws: Never.self) { try SearchParameters(values: [name: value.trimmingWhitespace()], strictness: .form) }
    }

    /// Control characters are refused by the API even where trimming would
    /// leave nothing (the form drops a blank field as before).
    @Test(arguments: ["\n", " \t", "Cụm\u{85}"])
    func apiRefusesControlCharactersBeforeTrimming(value: String) throws {
        let error = #expect(throws: HTTPError.self) { try SearchParameters(values: ["ministry": value], strictness: .api) }
        #expect(error?.body?.contains("control characters") == true)
    }

    /// The API counts code points, as JSON Schema's maxLength does: a
    /// letter with 299 skin-tone modifiers is one Character but 300 code
    /// points, 301 with a space after it.
    @Test func apiCountsCodePoints() throws {
        let value = "k" + String(repeating: "\u{1F3FB}", count: 299)
        #expect(value.count == 1)
        #expect(throws: Never.self) { try SearchParameters(values: ["organizer": value], strictness: .api) }
        let error = #expect(throws: HTTPError.self) { try SearchParameters(values: ["organizer": value + " "], strictness: .api) }
        #expect(error?.body?.contains("at most 300") == true)
        #expect(throws: Never.self) { try SearchParameters(values: ["organizer": value + " "], strictness: .form) }
    }

    /// Blank by code point for the API: a space with a combining accent is
    /// not blank (the description's pattern says so); spaces alone are.
    @Test func apiBlankIsByCodePoint() throws {
        let accent = try SearchParameters(values: ["organizer": " \u{301}"], strictness: .api)
        #expect(accent.organizer == "\u{301}")
        let spaces = try SearchParameters(values: ["organizer": " \u{3000} "], strictness: .api)
        #expect(spaces.organizer == nil)
    }

    @Test func apiTakesEmptyTexts() throws {
        let parameters = try SearchParameters(values: ["q": "", "organizer": " ", "province": "", "year": "2024"], strictness: .api)
        #expect(parameters.organizer == nil)
        #expect(parameters.province == nil)
        #expect(parameters.year == 2024)
    }
}

struct QueryDecodingTests {
    @Test func decodesAsAFormSends() throws {
        let values = try SearchParameters.decode(query: "q=ky+cuong&organizer=C%E1%BB%A5m%20VIII&q=second&empty=&flag")
        #expect(values == ["q": "ky cuong", "organizer": "Cụm VIII", "empty": "", "flag": ""])
    }

    @Test(arguments: ["q=%FF", "q=%ZZ", "q=%E1%BB"])
    func refusesBrokenEncoding(query: String) {
        let error = #expect(throws: HTTPError.self) { try SearchParameters.decode(query: query) }
        #expect(error?.status == .badRequest)
    }
}
