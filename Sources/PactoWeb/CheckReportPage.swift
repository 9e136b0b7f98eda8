import PactoChecking

/// The side-by-side page of a translation check, as `pacto check --html`
/// writes it and `/check` shows it: the `check-report` template of the
/// web page's templates.
public enum CheckReportPage {
    /// The report as a self-contained HTML page (styles inline, no links to
    /// the server), every text escaped.
    /// - Throws: when the templates cannot be loaded from the resources.
    public static func html(for report: CheckReport) throws -> String {
        try PageTemplates.load().render(CheckReportView(report), with: "check-report")
    }
}
