import Foundation
import Testing
@testable import PactoModel

struct MonthNamesTests {
    @Test(arguments: [
        ("enero", 1), ("marzo", 3), ("septiembre", 9), ("setiembre", 9), ("diciembre", 12),
        ("march", 3), ("may", 5), ("dic", 12), ("sept", 9), ("ene", 1),
    ])
    func numbers(name: String, number: Int) {
        #expect(MonthNames.number(of: name) == number)
    }

    @Test func unknownNames() {
        #expect(MonthNames.number(of: "tháng") == nil)
        #expect(MonthNames.number(of: "Marzo") == nil)  // lower case only
        #expect(MonthNames.spanish["march"] == nil)
    }

    /// The alternation matches each Spanish name whole, and only those.
    @Test func spanishPattern() throws {
        let regex = try NSRegularExpression(pattern: "^(?:" + MonthNames.spanishPattern + ")$")
        for name in MonthNames.spanish.keys {
            #expect(regex.firstMatch(in: name, range: NSRange(location: 0, length: (name as NSString).length)) != nil, "\(name)")
        }
        for word in ["march", "mar", "enero2", ""] {
            #expect(regex.firstMatch(in: word, range: NSRange(location: 0, length: (word as NSString).length)) == nil, "\(word)")
        }
        #expect(MonthNames.spanishPattern.hasPrefix("enero|febrero|marzo"))
    }
}
