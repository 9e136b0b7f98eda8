import PactoModel

/// Joins the lines of a plain-text capture that were broken inside a
/// sentence (pages pasted from PDFs, portals that print hard line breaks),
/// so that a wrapped paragraph reads as the paragraph it was.
///
/// A line is joined to the one before it when the one before leaves its
/// sentence open and the new line continues it:
/// 1. it opens with a lower-case letter ("… tổ chức hội\nnghị ký kết …"),
///    after anything but a full stop (". ! ? …");
/// 2. or the line before stops mid-phrase: on a comma or on a word that
///    cannot end a sentence ("của", "và", "tại", "de", "la", "y" …);
/// 3. or the capture is wrapped at a width (three lower-case continuations
///    or more tell it, and the longest of those lines gives the width) and
///    the line before is full: its next line's first word would not have fit
///    on it (a full line may end on a colon). This joins a line broken
///    before a capitalised name or a quoted slogan. Where blank
///    lines separate the paragraphs, a full line is joined even after a
///    full stop: a paragraph's lines follow each other without one.
///
/// Titles, stamps, list items (`-`, `+`, `•`, `a)`, `1.` …), bylines and
/// short captions stay their own lines: a stamp or list item is never
/// joined, a short line is not full, and rule 3 joins the headline (the
/// first line that is not a stamp or page furniture) to the next only when
/// the lines it would run into end without a full stop, as a wrapped
/// headline does and a first paragraph does not.
///
/// Without blank lines between paragraphs, a line that ends a sentence ends
/// its paragraph (a wrap may break after a sentence inside one), and a
/// caption as long as a full line is taken for one; with them, neither.
///
/// Blank lines: where some lines follow a blank line and others do not, a
/// blank line is a paragraph break and nothing is joined across it; where
/// every line follows one (double-spaced captures), blank lines say nothing.
enum WrappedLines {
    /// A line of the capture, normalised, with what stood before it.
    struct Line: Equatable {
        var text: String
        /// A blank line stands between this line and the one before.
        var followsBlank: Bool
        /// The line was cut from the one before by a run of spaces (a caption
        /// run into a paragraph), never to be joined back.
        var isSplitPiece: Bool = false
    }

    /// The lines with the wrapped ones joined.
    /// - Complexity: O(n) in the length of the text, plus a stamp test per
    ///   candidate join.
    static func joined(_ lines: [Line]) -> [String] {
        guard lines.count > 1 else { return lines.map(\.text) }
        let joinable = lines.dropFirst().filter { !$0.isSplitPiece }
        let blanksBreak = joinable.contains(where: \.followsBlank) && joinable.contains { !$0.followsBlank }
        let width = wrapWidth(lines, blanksBreak: blanksBreak)
        func sameBlock(_ index: Int) -> Bool {
            !lines[index].isSplitPiece && !(blanksBreak && lines[index].followsBlank)
        }
        // The headline: the first line that is not a stamp or page furniture.
        // Where blank lines separate paragraphs, a headline has one after it.
        let headline = lines.indices.first { !StampRule.isStampLine(lines[$0].text) && !InterfaceText.isInterface(lines[$0].text) }
        let wrapsHeadline = blanksBreak
            || (width.flatMap { width in headline.map { Self.headlineWraps(lines, from: $0, width: width, sameBlock: sameBlock) } } ?? false)
        var result: [String] = [lines[0].text]
        for index in lines.indices.dropFirst() {
            let joins = sameBlock(index) && continues(
                lines[index - 1].text, with: lines[index].text, width: index - 1 == headline && !wrapsHeadline ? nil : width,
                paragraphsHaveBlanks: blanksBreak)
            if joins {
                result[result.count - 1] += " " + lines[index].text
            } else {
                result.append(lines[index].text)
            }
        }
        return result
    }

    /// Whether `next` carries on the sentence `line` left open.
    /// - Parameters:
    ///   - width: the capture's wrap width; nil when it is not wrapped (or
    ///     the width may not join these two).
    ///   - paragraphsHaveBlanks: blank lines separate the capture's
    ///     paragraphs (and none stands between these two lines).
    static func continues(_ line: String, with next: String, width: Int?, paragraphsHaveBlanks: Bool) -> Bool {
        guard let first = next.first else { return false }
        // A bracket the line opened and the next one closes ("… (19/5/1890 -"
        // then "19/5/2021)!"): one phrase, even when the rest reads as a stamp.
        if closesBracket(openedIn: line, next) { return true }
        let full = width.map { isFull(line, before: next, width: $0) } ?? false
        if isListItem(next) {
            // A dash that a wrap put first ("… khu vực 15\n- TP.HCM …") is
            // not a list: the line before is full and leaves its phrase open.
            guard full, !closesPhrase(line), !isListItem(line) else { return false }
        }
        let joins: Bool
        if full && paragraphsHaveBlanks {
            joins = true
        } else if first.isLowercase {
            joins = !endsWithFullStop(line) && !cmsLeftovers.contains { next.hasPrefix($0) }
        } else if closesPhrase(line) {
            // "… với chủ đề:" full, and the slogan on the next line.
            joins = full && line.hasSuffix(":")
        } else {
            joins = line.hasSuffix(",") || endsOnConnector(line) || full
        }
        guard joins else { return false }
        // Stamps and page furniture stand alone (tested last: they cost most).
        return !StampRule.isStampLine(line) && !StampRule.isStampLine(next)
            && !InterfaceText.isInterface(line) && !InterfaceText.isInterface(next)
    }

    /// Whether the headline at `start` is wrapped onto the next line: the
    /// run of full lines it opens ends on a line without a full stop (a first
    /// paragraph's last line has one).
    static func headlineWraps(_ lines: [Line], from start: Int, width: Int, sameBlock: (Int) -> Bool) -> Bool {
        var index = start
        while index + 1 < lines.count, sameBlock(index + 1), isFull(lines[index].text, before: lines[index + 1].text, width: width) {
            index += 1
        }
        return index > start && !endsWithFullStop(lines[index].text)
    }

    /// The width a wrapped capture was broken at: the longest line that a
    /// lower-case line continues, when three lines or more are so continued;
    /// nil for a capture that is not wrapped.
    static func wrapWidth(_ lines: [Line], blanksBreak: Bool) -> Int? {
        var count = 0
        var width = 0
        for (line, next) in zip(lines, lines.dropFirst()) {
            guard !next.isSplitPiece, !(blanksBreak && next.followsBlank),
                  next.text.first?.isLowercase == true, !endsWithFullStop(line.text)
            else { continue }
            count += 1
            width = max(width, line.text.count)
        }
        return count >= 3 ? width : nil
    }

    /// A line the wrapping filled: no longer than the width (and a little
    /// slack, the width being estimated), and too long to take the next
    /// line's first word.
    static func isFull(_ line: String, before next: String, width: Int) -> Bool {
        let length = line.count
        let firstWord = next.prefix(while: { $0 != " " }).count
        return length <= width + 4 && length + 1 + firstWord > width
    }

    /// Whether `line` leaves a bracket or a quotation open that `next`
    /// closes before opening another.
    static func closesBracket(openedIn line: String, _ next: String) -> Bool {
        for (open, close) in [("(", ")"), ("“", "”")] {
            // The line's last bracket of the pair opens.
            guard let lastOpen = line.lastIndex(where: { String($0) == open }),
                  line.lastIndex(where: { String($0) == close }).map({ $0 < lastOpen }) ?? true
            else { continue }
            let firstClose = next.firstIndex { String($0) == close }
            let firstOpen = next.firstIndex { String($0) == open }
            if let firstClose, firstOpen.map({ firstClose < $0 }) ?? true { return true }
        }
        return false
    }

    /// The line ends a sentence or opens a list (". ! ? … ; :", also before
    /// a closing quote or bracket).
    static func closesPhrase(_ line: String) -> Bool {
        PlainTextReader.endsSentence(line) || line.hasSuffix(":")
    }

    /// The line ends on ". ! ? …" (also before a closing quote or bracket).
    static func endsWithFullStop(_ line: String) -> Bool {
        PlainTextReader.endsSentence(line) && !line.hasSuffix(";")
    }

    /// The last word cannot end a sentence: a preposition, conjunction or
    /// article, in lower case as printed ("A A", a font-size widget, ends on
    /// no connector).
    static func endsOnConnector(_ line: String) -> Bool {
        guard let space = line.lastIndex(of: " ") else { return false }
        return connectors.contains(String(line[line.index(after: space)...]))
    }

    /// Words that leave a phrase open, in Vietnamese and Spanish.
    static let connectors: Set<String> = [
        "của", "và", "tại", "các", "cho", "với", "những", "về", "trong", "theo", "từ", "đến", "được", "do",
        "như", "một", "là", "để", "nhằm", "gồm", "có",
        "de", "del", "la", "las", "los", "el", "y", "e", "en", "con", "por", "para", "que", "a", "al", "o", "u",
    ]

    /// Lines that open a list item: a bullet, or a number or letter before
    /// `.` or `)` ("1.", "2)", "a)", "IV.").
    static func isListItem(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        if "-+•*–—·▪●◦".contains(first) { return true }
        let marker = line.prefix(while: { $0 != " " })
        // A marker stands before the item's text.
        guard marker.count < line.count, marker.count >= 2, marker.count <= 5, let last = marker.last, last == "." || last == ")" else { return false }
        let label = marker.dropLast()
        if label.allSatisfy(\.isNumber) { return true }
        if label.count == 1, let letter = label.first, letter.isLetter, letter.isLowercase { return true }
        return label.allSatisfy { "IVXL".contains($0) }
    }

    /// What CMSs print in lower case at a line's start ("null Phú Hựu …").
    static let cmsLeftovers = ["null ", "undefined "]
}
