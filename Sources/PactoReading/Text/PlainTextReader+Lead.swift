import Foundation
import PactoModel

extension PlainTextReader {
    /// A page that prints its lead under the headline, then the writers and the stamp ("Thùy Dung - Quang Hòa",
    /// "09/12/2024 19:52"): the stamp, the names, and the indices of their lines in `body`.
    static func stampUnderLead(_ body: [String]) -> (Stamp, [String], [Int])? {
        guard body.count > 3, readsAsParagraph(body[0]) else { return nil }
        for index in 1...2 {
            let line = body[index]
            guard StampRule.isStampLine(line), !StampRule.isTodayLine(line),
                  let stamp = StampRule.firstStamp(in: line)?.stamp else { continue }
            if index == 1 { return (stamp, [], [1]) }
            guard let names = BylineRule.namesUnderHeadline(body[1]) else { return nil }
            return (stamp, names, [1, 2])
        }
        return nil
    }

    /// A headline without the pictographs a page put at its ends ("… NĂM 2026 🇻🇳🇻🇳", "✨ …").
    static func strippingDecorations(_ title: String) -> String {
        let scalars = title.unicodeScalars
        func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
            let properties = scalar.properties
            return properties.isEmojiPresentation || properties.isWhitespace || scalar.value == 0xFE0F || scalar.value == 0x200D
                || scalar.value >= 0x2600 && properties.generalCategory == .otherSymbol
        }
        guard let first = scalars.firstIndex(where: { !isDecoration($0) }),
              let last = scalars.lastIndex(where: { !isDecoration($0) }) else { return title }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return title }
        return String(scalars[first...last])
    }
}
