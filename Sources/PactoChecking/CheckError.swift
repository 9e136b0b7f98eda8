/// Why a check could not run (exit status 2 on the command line).
public struct CheckError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: String, Sendable, Hashable {
        /// The glossary file is missing or not valid JSON.
        case badGlossary = "glossary"
        /// Neither text is Vietnamese, or neither is Spanish.
        case languages
        /// A text has nothing to compare.
        case empty
    }

    public var reason: Reason
    public var detail: String

    public init(_ reason: Reason, detail: String) {
        self.reason = reason
        self.detail = detail
    }

    public var description: String {
        switch reason {
        case .badGlossary: "cannot read the glossary: \(detail)"
        case .languages: "cannot check: \(detail)"
        case .empty: "nothing to check: \(detail)"
        }
    }
}
