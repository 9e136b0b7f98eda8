import Mustache

/// The content type of every page template (`{{% CONTENT_TYPE: PactoHTML}}`
/// at the top of each, partials included: Mustache starts a partial with its
/// own default): `{{…}}` values escaped by ``HTMLText/escaped(_:)``.
///
/// Mustache's own HTML escaping goes character by character through a
/// dictionary — a fifth of the CPU of a search page — and leaves a quote
/// followed by a combining mark unescaped, as that is one character.
struct EscapingHTML: MustacheContentType {
    static let name = "PactoHTML"

    func escapeText(_ text: String) -> String {
        HTMLText.escaped(text)
    }

    /// Registers the type with Mustache once, before templates are parsed.
    static let registered: Bool = {
        MustacheContentTypes.register(EscapingHTML(), named: name)
        return true
    }()
}
