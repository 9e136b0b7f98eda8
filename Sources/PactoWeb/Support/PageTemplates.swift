import Foundation
import Mustache

/// The page templates (Mustache, HTML-escaping by default), parsed once.
struct PageTemplates: Sendable {
    let library: MustacheLibrary

    /// Parses every template of ``WebResources/templates``, each under its name.
    static func load() throws -> PageTemplates {
        precondition(EscapingHTML.registered)
        var templates: [String: MustacheTemplate] = [:]
        for (name, bytes) in WebResources.templates {
            templates[name] = try MustacheTemplate(string: String(decoding: bytes, as: UTF8.self))
        }
        return PageTemplates(library: MustacheLibrary(templates: templates))
    }

    /// Renders `view` with the template `name`.
    /// - Throws: ``WebResources/Missing`` when there is no such template.
    func render(_ view: Any, with name: String) throws -> String {
        guard let html = library.render(view, withTemplate: name) else {
            throw WebResources.Missing(name: "template \(name)")
        }
        return html
    }
}

/// The files of `PactoWeb`'s resources, compiled in (Package.swift: `.embedInCode`): a `pacto`
/// copied away from its build folder still serves its pages.
enum WebResources {
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "PactoWeb resource not found: \(name)" }
    }

    /// `Templates/<name>.mustache`, by name. A template added to the folder is added here and in
    /// Package.swift (a test compares this table with the folder).
    static let templates: [(name: String, bytes: [UInt8])] = [
        ("check-passage", PackageResources.check_passage_mustache),
        ("check-report", PackageResources.check_report_mustache),
        ("check", PackageResources.check_mustache),
        ("error", PackageResources.error_mustache),
        ("event", PackageResources.event_mustache),
        ("footer", PackageResources.footer_mustache),
        ("header", PackageResources.header_mustache),
        ("pacts", PackageResources.pacts_mustache),
        ("search", PackageResources.search_mustache),
    ]

    /// `Static/style.css`.
    static var styleSheet: [UInt8] { PackageResources.style_css }

    /// `openapi.yaml`.
    static var openAPI: [UInt8] { PackageResources.openapi_yaml }
}
