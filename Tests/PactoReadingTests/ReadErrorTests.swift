import PactoReading
import Testing

struct ReadErrorTests {
    @Test func namesPathAndReason() {
        let error = ReadError(path: "a/b.html", reason: .isDirectory)
        #expect(error.description == "a/b.html: is a directory, not a file")
    }
}
