import Foundation
import PactoModel

extension CheckReport {
    /// The readable report for a terminal: a summary line, then the facts,
    /// the segments without counterpart and the terminology findings.
    public func text() -> String {
        var lines: [String] = []
        lines.append("== original:    \(original.file) (\(original.language.rawValue))")
        lines.append("   translation: \(translation.file) (\(translation.language.rawValue))")
        lines.append("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        lines.append("")
        lines.append("Facts")
        for fact in facts {
            let mark = fact.verdict == .match ? "  ok " : Self.mark(fact.severity)
            var line = "\(mark) \(fact.field.padding(toLength: 17, withPad: " ", startingAt: 0)) \(fact.verdict.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))"
            line += Self.clip(fact.original ?? "—", 60) + "  →  " + Self.clip(fact.translation ?? "—", 60)
            if let note = fact.note { line += "  (\(note))" }
            lines.append(line)
        }
        if !segments.omitted.isEmpty {
            lines.append("")
            lines.append("Omitted from the translation")
            for segment in segments.omitted {
                lines.append("\(Self.mark(segment.severity)) [\(segment.kind) \(segment.index)] \(Self.clip(segment.text, 110))")
                lines.append("        \(segment.reason)")
            }
        }
        if !segments.added.isEmpty {
            lines.append("")
            lines.append("Added in the translation")
            for segment in segments.added {
                lines.append("\(Self.mark(segment.severity)) [\(segment.kind) \(segment.index)] \(Self.clip(segment.text, 110))")
                lines.append("        \(segment.reason)")
            }
        }
        if !terms.isEmpty {
            lines.append("")
            lines.append("Terms")
            for term in terms {
                lines.append("\(Self.mark(term.severity)) \(term.kind.rawValue): \(term.message)")
            }
        }
        lines.append("")
        lines.append("Alignment (original ↔ translation segments, shared anchors)")
        lines.append("  " + alignment.map { pair in
            let left = pair.original.isEmpty ? "—" : pair.original.map(String.init).joined(separator: "+")
            let right = pair.translation.isEmpty ? "—" : pair.translation.map(String.init).joined(separator: "+")
            return "\(left)↔\(right)" + (pair.original.isEmpty || pair.translation.isEmpty ? "" : String(format: " %.2f", pair.similarity))
        }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    static func mark(_ severity: Severity) -> String {
        switch severity {
        case .error: "ERROR"
        case .warning: " warn"
        case .info: " info"
        }
    }

    static func clip(_ text: String, _ length: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= length ? flat : String(flat.prefix(length - 1)) + "…"
    }
}
