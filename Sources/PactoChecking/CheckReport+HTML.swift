import Foundation
import PactoModel

extension CheckReport {
    /// A self-contained side-by-side page: the aligned passages in two
    /// columns, omitted and added passages coloured, the words of every
    /// differing fact marked, then the facts and terms. All article text
    /// is escaped.
    public func html() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8">
        <title>pacto check: \(Self.escape(original.file)) ↔ \(Self.escape(translation.file))</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
        table{border-collapse:collapse;width:100%}
        td,th{border:1px solid #ccc;padding:.4em .6em;vertical-align:top;text-align:left}
        .side td{width:50%}
        tr.omitted td:first-child{background:#fde2e2}
        tr.added td:last-child{background:#e2f5e2}
        tr.differs td{background:#fff6d5}
        mark{background:#ffb347;padding:0 .1em}
        .error{color:#b00020;font-weight:bold}.warning{color:#a15c00}.info{color:#666}
        .kind{color:#888;font-size:.8em;margin-right:.4em}
        </style></head><body>
        <h1>pacto check</h1>
        <p>Original: <b>\(Self.escape(original.file))</b> (\(original.language.rawValue)) —
        translation: <b>\(Self.escape(translation.file))</b> (\(translation.language.rawValue))</p>
        <p><span class="error">\(errors) error\(errors == 1 ? "" : "s")</span>,
        <span class="warning">\(warnings) warning\(warnings == 1 ? "" : "s")</span></p>
        <h2>Side by side</h2>
        <table class="side"><tr><th>Original</th><th>Translation</th></tr>

        """
        let differing = facts.filter { $0.verdict != .match }
        let originalMarks = differing.compactMap { $0.originalEvidence?.text }
        let translationMarks = differing.compactMap { $0.translationEvidence?.text }
        for pair in alignment {
            let left = pair.original.map { original.segments[$0] }
            let right = pair.translation.map { translation.segments[$0] }
            let leftKinds = pair.original.map { original.segmentKinds[$0] }
            let rightKinds = pair.translation.map { translation.segmentKinds[$0] }
            let marked = left.contains { text in originalMarks.contains { !$0.isEmpty && text.contains($0) } }
                || right.contains { text in translationMarks.contains { !$0.isEmpty && text.contains($0) } }
            let rowClass = left.isEmpty ? "added" : right.isEmpty ? "omitted" : marked ? "differs" : ""
            out += "<tr class=\"\(rowClass)\"><td>"
            out += zip(left, leftKinds).map { Self.cell($0.0, kind: $0.1, marks: originalMarks) }.joined(separator: "<br>")
            out += "</td><td>"
            out += zip(right, rightKinds).map { Self.cell($0.0, kind: $0.1, marks: translationMarks) }.joined(separator: "<br>")
            out += "</td></tr>\n"
        }
        out += "</table>\n<h2>Facts</h2>\n<table><tr><th>field</th><th>verdict</th><th>severity</th><th>original</th><th>translation</th><th>note</th></tr>\n"
        for fact in facts {
            out += "<tr><td>\(Self.escape(fact.field))</td><td>\(fact.verdict.rawValue)</td>"
            out += "<td class=\"\(fact.severity.rawValue)\">\(fact.severity.rawValue)</td>"
            out += "<td>\(Self.escape(fact.original ?? "—"))</td><td>\(Self.escape(fact.translation ?? "—"))</td>"
            out += "<td>\(Self.escape(fact.note ?? ""))</td></tr>\n"
        }
        out += "</table>\n"
        if !segments.omitted.isEmpty || !segments.added.isEmpty {
            out += "<h2>Passages without counterpart</h2>\n<ul>\n"
            for segment in segments.omitted {
                out += "<li><span class=\"\(segment.severity.rawValue)\">omitted</span> [\(Self.escape(segment.kind))] \(Self.escape(segment.text)) — \(Self.escape(segment.reason))</li>\n"
            }
            for segment in segments.added {
                out += "<li><span class=\"\(segment.severity.rawValue)\">added</span> [\(Self.escape(segment.kind))] \(Self.escape(segment.text)) — \(Self.escape(segment.reason))</li>\n"
            }
            out += "</ul>\n"
        }
        if !terms.isEmpty {
            out += "<h2>Terms</h2>\n<ul>\n"
            for term in terms {
                out += "<li><span class=\"\(term.severity.rawValue)\">\(term.kind.rawValue)</span> \(Self.escape(term.message))</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</body></html>\n"
        return out
    }

    /// One segment, escaped, with the given phrases marked.
    static func cell(_ text: String, kind: String, marks: [String]) -> String {
        let characters = Array(text)
        var marked = [Bool](repeating: false, count: characters.count)
        for mark in marks where !mark.isEmpty {
            let needle = Array(mark)
            guard needle.count <= characters.count else { continue }
            for start in 0...(characters.count - needle.count) where Array(characters[start..<(start + needle.count)]) == needle {
                for index in start..<(start + needle.count) { marked[index] = true }
            }
        }
        var out = kind == "paragraph" ? "" : "<span class=\"kind\">\(escape(kind))</span>"
        var index = 0
        while index < characters.count {
            let on = marked[index]
            var end = index
            while end < characters.count, marked[end] == on { end += 1 }
            let piece = escape(String(characters[index..<end]))
            out += on ? "<mark>\(piece)</mark>" : piece
            index = end
        }
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
