import PactoModel
import Testing

/// Numbers as printed: Roman I–XXX, Arabic with leading zeros, number words.
struct NumeralsTests {
    @Test(arguments: [
        ("I", 1), ("IV", 4), ("VIII", 8), ("IX", 9), ("XII", 12), ("XIV", 14), ("XIX", 19), ("XXIV", 24), ("XXX", 30), ("viii", 8),
    ])
    func roman(text: String, value: Int) {
        #expect(Numerals.roman(text) == value)
        #expect(Numerals.value(of: text) == value)
    }

    @Test(arguments: ["IIII", "VV", "XXXI", "IC", "ABC", "", "VX"])
    func notRoman(text: String) {
        #expect(Numerals.roman(text) == nil)
    }

    @Test(arguments: [("02", 2), ("6", 6), ("010", 10), ("6/6", 6), ("23", 23)])
    func arabic(text: String, value: Int) {
        #expect(Numerals.value(of: text) == value)
    }

    @Test(arguments: [
        ("sáu", 6), ("bảy", 7), ("mười", 10), ("mười hai", 12), ("mười lăm", 15), ("hai mươi mốt", 21),
        ("seis", 6), ("diez", 10), ("doce", 12), ("veintiuno", 21), ("treinta", 30),
    ])
    func words(text: String, value: Int) {
        #expect(Numerals.value(of: text) == value)
    }
}
