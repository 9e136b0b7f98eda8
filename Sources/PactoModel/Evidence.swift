/// The span of an article's body a value was read from: character offsets
/// into ``Article/body`` and the text between them.
public struct Evidence: Sendable, Hashable, Codable {
    public var text: String
    /// Character offset of the first character.
    public var start: Int
    /// Character offset just past the last character.
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
