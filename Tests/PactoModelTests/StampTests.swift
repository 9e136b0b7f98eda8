import PactoModel
import Testing

struct StampTests {
    @Test(arguments: [
        ("2024-03-30", "2024-03-30"),
        ("2024-03-30T06:17", "2024-03-30T06:17"),
        ("2024-03-30T06:17:45+07:00", "2024-03-30T06:17"),
        ("2024-03-30 06:17:45", "2024-03-30T06:17"),
    ])
    func parsesISO(input: String, expected: String) {
        #expect(Stamp(iso: input)?.description == expected)
    }

    @Test(arguments: ["2024-02-30", "2023-13-01", "30/03/2024", "", "2024-3-1"])
    func rejectsNonDates(input: String) {
        #expect(Stamp(iso: input) == nil)
    }

    @Test func leapDay() {
        #expect(Stamp(year: 2024, month: 2, day: 29) != nil)
        #expect(Stamp(year: 2023, month: 2, day: 29) == nil)
    }
}
