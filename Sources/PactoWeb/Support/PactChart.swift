import PactoRecord

/// A small inline SVG bar chart: one bar per year of a timeline, its height
/// the number of members (as stated, else as listed). No script, no
/// external file; the caption and labels are escaped.
enum PactChart {
    static let barWidth = 34
    static let gap = 10
    static let plotHeight = 90
    static let margin = 22

    /// The chart's SVG, or nil when no year says how many members there were.
    static func svg(years: [PactYear], caption: String) -> String? {
        let values = years.map { (year: $0.year, count: $0.memberCount ?? $0.members.count) }
        guard let largest = values.map(\.count).max(), largest > 0 else { return nil }
        let width = values.count * (barWidth + gap) + gap
        let height = plotHeight + 2 * margin
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="chart" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" role="img" aria-label="\(HTMLText.escaped(caption))">\
            <title>\(HTMLText.escaped(caption))</title>
            """
        for (index, value) in values.enumerated() {
            let x = gap + index * (barWidth + gap)
            let barHeight = max(value.count > 0 ? 2 : 0, value.count * plotHeight / largest)
            let y = margin + plotHeight - barHeight
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(barHeight)\" class=\"bar\"/>"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(y - 4)\" text-anchor=\"middle\" class=\"value\">\(value.count)</text>"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(height - 6)\" text-anchor=\"middle\" class=\"year\">\(value.year)</text>"
        }
        svg += "</svg>"
        return svg
    }
}
