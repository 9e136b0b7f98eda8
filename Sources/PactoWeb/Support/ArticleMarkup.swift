import PactoModel

/// An article body as HTML paragraphs, each evidence span marked so that a
/// field of the event page can link to the words it was read from.
///
/// Every span of text is escaped. A field's span is wrapped in
/// `<mark class="ev f-FIELD">`, with an empty `<span id="ev-FIELD">` where it
/// starts to link to; spans that overlap are cut at each boundary so that the
/// marks nest correctly and each piece names every field that covers it.
/// Spans outside the body (offsets from another version of the text) are left out.
enum ArticleMarkup {
    /// - Parameters:
    ///   - body: the Article body the offsets point into.
    ///   - evidence: spans by field name, Character offsets into `body`.
    /// - Complexity: O(n + k log k · k) for n characters and k spans (k is a dozen).
    static func html(body: String, evidence: [String: Evidence]) -> String {
        let characters = Array(body)
        let spans = evidence
            .filter { isFieldName($0.key) }
            .filter { $0.value.start >= 0 && $0.value.end <= characters.count && $0.value.start < $0.value.end }
            .map { (field: $0.key, start: $0.value.start, end: $0.value.end) }
            .sorted { ($0.start, $0.field) < ($1.start, $1.field) }
        var boundaries = Set([0, characters.count])
        for span in spans {
            boundaries.insert(span.start)
            boundaries.insert(span.end)
        }
        for (index, character) in characters.enumerated() where character.isNewline {
            boundaries.insert(index)
            boundaries.insert(index + 1)
        }
        let cuts = boundaries.sorted()
        var output = ""
        var inParagraph = false
        // Anchors of spans that start on a line break wait for the next paragraph.
        var anchors: [String] = []
        for (lower, upper) in zip(cuts, cuts.dropFirst()) where lower < upper {
            anchors += spans.filter { $0.start == lower }.map(\.field)
            if characters[lower].isNewline {
                if inParagraph {
                    output += "</p>\n"
                    inParagraph = false
                }
                continue
            }
            if !inParagraph {
                output += "<p>"
                inParagraph = true
            }
            for field in anchors { output += "<span class=\"anchor\" id=\"ev-\(field)\"></span>" }
            anchors = []
            let text = HTMLText.escaped(String(characters[lower..<upper]))
            let covering = spans.filter { $0.start <= lower && $0.end >= upper }.map(\.field)
            if covering.isEmpty {
                output += text
            } else {
                let classes = covering.map { "f-\($0)" }.joined(separator: " ")
                output += "<mark class=\"ev \(classes)\" title=\"\(covering.joined(separator: ", "))\">\(text)</mark>"
            }
        }
        if !anchors.isEmpty {
            output += (inParagraph ? "" : "<p>") + anchors.map { "<span class=\"anchor\" id=\"ev-\($0)\"></span>" }.joined()
            inParagraph = true
        }
        if inParagraph { output += "</p>" }
        return output
    }

    /// CSS that lights up a field's marks while the page is at its anchor
    /// (`#ev-date`): works without JavaScript, in browsers with `:has()`.
    static func targetStyle(fields: some Sequence<String>) -> String {
        fields.filter(isFieldName).map { field in
            "body:has(#ev-\(field):target) mark.f-\(field) { background: #f4a261; outline: 2px solid #e76f51; }"
        }.joined(separator: "\n")
    }

    /// Field names go into `id`, `class` and CSS: ASCII letters only.
    static func isFieldName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }
}
