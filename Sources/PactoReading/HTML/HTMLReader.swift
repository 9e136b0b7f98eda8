import PactoModel

/// Reads an HTML page into an Article. (Main-content extraction lands in
/// the next commit; until then HTML input is refused with a reason.)
struct HTMLReader {
    func read(_ text: String, file: String) throws(ReadError) -> Article {
        throw ReadError(path: file, reason: .unparsable("the HTML reader is not built yet"))
    }
}
